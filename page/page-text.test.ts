// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { finish, finishCounting } from '../lib/steps';
import { changedSpan } from '../lib/text-change';
import {
  collectPageText,
  collectPageTextSteps,
  layoutOf,
  locate,
  spanOfEdits,
  spliceEdits,
  spliceLayout,
} from './page-text';
import { openShadowOf } from './shadow';

function page(html: string) {
  document.body.innerHTML = html;
  return collectPageText(document.body);
}

describe('collectPageText', () => {
  it('reads text nodes in DOM order and skips what is never shown as text', () => {
    const read = page(
      '<h1>الصين</h1><script>var a = 1</script><style>p{}</style><p>شي <b>جين</b> بينغ</p><noscript>x</noscript><textarea>y</textarea>',
    );
    expect(read.text).toBe('الصينشي جين بينغ');
  });

  it('records a break at each block boundary, never inside inline markup', () => {
    const read = page('<p>الصين</p><p>كازاخستان <a href="#">و<b>أستانا</b></a></p><div>بكين</div>');
    expect(read.text).toBe('الصينكازاخستان وأستانابكين');
    expect(read.breaks).toEqual([0, 5, 22, 26]);
  });

  it("never reads Rafiq's own UI", () => {
    document.body.innerHTML = '<p>الصين</p><div id="ui">Xi Jinping</div>';
    const read = collectPageText(document.body, { skip: document.getElementById('ui') });
    expect(read.text).toBe('الصين');
  });

  it('reads open shadow trees (before the light children they show) only when asked to', () => {
    document.body.innerHTML = '<p>بكين</p><news-card><b>أستانا</b></news-card><p>طشقند</p>';
    const host = document.querySelector('news-card') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<h2>قمة</h2><slot></slot>';
    expect(collectPageText(document.body).text).toBe('بكينأستاناطشقند');
    const read = collectPageText(document.body, { shadowOf: openShadowOf });
    expect(read.text).toBe('بكينقمةأستاناطشقند');
    expect(read.nodes[1]?.parentNode?.nodeName).toBe('H2');
    expect(read.breaks).toContain(4);
  });

  it('locates offsets in the right node; end offsets resolve to the node they end', () => {
    const read = page('<p>قال <a>شي</a> إن</p>');
    expect(read.nodes.map((n) => n.data)).toEqual(['قال ', 'شي', ' إن']);
    expect(locate(read, 4)).toMatchObject({ node: read.nodes[1], offset: 0 });
    expect(locate(read, 6, true)).toMatchObject({ node: read.nodes[1], offset: 2 });
    expect(locate(read, 6)).toMatchObject({ node: read.nodes[2], offset: 0 });
  });

  it('walks in steps with the same result', () => {
    document.body.innerHTML = '<p>بكين</p><div><span>أستانا</span> و<b>طشقند</b></div><p>شيآن</p>'.repeat(20);
    const whole = collectPageText(document.body);
    const { value, pauses } = finishCounting(collectPageTextSteps(document.body, {}, 3));
    expect(value).toEqual(whole);
    expect(pauses).toBeGreaterThan(20);
    expect(finish(collectPageTextSteps(document.body))).toEqual(whole);
  });

  it('reads a very long text node in pieces when walking in steps, with the same text', () => {
    const long = 'قمة الصين وآسيا الوسطى '.repeat(30_000);
    document.body.innerHTML = '<p></p>';
    (document.querySelector('p') as HTMLElement).textContent = long;
    const { value, pauses } = finishCounting(collectPageTextSteps(document.body, {}, 1000));
    expect(value.text).toBe(long);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(long.length / 2 ** 18));
  });

  it('copes with an empty body and deep nesting', () => {
    expect(page('').text).toBe('');
    const deep = `${'<div>'.repeat(5000)}الصين${'</div>'.repeat(5000)}`;
    expect(page(deep).text).toBe('الصين');
  });

  // happy-dom names SVG and MathML elements in lower case, as browsers do (the first half fails
  // with upper-case names only); it names XHTML elements in upper case, so the second half checks
  // an XHTML document is read, not its lower-case names.
  it('skips SVG and MathML elements, which name themselves in lower case, and reads XHTML', () => {
    const read = page('<p>بكين</p><svg><text>Astana</text></svg><math><mi>x</mi></math><p>طشقند</p>');
    expect(read.text).toBe('بكينطشقند');
    const xhtml = new DOMParser().parseFromString(
      '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>بكين</p><script>var a</script><p>طشقند</p></body></html>',
      'application/xhtml+xml',
    );
    const x = collectPageText(xhtml.documentElement.lastChild as Element);
    expect(x.text).toBe('بكينطشقند');
    expect(x.breaks).toEqual([0, 4, 9]);
  });

  /** The walk as a recursion over `childNodes`: what the stepped, stack-free walk must equal. */
  function reference(root: Node, shadow: boolean) {
    const out: { text: string; breaks: number[] } = { text: '', breaks: [] };
    const mark = () => {
      if (out.breaks[out.breaks.length - 1] !== out.text.length) out.breaks.push(out.text.length);
    };
    const visit = (node: Node) => {
      if (node.nodeType === 3) {
        out.text += (node as Text).data;
        return;
      }
      const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
      if (['SCRIPT', 'STYLE', 'SVG'].includes(tag)) return;
      const block = ['P', 'DIV', 'LI', 'UL', 'BODY', 'H2', 'SECTION'].includes(tag);
      if (block) mark();
      const sr = shadow && node.nodeType === 1 ? openShadowOf(node as Element) : null;
      if (sr) visit(sr);
      for (const child of Array.from(node.childNodes)) visit(child);
      if (block) mark();
    };
    visit(root);
    return out;
  }

  it('equals a recursive walk on nested, empty, shadowed and mixed markup, in any step size', () => {
    document.body.innerHTML =
      '<section><h2>قمة</h2><div><p></p><ul><li>أ<b>ب</b></li><li></li></ul>نص<script>x</script></div>' +
      '<x-card><span>ضوء</span><b>نور</b></x-card><x-empty></x-empty><div><x-card></x-card></div>آخر</section><p>ذيل</p>';
    for (const host of Array.from(document.querySelectorAll('x-card')))
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>ظل<slot></slot></p><x-inner></x-inner>';
    const inner = document.querySelector('x-card')?.shadowRoot?.querySelector('x-inner') as Element;
    inner.attachShadow({ mode: 'open' }).innerHTML = '<i>عمق</i>';
    (document.querySelector('x-empty') as Element).attachShadow({ mode: 'open' });
    for (const shadow of [false, true]) {
      const want = reference(document.body, shadow);
      expect(want.text).toContain(shadow ? 'ظلعمقضوء' : 'ضوء');
      for (const step of [1, 2, 3, 7, Number.POSITIVE_INFINITY]) {
        const read = finish(collectPageTextSteps(document.body, shadow ? { shadowOf: openShadowOf } : {}, step));
        expect({ text: read.text, breaks: read.breaks }).toEqual(want);
      }
    }
  });

  it('ends, inside its root, when the page removes or moves nodes between two steps', () => {
    const html = '<div id="a"><p>واحد</p><p>اثنان</p><p>ثلاثة</p></div><div id="b"><p>أربعة</p></div>';
    // A paragraph, or the block holding it (on the walk's path), taken out, moved out or moved back.
    for (const change of ['remove', 'move-out', 'move-back', 'remove-parent', 'move-parent-out'] as const) {
      for (let at = 1; at < 12; at++) {
        document.body.innerHTML = `<main>${html}</main><aside><p>خارج</p></aside>`;
        const main = document.querySelector('main') as HTMLElement;
        const steps = collectPageTextSteps(main, {}, 1);
        let done = steps.next();
        for (let i = 0; i < at && !done.done; i++) done = steps.next();
        const second = main.querySelectorAll('p')[1] as HTMLElement;
        const aside = document.querySelector('aside') as HTMLElement;
        const parent = second.parentElement as HTMLElement;
        if (change === 'remove') second.remove();
        else if (change === 'move-out') aside.append(second);
        else if (change === 'move-back') main.prepend(second);
        else if (change === 'remove-parent') parent.remove();
        else aside.append(parent);
        let guard = 0;
        while (!done.done && guard++ < 1000) done = steps.next();
        expect(done.done).toBe(true);
        if (!done.done) continue;
        // Nothing outside the root is read, and what follows a moved paragraph still is (a block
        // taken from the path cuts the rest of the block it was in: read again afterwards).
        expect(done.value.text).not.toContain('خارج');
        if (!change.includes('parent')) expect(done.value.text).toContain('أربعة');
        expect(new Set(done.value.nodes).size).toBe(done.value.nodes.length);
      }
    }
  });
});

describe('spliceEdits: text nodes edited in place, without a walk', () => {
  const layouts = [
    '<p>الصين</p><p>كازاخستان <a href="#">و<b>أستانا</b></a></p><div>بكين</div>',
    '<h1>قمة أستانا</h1><p>آخر تحديث: <span id="clock">قبل 5 ثوان</span></p><article><p>شي جين بينغ</p><p>توكاييف</p></article>',
    '<div><div><span>أ</span><span>ب</span></div><br><span>ج</span></div><ul><li>د</li><li>هـ</li></ul>',
  ];
  // Deterministic edits: longer, shorter, the same length, one node or several, first and last.
  const replacements = ['قبل 12 ثانية', 'س', 'ص ص ص ص ص ص ص', 'الصين والصين', '1'];

  for (const [n, html] of layouts.entries()) {
    it(`gives what a walk gives (layout ${n + 1})`, () => {
      document.body.innerHTML = html;
      const before = collectPageText(document.body);
      const count = before.nodes.length;
      for (let round = 0; round < 12; round++) {
        const edited = new Map<number, Text>();
        for (const i of [round % count, (round * 7 + 3) % count, count - 1].slice(0, 1 + (round % 3))) {
          const node = before.nodes[i] as Text;
          const value = replacements[(round + i) % replacements.length] as string;
          if (round % 2) {
            // Swapped: a new text node where the old one was, as `textContent = …` does.
            const swapped = document.createTextNode(value);
            node.replaceWith(swapped);
            edited.set(i, swapped);
          } else {
            node.data = value;
            edited.set(i, node);
          }
        }
        const spliced = spliceEdits(before, edited);
        const walked = collectPageText(document.body);
        expect(spliced).toEqual(walked);
        // The layout alone, as a page session keeps it, is the walk's too.
        expect(spliceLayout(layoutOf(before), edited)).toEqual(layoutOf(walked));
        // Where the edits can have changed the text: comparing there alone finds what comparing everything does.
        const within = spanOfEdits(before, edited) ?? undefined;
        expect(changedSpan(before.text, walked.text, within)).toEqual(changedSpan(before.text, walked.text));
        // Undo, so every round starts from `before`.
        document.body.innerHTML = html;
        Object.assign(before, collectPageText(document.body));
      }
    });
  }

  it('declines a node edited to nothing (a walk leaves it out)', () => {
    document.body.innerHTML = '<p>الصين</p><p>بكين</p>';
    const before = collectPageText(document.body);
    (before.nodes[0] as Text).data = '';
    expect(spliceEdits(before, new Map([[0, before.nodes[0] as Text]]))).toBeNull();
  });
});
