import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installCardUi } from '../../page/card-slot';
import { createCardUi } from '../../page/card-ui';

/**
 * The card's interface (Preact, i18next, the card's strings and styles), injected by the
 * background into a frame whose annotator asks for it (`background:card-ui`) at the reader's first
 * sign of intent. It only hands its interface over (page/card-slot.ts); the annotator builds the
 * card. An unlisted script, like the annotator, so nothing announces it to the page.
 */
export default defineUnlistedScript(() => {
  installCardUi(window, {
    create: createCardUi,
    alive: () => !!browser.runtime?.id,
  });
});
