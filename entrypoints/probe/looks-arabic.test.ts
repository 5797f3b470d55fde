// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { firstLook } from './looks-arabic';

function page(html: string, lang = '') {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
  return firstLook(document);
}

const english =
  '<p>The committee met on Tuesday to review the budget for the coming year and the new library.</p>'.repeat(5);
const arabic = '<p>اختتمت في العاصمة الكازاخية أستانا أعمال قمة الصين وآسيا الوسطى الثانية بمشاركة القادة.</p>'.repeat(
  3,
);

describe("the probe's first look", () => {
  it('trusts a declared Arabic-script language', () => {
    expect(page('', 'ar')).toBe('arabic-script');
    expect(page('', 'fa-IR')).toBe('arabic-script');
  });
  it('finds Arabic script in the text', () => expect(page(arabic)).toBe('arabic-script'));
  it('lets a Latin page go', () => expect(page(english, 'en')).toBe('other'));
  it('lets a Latin page with one Arabic word go', () => expect(page(`${english}<p>الصين</p>`)).toBe('other'));
  it('ignores Arabic inside scripts and styles', () =>
    expect(page(`${english}<script>var s = "${'الصين '.repeat(50)}"</script>`)).toBe('other'));
  it('asks to look again when there is almost no text yet', () =>
    expect(page('<div id="app">Loading…</div>')).toBe('too-little-text'));
});
