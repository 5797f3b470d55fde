import type { TFunction } from 'i18next';
import type { TabState } from '../extension/messages';

/** The page's language and topic verdicts with their reasons. */
export function Verdict({ state, t }: { state: TabState; t: TFunction }) {
  return (
    <section class="verdict" data-level={state.topic.level}>
      <strong>{t(`verdict.${state.topic.level}`)}</strong> · {t(state.language.isArabic ? 'arabic.yes' : 'arabic.no')}
      <ul>
        {[...state.topic.reasons, ...state.language.reasons].map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </section>
  );
}
