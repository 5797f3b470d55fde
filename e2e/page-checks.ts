/**
 * Checks run inside the page under test, identical for both browsers. Each is a plain function
 * passed to `page.evaluate`, so it must not close over anything. Rafiq's highlights hold static
 * ranges (no text, no boxes): a check reads one through a live Range it makes over the same
 * points, written out where it is needed.
 */

/** Every `rafiq-` highlight, with the text of each of its ranges, in document order. */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('rafiq-')) continue;
    out[name] = [...highlight]
      .map((r) => {
        const l = document.createRange();
        l.setStart(
          r.startContainer,
          Math.min(r.startOffset, (r.startContainer as Text).length ?? r.startContainer.childNodes.length),
        );
        l.setEnd(
          r.endContainer,
          Math.min(r.endOffset, (r.endContainer as Text).length ?? r.endContainer.childNodes.length),
        );
        return l;
      })
      .map((range) => range.toString());
  }
  return out;
}

/** The page's markup now, without Rafiq's card host, compared with the markup before Rafiq ran. */
export function markupUnchanged(): { same: boolean; mutations: unknown[] } {
  const w = window as unknown as {
    __initialHTML: string;
    __mutations: Array<{ target: string; added: string[] }>;
  };
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  // The card host: the one child of <html> with a shadow root holding the card's layer.
  const host = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.rafiq-layer'));
  if (host) clone.children[[...document.documentElement.children].indexOf(host)]?.remove();
  const foreign = w.__mutations.filter((m) => !(m.target === 'HTML' && m.added.length === 1 && m.added[0] === 'DIV'));
  return { same: clone.outerHTML === w.__initialHTML, mutations: foreign };
}

/** Centre of the first range of a highlight whose text contains `text`. */
export function pointOf([name, text]: [string, string]): { x: number; y: number } | null {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return null;
  for (const range of [...highlight].map((r) => {
    const l = document.createRange();
    l.setStart(
      r.startContainer,
      Math.min(r.startOffset, (r.startContainer as Text).length ?? r.startContainer.childNodes.length),
    );
    l.setEnd(
      r.endContainer,
      Math.min(r.endOffset, (r.endContainer as Text).length ?? r.endContainer.childNodes.length),
    );
    return l;
  })) {
    if (!range.toString().includes(text)) continue;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    // A page may have broken getClientRects for its own world (the hostile suite does).
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    if (rect?.width) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/**
 * Scrolls the first text node holding `text` (in the document or an open shadow root) to the
 * middle of its scrolling boxes and the viewport. Found in the page's text, not in Rafiq's
 * highlights, which hold only what is near the view. Returns whether the text is there.
 */
export function revealText(text: string): boolean {
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length; i++) {
    const walker = document.createTreeWalker(roots[i] as Node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (node.shadowRoot) roots.push(node.shadowRoot);
      } else if ((node as Text).data.includes(text)) {
        node.parentElement?.scrollIntoView({ block: 'center' });
        return true;
      }
    }
  }
  return false;
}

/** The hover card's text and language, or null when no card is shown. */
export function readCard(): { text: string; language: string; entity: string } | null {
  const card = [...document.documentElement.children]
    .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
    ?.shadowRoot?.querySelector('.rafiq-card') as HTMLElement | null;
  if (!card) return null;
  return { text: card.textContent ?? '', language: card.dataset.language ?? '', entity: card.dataset.entity ?? '' };
}

/** The text under Rafiq's focus highlight (keyboard focus or the flash after a panel click). */
export function focusText(): string | null {
  const focus = CSS.highlights.get('rafiq-focus');
  if (!focus) return null;
  const [range] = [...focus].map((r) => {
    const l = document.createRange();
    l.setStart(
      r.startContainer,
      Math.min(r.startOffset, (r.startContainer as Text).length ?? r.startContainer.childNodes.length),
    );
    l.setEnd(
      r.endContainer,
      Math.min(r.endOffset, (r.endContainer as Text).length ?? r.endContainer.childNodes.length),
    );
    return l;
  });
  return range ? range.toString() : null;
}

/** Where the card's button `action` is, for a real mouse click. */
export function cardButton(action: string): { x: number; y: number } | null {
  const button = [...document.documentElement.children]
    .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
    ?.shadowRoot?.querySelector(`[data-action="${action}"]`) as HTMLElement | null;
  const rect = button?.getBoundingClientRect();
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
}

/** The card's label texts and reading direction (for the interface-language checks). */
export function cardChrome(): { type: string; dir: string } | null {
  const root = [...document.documentElement.children].find((e) =>
    e.shadowRoot?.querySelector('.rafiq-layer'),
  )?.shadowRoot;
  const type = root?.querySelector('.rafiq-type')?.textContent;
  const layer = root?.querySelector('.rafiq-layer') as HTMLElement | null;
  return type && layer ? { type, dir: layer.dir } : null;
}

/** The text of every range in every `rafiq-` entity highlight. */
export function highlightedTexts(): string[] {
  const out: string[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('rafiq-') && name !== 'rafiq-focus')
      for (const r of [...highlight].map((r) => {
        const l = document.createRange();
        l.setStart(
          r.startContainer,
          Math.min(r.startOffset, (r.startContainer as Text).length ?? r.startContainer.childNodes.length),
        );
        l.setEnd(
          r.endContainer,
          Math.min(r.endOffset, (r.endContainer as Text).length ?? r.endContainer.childNodes.length),
        );
        return l;
      }))
        out.push(r.toString());
  }
  return out;
}

/**
 * Scrolls so the first range of `name` containing `text` sits near the bottom of the viewport and
 * returns its centre and box (to check the card flips above it).
 */
export function nearBottom([name, text]: [string, string]): { x: number; y: number; top: number } | null {
  const highlight = CSS.highlights.get(name);
  for (const range of [...(highlight ?? [])].map((r) => {
    const l = document.createRange();
    l.setStart(
      r.startContainer,
      Math.min(r.startOffset, (r.startContainer as Text).length ?? r.startContainer.childNodes.length),
    );
    l.setEnd(
      r.endContainer,
      Math.min(r.endOffset, (r.endContainer as Text).length ?? r.endContainer.childNodes.length),
    );
    return l;
  })) {
    if (!range.toString().includes(text)) continue;
    const before = range.getBoundingClientRect();
    window.scrollBy(0, before.bottom - (window.innerHeight - 30));
    // A page may have broken getClientRects for its own world (the hostile suite does).
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    if (rect?.width) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, top: rect.top };
  }
  return null;
}

/** The card's box, or null. */
export function cardBox(): { top: number; bottom: number; left: number; right: number; x: number; y: number } | null {
  const card = [...document.documentElement.children]
    .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
    ?.shadowRoot?.querySelector('.rafiq-card');
  if (!card) return null;
  const r = card.getBoundingClientRect();
  return {
    top: r.top,
    bottom: r.bottom,
    left: r.left,
    right: r.right,
    x: r.left + r.width / 2,
    y: r.top + r.height / 2,
  };
}

/**
 * The card as assistive technology meets it: its dialog role and name, whether it (or a control
 * in it) has focus, the live region's words, the layer's language and direction, whether it is
 * shown (the layer hides while its term is out of sight), and its actions.
 */
export function cardAccess(): {
  entity: string;
  role: string | null;
  name: string;
  focus: string | null;
  live: string;
  lang: string;
  dir: string;
  visible: boolean;
  actions: string[];
} | null {
  const root = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
    ?.shadowRoot as ShadowRoot | undefined;
  const layer = root?.querySelector('.rafiq-layer') as HTMLElement | null;
  const card = root?.querySelector('.rafiq-card') as HTMLElement | null;
  if (!root || !layer || !card) return null;
  const labelledBy = card.getAttribute('aria-labelledby');
  const active = root.activeElement as HTMLElement | null;
  return {
    entity: card.dataset.entity ?? '',
    role: card.getAttribute('role'),
    name: (labelledBy ? root.getElementById(labelledBy)?.textContent : '') ?? '',
    focus: active ? (active === card ? 'card' : (active.dataset.action ?? active.tagName.toLowerCase())) : null,
    live: root.querySelector('[role="status"]')?.textContent ?? '',
    lang: layer.lang,
    dir: layer.dir,
    visible: getComputedStyle(layer).visibility !== 'hidden',
    actions: [...card.querySelectorAll('[data-action]')].map((b) => (b as HTMLElement).dataset.action ?? ''),
  };
}

/**
 * Records every entity a card is drawn for from now on (the host is created on the first card,
 * so watching <html> and then the host's shadow root sees them all); read with `cardsSeen`.
 */
export function recordCards(): void {
  const seen: string[] = [];
  const times: number[] = [];
  const w = window as unknown as { __cardsSeen: string[]; __cardTimes: number[] };
  w.__cardsSeen = seen;
  w.__cardTimes = times;
  const watchRoot = (root: ShadowRoot) => {
    const look = () => {
      const entity = (root.querySelector('.rafiq-card') as HTMLElement | null)?.dataset.entity;
      if (!entity || seen[seen.length - 1] === entity) return;
      seen.push(entity);
      times.push(performance.now());
    };
    new MutationObserver(look).observe(root, { subtree: true, childList: true, attributes: true });
    // The host and its first card can arrive in one task: the card is there before this observer.
    look();
  };
  const existing = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.rafiq-layer'));
  if (existing?.shadowRoot) watchRoot(existing.shadowRoot);
  else {
    const html = new MutationObserver(() => {
      const host = [...document.documentElement.children].find((e) => e.shadowRoot);
      if (!host?.shadowRoot) return;
      html.disconnect();
      watchRoot(host.shadowRoot);
    });
    html.observe(document.documentElement, { childList: true });
  }
}

export function cardsSeen(): string[] {
  return (window as unknown as { __cardsSeen?: string[] }).__cardsSeen ?? [];
}

/** When each card recorded by `recordCards` was drawn (the page's `performance.now()`). */
export function cardTimes(): number[] {
  return (window as unknown as { __cardTimes?: number[] }).__cardTimes ?? [];
}

/** Centres of the first visible range of each of `count` different highlighted entities' texts. */
export function termPoints(count: number): Array<{ x: number; y: number; text: string }> {
  const points: Array<{ x: number; y: number; text: string }> = [];
  const texts = new Set<string>();
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('rafiq-') || name === 'rafiq-focus') continue;
    for (const range of [...(highlight as Highlight)].map((r) => {
      const l = document.createRange();
      l.setStart(
        r.startContainer,
        Math.min(r.startOffset, (r.startContainer as Text).length ?? r.startContainer.childNodes.length),
      );
      l.setEnd(
        r.endContainer,
        Math.min(r.endOffset, (r.endContainer as Text).length ?? r.endContainer.childNodes.length),
      );
      return l;
    })) {
      const text = range.toString();
      const rect = range.getClientRects()[0];
      if (texts.has(text) || !rect || rect.top < 0 || rect.bottom > innerHeight) continue;
      texts.add(text);
      points.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text });
      break;
    }
  }
  return points.slice(0, count);
}

/**
 * Visible strings of the interface that read as English sentences (two Latin words or more in a
 * row), outside what is English on purpose: text inside an element marked `lang="en"` (glossary
 * names and explanations; the document's own `lang` is the interface's and does not count),
 * pinyin (`zh-Latn`), key names (`<kbd>`), addresses, and the few names that stay as they are.
 * Shadow trees are read too (the card lives in one, outside `<body>`).
 */
export function englishSentences(): string[] {
  const keep = /\b(Rafiq|CSV|JSON|Alt|Shift|Ctrl|Control)\b/g;
  const sentence = /[A-Za-z]{2,}[\s,.:;'’-]+[A-Za-z]{2,}/;
  const found: string[] = [];
  /** The language an element says it is in, below the document's own. */
  const marked = (el: Element) => {
    for (let e: Element | null = el; e && e !== document.documentElement; ) {
      const lang = e.getAttribute('lang');
      if (lang) return lang;
      e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null);
    }
    return '';
  };
  const onPurpose = (el: Element) => {
    const lang = marked(el);
    return lang.startsWith('en') || lang === 'zh-Latn';
  };
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('head, kbd, script, style, option:not(:checked)') || onPurpose(parent)) continue;
      if (parent.getClientRects().length === 0) continue;
      // Addresses (about:addons, chrome://extensions/shortcuts) are names, not sentences.
      const text = (node.textContent ?? '').replace(keep, '').replace(/\b[a-z-]+:[\w/.#-]*/g, '');
      if (sentence.test(text)) found.push(node.textContent?.trim() ?? '');
    }
    for (const el of (root as ParentNode).querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      // Attributes read aloud: labels and placeholders.
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = (el.getAttribute(name) ?? '').replace(keep, '');
        if (value && !onPurpose(el) && sentence.test(value)) found.push(`${name}: ${value}`);
      }
    }
  };
  walk(document.documentElement);
  return found;
}
