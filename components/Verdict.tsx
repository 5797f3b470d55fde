import type { TFunction } from 'i18next';
import type { TabState } from '../extension/messages';
import type { PackLabels } from '../lib/pack-labels';
import { reasonText } from './reason-text';

/**
 * The page's verdicts (about the summit? Arabic?) with the reasons for each; whether the page is
 * highlighted is the status's to say (components/Status.tsx). `t` must come
 * from an instance with the `reasons` namespace loaded. `language` is the interface language; when
 * it is not given, that of `t` (a `getFixedT` function carries it as `lng`), else English.
 */
export function Verdict({
  state,
  t,
  language,
  packs = [],
  open = false,
}: {
  state: TabState;
  t: TFunction;
  language?: string;
  /** The packs' words (`virtual:rafiq-packs`): the first is the one `findings.topic` is the verdict of. */
  packs?: readonly PackLabels[];
  /** Whether the reasons start shown. */
  open?: boolean;
}) {
  const findings = state.findings;
  const lng = language ?? (t as { lng?: unknown }).lng;
  const reasonLanguage = typeof lng === 'string' && lng ? lng : 'en';
  return (
    <section class="verdict" data-level={findings?.topic.level ?? 'unknown'} data-reason={state.reason}>
      {findings && (
        // Why the page was judged so: a disclosure, so the verdict itself stays one line.
        <details open={open}>
          <summary>
            <strong>{t(`verdict.${findings.topic.level}`)}</strong> ·{' '}
            {t(findings.language.isArabic ? 'arabic.yes' : 'arabic.no')}
          </summary>
          <ul>
            {[...findings.topic.reasons, ...findings.language.reasons].map((reason, i) => (
              // <bdi>: Arabic, Latin and digits in one reason keep their order whatever the page direction.
              <li key={`${i}-${reason.code}`} data-reason-code={reason.code}>
                <bdi>{reasonText(reason, t, reasonLanguage, packs[0])}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
