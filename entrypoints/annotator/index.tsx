import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { storage } from 'wxt/utils/storage';
import { ANNOTATOR, type PaintSignal } from '../../extension/messages';
import { handleMessages, sendMessage } from '../../extension/messaging';
import {
  type CardModifier,
  cardModifier,
  cardTextSize,
  disabledPacks,
  glossaryLanguage,
  highlightMode,
  hoverDelay,
  inspectable,
  onChange,
  readSettings,
  uiLanguageSetting,
  watchSettings,
} from '../../extension/settings';
import { resolveUiLanguage } from '../../extension/ui-language';
import { Annotator, type EntityCount } from '../../lib/annotate';
import {
  highlightApiAvailable,
  mentionKey,
  nameHighlights,
  type PlacedMention,
  randomToken,
} from '../../page/highlights';
import { HoverIntent, isTap, type TapState } from '../../page/hover-intent';
import { inputTap } from '../../page/input-tap';
import { LazyCard, loadCardUi } from '../../page/lazy-card';
import { PageSession, yieldToBrowser } from '../../page/session';
import { extensionShadowOf } from '../../page/shadow';
import { enableTiming, measure } from '../../page/timing';

declare global {
  interface Window {
    __rafiqAnnotator?: boolean;
  }
}

/** How far the pointer may drift over a term, per hover delay, and still count as resting on it. */
const HOVER_TOLERANCE_PX = 8;
/** Keys pressed before a card is wanted from the keyboard (Rafiq's shortcuts, the card modifier). */
const MODIFIER_KEYS = new Set(['Alt', 'Control', 'Shift', 'Meta']);
/** How often Rafiq checks that the extension is still there (it was updated, reloaded or removed). */
const ALIVE_CHECK_MS = 2000;

/**
 * Injected by the background into frames the probe found in Arabic script: reads the page,
 * reports what it found, paints when the background says so, shows a card on hover or keyboard
 * focus, and follows the page as it changes.
 *
 * An unlisted script, not a WXT content script: WXT's content-script context announces every
 * start to the page (a `window.postMessage` and a DOM event named after the extension's id) and
 * stops when it sees that announcement again, so a page could both tell that its reader runs
 * Rafiq and switch it off by replaying it. Here nothing is ever sent to the page, and Rafiq stops
 * only when the extension itself is gone.
 */
export default defineUnlistedScript(async () => {
  if (window.__rafiqAnnotator || !document.documentElement || !highlightApiAvailable()) return;
  window.__rafiqAnnotator = true;

  const browserLanguage = browser.i18n.getUILanguage();
  // Every setting read before any listener is added: a message or a change arriving meanwhile
  // finds everything it uses already there.
  // The glossary comes from the background (the bundled packs, and the reader's term base compiled
  // beside them), asked for together with the settings.
  // The eight settings in one storage call.
  const [glossary, [uiSetting, glossarySetting, textSize, mode, modifierSetting, delay, open, off]] = await Promise.all(
    [
      sendMessage('background:get-glossary', {}).catch(() => null),
      readSettings([
        uiLanguageSetting,
        glossaryLanguage,
        cardTextSize,
        highlightMode,
        cardModifier,
        hoverDelay,
        inspectable,
        disabledPacks,
      ]),
    ],
  );
  if (!glossary) return; // the extension is going away (updated or removed): nothing to read with
  enableTiming(open);
  // Named before anything is painted; the background styles these names for this frame only.
  const types = [...new Set(glossary.entities.map((e) => e.type))].sort();
  void sendMessage('background:highlight-styles', { names: nameHighlights(types, open ? null : randomToken()) }).catch(
    () => {},
  );
  // The card's code (Preact, i18next, its strings and styles) comes at the reader's first sign of
  // intent, injected by the background into this frame: see page/lazy-card.ts.
  const card = new LazyCard(
    () => loadCardUi(window, () => sendMessage('background:card-ui', {})),
    {
      glossary,
      language: glossarySetting,
      uiLanguage: resolveUiLanguage(uiSetting, browserLanguage),
      onClose: () => session.clearFocus(),
      countOf: (entity: number): number => {
        const id = glossary.entities[entity]?.id;
        return session.annotation?.entities.find((e) => e.entity === id)?.count ?? 0;
      },
      onPage: (): readonly string[] => session.annotation?.entities.map((e: EntityCount) => e.entity) ?? [],
    },
    (): boolean => session.isPainted,
  );
  card.setTextScale(textSize);
  card.setInspectable(open);

  /** Follows the background's word: paint or not, and keep running or stop altogether. */
  const apply = ({ paint, active }: PaintSignal) => {
    if (!active) {
      // The background may forget the tab's findings while Rafiq is off here: sent again after.
      lastReported = '';
      session.stop();
      card.hide();
      return;
    }
    if (!session.isWatching) {
      session.watch();
      void session.read();
    }
    session.setPainted(paint);
    if (!paint) {
      card.hide();
      session.clearFocus();
    }
  };
  /** The findings last sent after a read, to leave the background alone when a read changed none. */
  let lastReported = '';
  /** Sends the findings; after a read (`if-changed`) only when they differ from the ones last sent. */
  const report = (when: 'always' | 'if-changed' = 'always') => {
    const annotation = session.annotation;
    if (!annotation || !alive()) return;
    const findings = {
      url: location.href,
      title: document.title,
      language: annotation.language,
      topic: annotation.topic,
      packs: annotation.packs,
      entities: annotation.entities,
    };
    // A clock ticking on the page is read every second; the background (its record of the tab,
    // the badge, the panel) would get the same findings each time, a message and a reply apiece.
    const key = JSON.stringify(findings);
    if (when === 'if-changed' && key === lastReported) return;
    lastReported = key;
    sendMessage('background:page-state', { findings })
      .then((answer) => answer && apply(answer))
      .catch(() => {});
  };
  // The matcher is built in a task of its own, not after the glossary's arrival in the same one.
  await yieldToBrowser();
  const annotator = new Annotator(glossary);
  /** Shows the packs the reader has on (every bundled pack but the ones switched off). */
  const enablePacks = (off: readonly string[]) =>
    annotator.setEnabledPacks((glossary.packs ?? []).map((p) => p.id).filter((id) => !off.includes(id)));
  enablePacks(off);
  const session = new PageSession(
    document,
    annotator,
    glossary,
    (_, follow) => {
      // `document.open()` erased every listener of the window: they are added again (a no-op
      // when they are still there).
      listen();
      card.follow(follow);
      report('if-changed');
    },
    { shadowOf: extensionShadowOf(), ownHost: () => card.hostElement },
  );
  session.setMode(mode);
  // The set-up above (the matcher's tables filled in, the card, the session) is one task; the
  // reading is others. Nothing can reach this annotator yet: its listeners come next.
  await yieldToBrowser();

  // A page restored from the back/forward cache keeps Rafiq, but the background forgot it.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) report();
  };

  const unwatch = [
    // One storage listener for every setting the annotator follows.
    watchSettings([
      onChange(glossaryLanguage, (value) => card.setLanguage(value)),
      onChange(hoverDelay, (delay) => intent.setOptions({ delay, tolerance: HOVER_TOLERANCE_PX })),
      onChange(cardModifier, (value) => {
        modifier = value;
      }),
      onChange(cardTextSize, (percent) => card.setTextScale(percent)),
      onChange(disabledPacks, (off) => {
        enablePacks(off);
        if (session.isWatching) void session.readAfresh();
      }),
      onChange(highlightMode, (mode) => {
        session.setMode(mode);
        report();
      }),
      onChange(uiLanguageSetting, (setting) => card.setUiLanguage(resolveUiLanguage(setting, browserLanguage))),
    ]),
    // A new term base changes the glossary itself: this annotator stops, clearing what it painted,
    // and asks to be started again in this frame, as the probe does, with the new glossary.
    storage.watch('local:userPack', () => {
      if (stopped) return;
      shutDown();
      void sendMessage('background:arabic-page', { restart: true }).catch(() => {});
    }),
  ];

  const stopListening = handleMessages(ANNOTATOR, {
    'annotator:paint': (signal) => {
      apply(signal);
    },
    'annotator:navigate': ({ direction }) => {
      const step = session.step(direction);
      if (step) {
        intent.cancel();
        card.show(step.mention, { force: true, focus: true, announce: step });
      }
    },
    'annotator:scroll-to': ({ id }) => {
      const mention = session.isPainted ? session.revealNext(id) : null;
      return { found: !!mention };
    },
  });

  // Pointer: a card opens for the term the pointer rests on (hover intent), only while the
  // reader's modifier key is held if they chose one; a tap on a touch screen opens it at once.
  let modifier: CardModifier = modifierSetting;
  let pending = false;
  let lastX = 0;
  let lastY = 0;
  let lastMouse: PointerEvent | null = null;
  let hovered: string | null = null;
  let down: TapState | null = null;
  /** The term whose card the reader closed with Esc: it stays closed until the pointer leaves it. */
  let dismissed: string | null = null;
  const held = (event: { altKey: boolean; ctrlKey: boolean; shiftKey: boolean } | null) =>
    modifier === 'none' ||
    (!!event && (modifier === 'Alt' ? event.altKey : modifier === 'Control' ? event.ctrlKey : event.shiftKey));
  const hitAt = (x: number, y: number) =>
    session.isPainted ? (session.index?.atPoint(document, x, y, session.shadowRoots) ?? null) : null;
  const tellPanel = (hit: PlacedMention | null) => {
    const id = hit ? (glossary.entities[hit.entity]?.id ?? null) : null;
    if (id === hovered) return;
    hovered = id;
    sendMessage('panel:hover', { id }).catch(() => {});
  };
  /** The hit test of the frame being handled: a target that settles at once needs no second one. */
  let frameHit: PlacedMention | null | undefined;
  const intent = new HoverIntent<PlacedMention>({ delay, tolerance: HOVER_TOLERANCE_PX }, mentionKey, (mention) => {
    // Still under the pointer, and the key still held: the card opens.
    const hit = frameHit !== undefined ? frameHit : hitAt(lastX, lastY);
    if (!hit || mentionKey(hit) !== mentionKey(mention) || !held(lastMouse)) return;
    const started = performance.now();
    if (card.show(hit)) measure('hover', started);
    tellPanel(hit);
  });
  const onMove = (event: Event) => {
    const pointer = event as PointerEvent;
    // A finger dragging is a scroll or a selection, not a hover: taps are handled on pointerup.
    if (pointer.pointerType === 'touch') return;
    card.warmUp();
    lastMouse = pointer;
    lastX = pointer.clientX;
    lastY = pointer.clientY;
    if (pending || !session.isPainted) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (card.contains(lastX, lastY)) {
        intent.cancel();
        return card.keepOpen();
      }
      let hit = held(lastMouse) ? hitAt(lastX, lastY) : null;
      if (dismissed !== null && (!hit || mentionKey(hit) !== dismissed)) dismissed = null;
      if (hit && mentionKey(hit) === dismissed) hit = null;
      const shown = card.shown;
      if (hit && shown && mentionKey(hit) === mentionKey(shown)) {
        intent.cancel();
        card.keepOpen();
      } else {
        frameHit = hit;
        try {
          intent.move(hit, lastX, lastY);
        } finally {
          frameHit = undefined;
        }
        if (!hit) card.scheduleHide();
      }
      if (!hit) tellPanel(null);
    });
  };
  const onDown = (event: Event) => {
    const pointer = event as PointerEvent;
    if (pointer.pointerType === 'mouse' || !pointer.isPrimary) return;
    card.warmUp(); // a tap may be coming: its card's code is loaded meanwhile
    down = { id: pointer.pointerId, x: pointer.clientX, y: pointer.clientY };
  };
  const onUp = (event: Event) => {
    const pointer = event as PointerEvent;
    if (pointer.pointerType === 'mouse') return;
    const tap = isTap(down, { id: pointer.pointerId, x: pointer.clientX, y: pointer.clientY });
    down = null;
    if (!tap || !session.isPainted || card.contains(pointer.clientX, pointer.clientY)) return;
    const started = performance.now();
    const hit = hitAt(pointer.clientX, pointer.clientY);
    if (hit) {
      if (card.show(hit, { force: true })) measure('hover', started);
    } else if (card.shown) card.hide();
    tellPanel(hit);
  };
  const onCancel = () => {
    down = null;
  };
  const onKey = (event: Event) => {
    const key = (event as KeyboardEvent).key;
    // Every shortcut and card modifier starts with one of these: the card's code is loaded meanwhile.
    if (MODIFIER_KEYS.has(key)) card.warmUp();
    const shown = card.shown;
    if (key === 'Escape' && shown && card.escape()) {
      dismissed = mentionKey(shown);
      intent.cancel();
      return;
    }
    // The modifier pressed while the pointer rests on a term opens its card at once.
    if (modifier !== 'none' && key === modifier && !card.shown && lastMouse) {
      const hit = hitAt(lastX, lastY);
      if (hit) card.show(hit);
    }
  };
  const onKeyUp = (event: Event) => {
    if (modifier !== 'none' && (event as KeyboardEvent).key === modifier) card.scheduleHide();
  };
  // A fixed card follows its term when the page scrolls or resizes.
  let placing = false;
  const onScroll = () => {
    if (placing || !card.shown) return;
    placing = true;
    requestAnimationFrame(() => {
      placing = false;
      card.reposition();
    });
  };
  // Pointer and keys come from the probe's listeners, added before any page script could add its
  // own (see page/input-tap.ts).
  const tap = inputTap(window);
  const untap = [
    tap.on('pointermove', onMove),
    tap.on('pointerdown', onDown),
    tap.on('pointerup', onUp),
    tap.on('pointercancel', onCancel),
    tap.on('keydown', onKey),
    tap.on('keyup', onKeyUp),
  ];
  const listen = () => {
    tap.reinstall();
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    window.addEventListener('resize', onScroll, { passive: true });
    window.addEventListener('pageshow', onPageShow);
  };
  listen();

  let stopped = false;
  /** Whether the extension is still there; the first time it is not, everything stops. */
  function alive(): boolean {
    if (stopped) return false;
    let ok = false;
    try {
      ok = !!browser.runtime?.id;
    } catch {
      ok = false;
    }
    if (!ok) shutDown();
    return ok;
  }
  const aliveTimer = window.setInterval(alive, ALIVE_CHECK_MS);
  function shutDown() {
    stopped = true;
    window.clearInterval(aliveTimer);
    for (const stop of unwatch) stop();
    for (const stop of untap) stop();
    stopListening();
    window.removeEventListener('scroll', onScroll, { capture: true });
    window.removeEventListener('resize', onScroll);
    window.removeEventListener('pageshow', onPageShow);
    window.__rafiqAnnotator = false;
    card.destroy();
    session.stop();
  }

  // Watch first: text that arrives while the first read runs is read next.
  session.watch();
  await session.read();
});
