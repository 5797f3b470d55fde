// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mayHostClosedRoot } from './shadow';

const element = (html: string) => {
  const box = document.createElement('template');
  box.innerHTML = html;
  return box.content.firstElementChild as Element;
};

describe('mayHostClosedRoot: where the closed-root API is asked', () => {
  it.each([
    ['a custom element, children or not', '<news-article><p>نص</p></news-article>', true],
    ['an empty <div>, as a host showing only its shadow tree', '<div></div>', true],
    ['an empty <span>', '<span></span>', true],
    ['an empty <section>', '<section></section>', true],
    ['a <div> with text of its own', '<div>نص</div>', false],
    ['a <div> with a child element', '<div><p></p></div>', false],
    ['an empty <td>, which cannot host a shadow root', '<table><tr><td></td></tr></table>', false],
    ['an empty <img>, which cannot either', '<img>', false],
    ['an empty <a>', '<a></a>', false],
  ])('%s: %s', (_, html, expected) => {
    const el = element(html);
    const target = el.localName === 'table' ? (el.querySelector('td') as Element) : el;
    expect(mayHostClosedRoot(target)).toBe(expected);
  });
});
