/**
 * The reader's pointer and keys, heard at the window's capture phase by listeners Rafiq adds at
 * `document_start`, before any page script runs. A page that stops `pointermove` or swallows
 * `Escape` at the window (even with `stopImmediatePropagation`) cannot keep them from Rafiq,
 * because listeners on one target run in the order they were added. Rafiq only listens: it never
 * stops, cancels or re-dispatches the page's events.
 *
 * The probe installs the tap; the annotator, injected later into the same isolated world,
 * subscribes to it. `document.open()` erases every listener of the window (the page's and
 * Rafiq's), so `reinstall` adds them again; adding a listener that is still there is a no-op.
 */

export const TAPPED = ['pointermove', 'pointerdown', 'pointerup', 'pointercancel', 'keydown', 'keyup'] as const;
export type TappedType = (typeof TAPPED)[number];
type Handler = (event: Event) => void;

export interface InputTap {
  on(type: TappedType, handler: Handler): () => void;
  reinstall(): void;
}

/** Where the tap lives: an expando of the isolated world's window, which page scripts never see. */
const SLOT = '__rafiqInputTap';
type TapWindow = Window & { [SLOT]?: InputTap };

export function inputTap(win: Window): InputTap {
  const slot = win as TapWindow;
  const existing = slot[SLOT];
  if (existing) return existing;
  const handlers = new Map<TappedType, Set<Handler>>();
  const listeners = new Map<TappedType, Handler>();
  for (const type of TAPPED) {
    const set = new Set<Handler>();
    handlers.set(type, set);
    listeners.set(type, (event) => {
      for (const handler of set) {
        try {
          handler(event);
        } catch {
          // One broken subscriber must not silence the others.
        }
      }
    });
  }
  const tap: InputTap = {
    on(type, handler) {
      const set = handlers.get(type) as Set<Handler>;
      set.add(handler);
      return () => set.delete(handler);
    },
    reinstall() {
      for (const [type, listener] of listeners) {
        win.addEventListener(type, listener, { capture: true, passive: true });
      }
    },
  };
  tap.reinstall();
  slot[SLOT] = tap;
  return tap;
}
