import { sendMessage } from './messaging';
import { paused, setSiteRule } from './settings';
import type { StatusAction } from './status';

/** Does what a status's button offers, for the tab `tabId` of the site `site` (popup and panel alike). */
export function runStatusAction(action: StatusAction, tabId: number | null, site: string | null): void {
  if (action === 'resume') void paused.set(false);
  else if (action === 'site-auto') {
    if (site) void setSiteRule(site, null);
  } else if (tabId !== null) {
    void sendMessage('background:set-page', { tabId, value: action === 'paint-page' ? 'on' : null });
  }
}
