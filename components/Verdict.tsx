import type { TFunction } from 'i18next';
import type { TabState } from '../extension/messages';

/** The page's verdicts with their reasons, and whether (and why) it is highlighted. */
export function Verdict({ state, t }: { state: TabState; t: TFunction }) {
  const findings = state.findings;
  return (
    <section class="verdict" data-level={findings?.topic.level ?? 'unknown'} data-reason={state.reason}>
      {findings && (
        <>
          <strong>{t(`verdict.${findings.topic.level}`)}</strong> ·{' '}
          {t(findings.language.isArabic ? 'arabic.yes' : 'arabic.no')}
        </>
      )}
      <p class="paint-reason">{t(`reason.${state.reason}`)}</p>
      {findings && (
        <ul>
          {[...findings.topic.reasons, ...findings.language.reasons].map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
