// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { OldValues } from './old-values';
import { collectPageText, layoutOf, type PageText } from './page-text';

/** Lets the mutation observer deliver its records. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let observer: MutationObserver | null = null;
afterEach(() => observer?.disconnect());

const PAGE = '<h1>قمة أستانا</h1><p id="a">آخر تحديث: <span id="n">قبل 5 ثوان</span></p><p id="b">شي جين بينغ</p>';

/** Reads the page as the session does, and notes its changes from then on. */
function watched(html: string, reading = () => false): { page: PageText; old: OldValues } {
  document.body.innerHTML = html;
  const page = collectPageText(document.body);
  const old = new OldValues();
  old.carry(page, true);
  const read = new Set<Node>(page.nodes);
  observer = new MutationObserver((records) => old.note(records, (node) => reading() || read.has(node)));
  observer.observe(document, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  return { page, old };
}

const $ = (selector: string) => document.querySelector(selector) as HTMLElement;
const text = (selector: string) => $(selector).firstChild as Text;
const edit = (selector: string, value: string) => {
  text(selector).data = value;
};

describe('OldValues: the text as read, given back after the page changed', () => {
  // Each change runs in steps, the records delivered between them (as the page's own tasks would).
  const cases: Array<[string, Array<() => void>]> = [
    ['an edit in place', [() => (text('#n').data = 'قبل 12 ثانية')]],
    [
      'edits in two batches (the first old value counts)',
      [() => (text('#n').data = 'س'), () => (text('#n').data = 'ص')],
    ],
    ['text swapped in by textContent', [() => ($('#b').textContent = 'توكاييف')]],
    ['a paragraph inserted', [() => $('#a').insertAdjacentHTML('afterend', '<p>فقرة جديدة</p>')]],
    ['a paragraph removed', [() => $('#b').remove()]],
    [
      'an edit, then its paragraph removed, together',
      [
        () => {
          edit('#b', 'بكين');
          $('#b').remove();
        },
      ],
    ],
    [
      'a node edited while out of the document, then put back',
      (() => {
        const node = () => document.querySelector('#n')?.firstChild as Text;
        let kept: Text;
        return [
          () => {
            kept = node();
            kept.remove();
          },
          () => {
            kept.data = 'قبل 6 ثوان';
          },
          () => $('#n').append(kept),
        ];
      })(),
    ],
    [
      'a paragraph taken out, its text edited out of the document, put back elsewhere',
      (() => {
        let p: HTMLElement;
        return [
          () => {
            p = $('#a');
            p.remove();
          },
          // The same length: only the value noted as it was taken out tells the text apart.
          () => {
            ((p.querySelector('#n') as HTMLElement).firstChild as Text).data = 'قبل 9 ثوان';
          },
          () => document.body.append(p),
        ];
      })(),
    ],
  ];

  for (const [name, steps] of cases) {
    it(`after ${name}`, async () => {
      const { page, old } = watched(PAGE);
      for (const step of steps) {
        step();
        await settle();
      }
      expect(old.text(layoutOf(page))).toBe(page.text);
    });
  }

  it('notes nothing of nodes it did not read', async () => {
    const { old } = watched(PAGE);
    $('#a').insertAdjacentHTML('afterend', '<p id="c">فقرة جديدة</p>');
    await settle();
    text('#c').data = 'فقرة أخرى';
    $('#c').remove();
    await settle();
    expect(old.size).toBe(0);
  });

  it('gives the text a read saw to the nodes changed while it ran, copied', async () => {
    let reading = false;
    const { old } = watched(PAGE, () => reading);
    reading = true;
    text('#n').data = 'قبل 7 ثوان';
    $('#a').insertAdjacentHTML('afterend', '<p id="c">فقرة جديدة</p>');
    await settle();
    // The read walks now; then the page edits a node it read, one it had not read before among them.
    const next = collectPageText(document.body);
    text('#c').data = 'فقرة أخرى أطول';
    text('#n').data = 'قبل 8 ثوان';
    await settle();
    reading = false;
    old.carry(next, true);
    expect(old.text(layoutOf(next))).toBe(next.text);
    // And later edits are noted against it.
    text('#b').data = 'بكين';
    await settle();
    expect(old.text(layoutOf(next))).toBe(next.text);
  });

  it('gives nothing back where a change went unseen', async () => {
    const { page, old } = watched(PAGE);
    observer?.disconnect();
    text('#n').data = 'قبل 12 ثانية';
    await settle();
    // The unseen edit changed a length: the text cannot be rebuilt.
    expect(old.text(layoutOf(page))).toBeNull();
  });

  it('gives nothing back once changes may go unseen, or for a page read unwatched', () => {
    const { page, old } = watched(PAGE);
    old.forget();
    // An edit of the same length would not show in the lengths: nothing is given back at all.
    expect(old.text(layoutOf(page))).toBeNull();
    old.carry(page, false);
    expect(old.text(layoutOf(page))).toBeNull();
    old.carry(page, true);
    expect(old.text(layoutOf(page))).toBe(page.text);
  });
});
