import type { TFunction } from 'i18next';
import type { TabState } from '../extension/messages';
import type { PackLabels } from '../lib/pack-labels';
import { reasonText } from './reason-text';

/**
 * The page's verdicts (about each glossary pack's beat? Arabic?) with the reasons for each;
 * whether the page is highlighted is the status's to say (components/Status.tsx). `t` must come
 * from an instance with the `reasons` namespace loaded. `language` is the interface language; when
 * it is not given, that of `t` (a `getFixedT` function carries it as `lng`), else English.
 *
 * One verdict per pack the reader has on, each named by the pack's title and said with the pack's
 * own words (`packs`, from `virtual:rafiq-packs`), so an SCO summit page reads "About the SCO
 * summits" and "Not about the China–Central Asia Summit", each with its reasons.
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
  /** The packs' words (`virtual:rafiq-packs`). */
  packs?: readonly PackLabels[];
  /** Whether the reasons start shown. */
  open?: boolean;
}) {
  const findings = state.findings;
  const lng = language ?? (t as { lng?: unknown }).lng;
  const reasonLanguage = typeof lng === 'string' && lng ? lng : 'en';
  const ui = reasonLanguage === 'zh' || reasonLanguage === 'ar' ? reasonLanguage : 'en';
  const verdicts = findings?.packs ?? [];
  const labelsOf = (id: string) => packs.find((p) => p.id === id);
  const title = (id: string) => labelsOf(id)?.title[ui] ?? id;
  const level = verdicts.find((v) => v.level === 'summit')?.level ?? verdicts.find((v) => v.level === 'related')?.level;
  const say = (reason: Parameters<typeof reasonText>[0], pack?: PackLabels) => (
    // <bdi>: Arabic, Latin and digits in one reason keep their order whatever the page direction.
    <bdi>{reasonText(reason, t, reasonLanguage, pack)}</bdi>
  );
  return (
    <section class="verdict" data-level={findings ? (level ?? 'none') : 'unknown'} data-reason={state.reason}>
      {findings && (
        // Why the page was judged so: a disclosure, so the verdict itself stays one line.
        <details open={open}>
          <summary>
            {verdicts.map((v) => (
              <span key={v.pack} class="verdict-pack" data-pack={v.pack} data-level={v.level}>
                <strong>{t(`verdict.${v.level}`, { title: title(v.pack) })}</strong> ·{' '}
              </span>
            ))}
            {t(findings.language.isArabic ? 'arabic.yes' : 'arabic.no')}
          </summary>
          {verdicts.map((v) => (
            <ul key={v.pack} data-pack={v.pack} aria-label={title(v.pack)}>
              {v.reasons.map((reason, i) => (
                <li key={`${i}-${reason.code}`} data-reason-code={reason.code}>
                  {say(reason, labelsOf(v.pack))}
                </li>
              ))}
            </ul>
          ))}
          <ul data-verdict="language">
            {findings.language.reasons.map((reason, i) => (
              <li key={`${i}-${reason.code}`} data-reason-code={reason.code}>
                {say(reason)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
