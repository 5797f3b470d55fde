// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGlossary } from '../glossary/build';
import { Annotator } from '../lib/annotate';
import { collectPageText } from './page-text';
import { PageSession } from './session';

const { index } = buildGlossary();
const annotator = new Annotator(index);
const article = new DOMParser()
  .parseFromString(readFileSync(join(__dirname, '../samples/summit-article.html'), 'utf8'), 'text/html')
  .querySelector('article')?.outerHTML as string;
const LIVE = '<p id="live">آخر تحديث منذ <span id="n">1</span> ثانية من <b id="city">طشقند</b></p>';

/** Lets the mutation observer deliver its records (a microtask and a turn of the event loop). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ids = (s: PageSession) => s.annotation?.mentions.map((m) => `${index.entities[m.entity]?.id}@${m.start}`);

let session: PageSession | null = null;
afterEach(() => session?.stop());

async function liveSession(copies = 1) {
  document.body.innerHTML = LIVE + article.repeat(copies);
  session = new PageSession(document, annotator, index, () => {});
  // Watched first, as the annotator does: a page read unwatched is not compared with (`OldValues`).
  session.watch();
  await session.read();
  return session;
}

/** What a session that reads the page as it is now from scratch finds. */
async function fresh() {
  const other = new PageSession(document, annotator, index, () => {});
  await other.read();
  return other;
}

describe('PageSession on a live page', () => {
  it('reads a changing page once it settles, and at the latest a second after the first change', async () => {
    const s = await liveSession();
    let reads = 0;
    const read = s.read.bind(s);
    s.read = () => {
      reads++;
      return read();
    };
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const addParagraph = () => {
      const p = document.createElement('p');
      p.textContent = 'فقرة جديدة عن الطقس في المدينة';
      document.body.append(p);
    };
    // A burst of changes: one read, once they stop for 250 ms.
    for (let i = 0; i < 3; i++) {
      addParagraph();
      await sleep(40);
    }
    expect(reads).toBe(0);
    await sleep(400);
    expect(reads).toBe(1);
    // Changes that never stop: still read, within a second of the first one.
    reads = 0;
    const started = Date.now();
    for (let n = 0; n < 13; n++) {
      addParagraph();
      await sleep(100);
    }
    // At most one read per second of changes (a slow machine stretches the loop, not the rule).
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(Math.floor((Date.now() - started) / 1000) + 1);
    await sleep(400);
    expect(s.lastText()).toContain('فقرة جديدة');
  });

  it('splices a text node edited in place into the page without walking it, and finds what a fresh read finds', async () => {
    const s = await liveSession();
    const nodes = s.page.nodes;
    (document.querySelector('#city')?.firstChild as Text).data = 'أستانا';
    await settle();
    await s.read();
    expect(s.page.nodes, 'the same nodes: no walk').toBe(nodes);
    const now = collectPageText(document.body);
    expect({ text: s.lastText(), breaks: s.page.breaks, starts: s.page.starts }).toEqual({
      text: now.text,
      breaks: now.breaks,
      starts: now.starts,
    });
    expect(ids(s)).toEqual(ids(await fresh()));
    expect(s.annotation?.mentions.some((m) => index.entities[m.entity]?.id === 'astana' && m.start < 60)).toBe(true);
  });

  it('keeps the ranges of mentions outside the edit (no range made again), and places the edited one anew', async () => {
    const s = await liveSession();
    const ranges = s.placed.map((p) => p.range);
    const city = document.querySelector('#city')?.firstChild as Text;
    city.data = 'أستانا';
    await settle();
    await s.read();
    const inCity = s.placed.filter((p) => p.range.startContainer === city);
    const elsewhere = s.placed.filter((p) => p.range.startContainer !== city);
    expect(inCity.map((p) => p.range.toString())).toEqual(['أستانا']);
    expect(inCity.every((p) => !ranges.includes(p.range))).toBe(true);
    expect(elsewhere.length).toBeGreaterThan(20);
    // Every other mention has the very range it had, moved by the longer name.
    for (const p of elsewhere) expect(ranges).toContain(p.range);
  });

  it('leaves every mention as it was after a tick that keeps the text its length (nothing moved)', async () => {
    const s = await liveSession();
    const placed = s.placed;
    // As long as before ("منذ" for "قبل"), and Arabic, so it is read.
    (document.querySelector('#live')?.firstChild as Text).data = 'آخر تحديث قبل ';
    await settle();
    await s.read();
    expect(s.placed).not.toBe(placed);
    expect(s.placed.length).toBe(placed.length);
    for (const [i, p] of s.placed.entries()) expect(p).toBe(placed[i]);
    expect(ids(s)).toEqual(ids(await fresh()));
  });

  it('walks the page when a node read back for a splice no longer fits its offsets (a change went unseen)', async () => {
    const s = await liveSession();
    const nodes = s.page.nodes;
    // An edit the observer never reports, next to the one it does.
    const observer = (s as unknown as { observer: MutationObserver }).observer;
    observer.disconnect();
    (document.querySelector('#city')?.firstChild as Text).data = 'أستانا';
    observer.observe(document, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
    (document.querySelector('#n')?.firstChild as Text).data = '25';
    await settle();
    await s.read();
    expect(s.page.nodes, 'walked').not.toBe(nodes);
    expect(ids(s)).toEqual(ids(await fresh()));
    expect(s.lastText()).toBe(collectPageText(document.body).text);
  });

  it('takes a text node swapped in by textContent in its place, then edits to it, still without a walk', async () => {
    const s = await liveSession();
    const nodes = s.page.nodes;
    const city = document.querySelector('#city') as HTMLElement;
    city.textContent = 'أستانا';
    await settle();
    (city.firstChild as Text).data = 'بكين';
    await settle();
    await s.read();
    expect(s.page.nodes).not.toBe(nodes);
    expect(s.page.nodes.filter((n, i) => n !== nodes[i])).toEqual([city.firstChild]);
    expect(s.lastText()).toBe(collectPageText(document.body).text);
    expect(ids(s)).toEqual(ids(await fresh()));
    // And the next edit is spliced against the new node.
    (city.firstChild as Text).data = 'طشقند';
    await settle();
    const swapped = s.page.nodes;
    await s.read();
    expect(s.page.nodes).toBe(swapped);
    expect(ids(s)).toEqual(ids(await fresh()));
  });

  it('compares with the text as read when the page edits a node out of the document and puts it back', async () => {
    // Long enough that the change is read again in part.
    const s = await liveSession(4);
    const city = document.querySelector('#city') as HTMLElement;
    const after = city.previousSibling as Node;
    city.remove();
    await settle();
    // The same length as طشقند: only the value noted as it was taken out tells the two texts apart.
    (city.firstChild as Text).data = 'الصين';
    after.parentNode?.insertBefore(city, after.nextSibling);
    await settle();
    await s.read();
    expect(s.annotation?.partial, 'read again in part').toBeDefined();
    expect(ids(s)).toEqual(ids(await fresh()));
    expect(s.lastText()).toBe(collectPageText(document.body).text);
  });

  it('reads the page whole after it went unwatched (changes may have gone unseen)', async () => {
    const s = await liveSession();
    s.stop();
    (document.querySelector('#city')?.firstChild as Text).data = 'الصين';
    s.watch();
    await s.read();
    expect(s.annotation?.partial).toBeUndefined();
    expect(ids(s)).toEqual(ids(await fresh()));
  });

  it('walks the page again when anything else carrying Arabic changed with the edits', async () => {
    const s = await liveSession();
    const nodes = s.page.nodes;
    (document.querySelector('#city')?.firstChild as Text).data = 'أستانا';
    document.querySelector('#live')?.insertAdjacentHTML('afterend', '<p>وقال توكاييف إن القمة ناجحة.</p>');
    await settle();
    await s.read();
    expect(s.page.nodes).not.toBe(nodes);
    expect(s.lastText()).toBe(collectPageText(document.body).text);
    expect(ids(s)).toEqual(ids(await fresh()));
  });
});
