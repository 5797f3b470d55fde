/**
 * What a site's own scripts can learn of Rafiq, with the extension as readers have it (the
 * developer switch `inspectable` off): highlight names random on every load and free of any
 * name, no stylesheet and no element of Rafiq's in the document before the pointer first moves, a card
 * host with a closed root after it. And since a page cannot see the card or the styles any more,
 * what the browser drew is read from the screen: highlights in their colours, in the document
 * and inside a closed shadow root, and the card over the page until Esc.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, PageDriver } from './driver';
import { useHarness } from './harness';
import { ARTICLE, page } from './hostile/pages';
import { colouredShare } from './png';
import { FOLDERS, type StaticServer, serveFolders } from './server';

const SAMPLE = '/samples/summit-article.html';
const SHADOW = '/undetectable/closed-shadow';

/** The page's own view: names in the registry that hold ranges. */
const paintedNames = () => {
  const names: string[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (highlight.size > 0) names.push(name);
  });
  return names;
};
const painted = () => {
  let any = false;
  CSS.highlights.forEach((highlight) => {
    any ||= highlight.size > 0;
  });
  return any;
};

/** What a page script that looks for an extension finds in the document (not the registry). */
const traces = () => {
  const rules: string[] = [];
  for (const sheet of [...document.styleSheets, ...document.adoptedStyleSheets]) {
    try {
      for (const rule of sheet.cssRules) rules.push(rule.cssText);
    } catch {
      rules.push('(unreadable sheet)');
    }
  }
  return {
    children: [...document.documentElement.children].map((e) => e.tagName),
    highlightRules: rules.filter((r) => r.includes('highlight')).length,
    adopted: document.adoptedStyleSheets.length,
    timeline: performance.getEntries().filter((e) => /rafiq/i.test(e.name)).length,
  };
};

/**
 * The first highlighted range the page's registry holds, scrolled into view: its first line box
 * in CSS pixels, and the device pixel ratio to read the screenshot with.
 */
const firstRangeBox = () => {
  let found: Range | undefined;
  CSS.highlights.forEach((highlight) => {
    if (found) return;
    // Static ranges (see page-checks.ts): read through a live one over the same points.
    for (const range of [...(highlight as unknown as Iterable<AbstractRange>)].map((r) => {
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
      if (range.toString().trim().length >= 3) {
        found = range;
        break;
      }
    }
  });
  if (!found) return null;
  const element =
    found.startContainer.parentElement ?? ((found.startContainer.getRootNode() as ShadowRoot).host as HTMLElement);
  element.scrollIntoView({ block: 'center' });
  const rect = found.getClientRects()[0];
  return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height, ratio: devicePixelRatio } : null;
};

/**
 * Whether something not of the page's own answers hit-testing near the hovered point (kept in
 * the page as `__near`) as `__near.drawn` says it should: the card's host, as the page sees the card.
 */
const hostNear = () => {
  const { x, y, drawn } = (window as unknown as { __near: { x: number; y: number; drawn: boolean } }).__near;
  const own = new Set<Element>([document.head, document.body]);
  for (let dy = -320; dy <= 320; dy += 16)
    for (let dx = -320; dx <= 320; dx += 16) {
      const hit = document.elementFromPoint(x + dx, y + dy);
      if (hit && hit.parentElement === document.documentElement && !own.has(hit)) return drawn;
    }
  return !drawn;
};
const expectCard = (p: PageDriver, near: { x: number; y: number }, drawn: boolean) =>
  p.evaluate(
    (n) => {
      (window as unknown as { __near: unknown }).__near = n;
    },
    { ...near, drawn },
  );

const cardHost = () => {
  const host = [...document.documentElement.children].find((e) => e !== document.head && e !== document.body);
  return host
    ? {
        tag: host.tagName,
        open: host.shadowRoot !== null,
        attributes: host.getAttributeNames(),
        mentionsRafiq: /rafiq/i.test(host.outerHTML),
      }
    : null;
};

async function colourAt(p: PageDriver): Promise<number> {
  const box = await p.evaluate(firstRangeBox);
  if (!box) throw new Error('no highlighted range to look at');
  const image = await p.pixels();
  const r = box.ratio;
  return colouredShare(image, { x: box.x * r, y: box.y * r, width: box.width * r, height: box.height * r });
}

export function undetectableSuite(launch: () => Promise<BrowserDriver>) {
  const h = useHarness(launch, { inspectable: false });
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveFolders(FOLDERS, (url) =>
      url.pathname === SHADOW
        ? {
            body: page({
              body: '<news-article></news-article>',
              script: `customElements.define('news-article', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(ARTICLE)}; } });`,
            }),
          }
        : null,
    );
  });
  afterAll(() => server?.close());

  const open = async (path: string) => {
    const p = await h.driver.open(server.origin + path);
    await p.waitFor(painted);
    return p;
  };

  it('paints under names that are random on every load and say nothing of Rafiq, with no trace in the document', async () => {
    const p = await open(SAMPLE);
    const first = await p.evaluate(paintedNames);
    expect(first.length).toBeGreaterThan(1);
    for (const name of first) expect(name).toMatch(/^[a-z]{10}[0-9a-z]$/);
    expect(await p.evaluate(traces)).toEqual({
      children: ['HEAD', 'BODY'],
      highlightRules: 0,
      adopted: 0,
      timeline: 0,
    });
    // The styles are there all the same, applied by the browser: the first name is drawn in colour.
    expect(await colourAt(p)).toBeGreaterThan(0.3);

    await p.reload();
    await p.waitFor(painted);
    const second = await p.evaluate(paintedNames);
    expect(second.length).toBe(first.length);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    await p.close();
  });

  it('opens the card on hover in a closed root the page cannot look into, drawn over the page until Esc', async () => {
    const p = await open(SAMPLE);
    const box = await p.evaluate(firstRangeBox);
    if (!box) throw new Error('no highlighted range to hover');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    expect(await p.evaluate(cardHost)).toBeNull();
    await expectCard(p, centre, true);
    await p.moveMouse(centre.x, centre.y);
    await p.waitFor(() => document.documentElement.children.length > 2);
    expect(await p.evaluate(cardHost)).toEqual({
      tag: 'DIV',
      open: false,
      attributes: [],
      mentionsRafiq: false,
    });
    // The card's script handed its interface to the annotator through the isolated world's window:
    // nothing of it on the page's.
    expect(await p.evaluate(() => Object.getOwnPropertyNames(window).filter((k) => /rafiq/i.test(k)))).toEqual([]);
    // The card is drawn (the page sees only its host answer hit-testing) and Esc takes it away.
    await p.waitFor(hostNear);
    await p.press('Escape');
    await expectCard(p, centre, false);
    await p.waitFor(hostNear);
    await p.close();
  });

  it('draws highlights inside a closed shadow root in their colours', async () => {
    const p = await open(SHADOW);
    expect(await colourAt(p)).toBeGreaterThan(0.3);
    await p.close();
  });
}
