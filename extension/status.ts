/**
 * What the popup and the panel say about a tab, as a code with parameters: whether Rafiq painted
 * it and, when it did not, the one reason a reader needs (not Arabic, not about the summit,
 * paused, switched off), with the one action that changes it. Pure, so every case is tested, and
 * so the two surfaces can never contradict each other or the page.
 */

import type { TabState } from './messages';

export type StatusAction = 'paint-page' | 'resume' | 'site-auto' | 'page-auto';

export type Status =
  /** A browser page, the web store, a PDF viewer: extensions may not read it. */
  | { code: 'unsupported' }
  /** Rafiq looked and saw no Arabic writing (nothing was worth reading further). */
  | { code: 'no-arabic' }
  /** Arabic writing was seen; the page is being read. */
  | { code: 'reading' }
  | { code: 'paused'; action: 'resume' }
  | { code: 'site-off'; action: 'site-auto' }
  | { code: 'page-off'; action: 'page-auto' }
  /** Arabic script, but another language (Persian, Urdu …): `language` is a BCP 47 code or 'und'. */
  | { code: 'other-language'; language: string; count: number; action: 'paint-page' }
  /** Arabic, but not about the summit: found entities are listed, not painted. */
  | { code: 'off-topic'; count: number; action: 'paint-page' }
  | { code: 'painted'; count: number; by: 'auto' | 'site' | 'page' };

/** Pages an extension can read: the web, and local files (where the browser allows it). */
export function readableUrl(url: string | undefined | null): boolean {
  return !!url && /^(https?|file):/i.test(url);
}

/**
 * The status of a tab from the background's state (null: Rafiq knows nothing of the tab) and the
 * tab's address (undefined when the browser does not reveal it, as for its own pages).
 */
export function statusOf(state: TabState | null, tabUrl: string | undefined): Status {
  if (!state) return readableUrl(tabUrl) ? { code: 'no-arabic' } : { code: 'unsupported' };
  const count = state.findings?.entities.length ?? 0;
  switch (state.reason) {
    case 'paused':
      return { code: 'paused', action: 'resume' };
    case 'site-off':
      return { code: 'site-off', action: 'site-auto' };
    case 'page-off':
      return { code: 'page-off', action: 'page-auto' };
    default:
  }
  if (!state.findings) return { code: 'reading' };
  if (state.highlighted) {
    const by = state.reason === 'page-on' ? 'page' : state.reason === 'site-on' ? 'site' : 'auto';
    return { code: 'painted', count, by };
  }
  if (state.reason === 'not-arabic') {
    return { code: 'other-language', language: state.findings.language.code, count, action: 'paint-page' };
  }
  return { code: 'off-topic', count, action: 'paint-page' };
}
