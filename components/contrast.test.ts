/**
 * Contrast of every text colour Rafiq draws, proven without a browser: WCAG 2.1's relative
 * luminance and contrast ratio, computed from the colours the style sheets and the theme actually
 * declare, in the light and the dark scheme. Translucent colours (the verdict's tint, the selected
 * row's) are composited over what lies under them, as the browser paints them. Text needs 4.5:1
 * (all of it is small: 11 to 16 px); focus rings need 3:1 against what they are drawn on.
 *
 * The extension pages use system colours (Canvas, CanvasText, LinkText), which each engine paints
 * its own way, so those are checked with the values Chromium 156 and Firefox ESR 153 compute (read
 * from `getComputedStyle` in each, with `color-scheme` light and dark).
 *
 * The sheets are read as text: a small reader of rules and `@media (prefers-color-scheme: dark)`
 * blocks, enough for these two files (no nesting beyond one @media, no @import).
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FALLBACK_TYPE_COLORS, TYPE_COLORS, typeBadgeStyle } from './theme';

type Theme = 'light' | 'dark';
type Rgba = readonly [number, number, number, number];
const THEMES: readonly Theme[] = ['light', 'dark'];
const TEXT = 4.5;
const NON_TEXT = 3;

// ---------------------------------------------------------------------------------------------
// WCAG 2.1 arithmetic

/** Relative luminance (WCAG 2.1, sRGB with the 0.04045 threshold of IEC 61966-2-1). */
function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** `top` painted over `bottom` (source-over). */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

/** Contrast ratio of `fg` (composited over `bg`, which must be opaque) against `bg`. */
function contrast(fg: Rgba, bg: Rgba): number {
  if (bg[3] < 1) throw new Error('the background must be opaque');
  const [hi, lo] = [luminance(over(fg, bg)), luminance(bg)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// ---------------------------------------------------------------------------------------------
// Colours as the sheets write them

/** System colours as each engine computes them (light, dark). */
const SYSTEM: Record<'chromium' | 'firefox', Record<Theme, Record<string, string>>> = {
  chromium: {
    light: { canvas: '#ffffff', canvastext: '#000000', graytext: '#808080', linktext: '#0000ee' },
    dark: { canvas: '#121212', canvastext: '#ffffff', graytext: '#808080', linktext: '#9e9eff' },
  },
  firefox: {
    light: { canvas: '#ffffff', canvastext: '#000000', graytext: '#6d6d6d', linktext: '#0000ee' },
    dark: { canvas: '#1c1b22', canvastext: '#fbfbfe', graytext: '#75747a', linktext: '#00cadb' },
  },
};
type Engine = keyof typeof SYSTEM;

interface Context {
  theme: Theme;
  engine: Engine;
  /** Custom properties in scope (the sheet's `:root` declarations). */
  vars: (name: string) => string | undefined;
}

/** Splits on commas outside parentheses. */
function topLevel(text: string, separator: ',' | ' '): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && (separator === ',' ? c === ',' : /\s/.test(c ?? ''))) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * A colour value: hex, rgb()/rgba(), `transparent`, a system colour, `var()`, or
 * `color-mix(in srgb, A p%, B)` (interpolated premultiplied, as CSS Color 5 says). Null for what
 * is not a colour of its own (`inherit`, `currentColor`), so the caller skips it.
 */
function parseColor(value: string, context: Context): Rgba | null {
  const v = value.trim().toLowerCase();
  const variable = v.match(/^var\((--[\w-]+)\s*(?:,\s*(.+))?\)$/);
  if (variable) {
    const named = context.vars(variable[1] as string) ?? variable[2];
    return named === undefined ? null : parseColor(named, context);
  }
  if (v === 'transparent') return [0, 0, 0, 0];
  const system = SYSTEM[context.engine][context.theme][v];
  if (system) return parseColor(system, context);
  const hex = v.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/);
  if (hex) {
    const digits = (hex[1] as string).length === 3 ? [...(hex[1] as string)].map((d) => d + d) : hex[1]?.match(/../g);
    const [r, g, b] = (digits ?? []).map((d) => Number.parseInt(d, 16)) as [number, number, number];
    return [r, g, b, 1];
  }
  const rgb = v.match(/^rgba?\(([^)]+)\)$/);
  if (rgb) {
    const [r = 0, g = 0, b = 0, a = 1] = (rgb[1] as string)
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [r, g, b, a];
  }
  const mix = v.match(/^color-mix\(\s*in srgb\s*,(.+)\)$/);
  if (mix) {
    const [first, second] = topLevel(mix[1] as string, ',').map((part) => {
      const pieces = topLevel(part, ' ');
      const percent = pieces.find((p) => p.endsWith('%'));
      return {
        color: parseColor(pieces.filter((p) => p !== percent).join(' '), context),
        weight: percent === undefined ? undefined : Number.parseFloat(percent) / 100,
      };
    });
    if (!first?.color || !second?.color) return null;
    const p = first.weight ?? (second.weight === undefined ? 0.5 : 1 - second.weight);
    const q = second.weight ?? 1 - p;
    const a = first.color[3] * p + second.color[3] * q;
    const channel = (i: 0 | 1 | 2) =>
      a === 0
        ? 0
        : (first.color?.[i] ?? 0) * (first.color?.[3] ?? 0) * p +
          (second.color?.[i] ?? 0) * (second.color?.[3] ?? 0) * q;
    return [channel(0) / (a || 1), channel(1) / (a || 1), channel(2) / (a || 1), a];
  }
  if (v === 'inherit' || v === 'currentcolor' || v === 'unset' || v === 'initial') return null;
  throw new Error(`a colour this test cannot read: ${value}`);
}

// ---------------------------------------------------------------------------------------------
// The sheets

interface Rule {
  selectors: string[];
  media: 'all' | Theme | 'other';
  declarations: Array<[string, string]>;
}

function readRules(css: string, media: Rule['media'] = 'all'): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf('{', at);
    if (open < 0) break;
    let depth = 1;
    let close = open + 1;
    for (; depth > 0 && close < text.length; close++) {
      if (text[close] === '{') depth++;
      else if (text[close] === '}') depth--;
    }
    const prelude = text.slice(at, open).trim();
    const body = text.slice(open + 1, close - 1);
    if (prelude.startsWith('@media')) {
      const scheme = prelude.match(/prefers-color-scheme:\s*(light|dark)/)?.[1] as Theme | undefined;
      rules.push(...readRules(body, scheme && media === 'all' ? scheme : 'other'));
    } else if (!prelude.startsWith('@')) {
      rules.push({
        selectors: topLevel(prelude, ',').map((s) => s.replace(/\s+/g, ' ')),
        media,
        declarations: body
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => {
            const colon = d.indexOf(':');
            return [d.slice(0, colon).trim().toLowerCase(), d.slice(colon + 1).trim()] as [string, string];
          }),
      });
    }
    at = close;
  }
  return rules;
}

class Sheet {
  readonly rules: Rule[];
  constructor(readonly file: string) {
    this.rules = readRules(readFileSync(new URL(file, import.meta.url), 'utf8'));
  }

  /** The last value of `property` for `selector` that applies in `theme` (later rules win). */
  declared(selector: string, property: string, theme: Theme): string | undefined {
    let value: string | undefined;
    for (const rule of this.rules) {
      if (rule.media !== 'all' && rule.media !== theme) continue;
      if (!rule.selectors.includes(selector)) continue;
      for (const [name, v] of rule.declarations) if (name === property) value = v;
    }
    return value;
  }

  context(theme: Theme, engine: Engine): Context {
    return { theme, engine, vars: (name) => this.declared(':root', name, theme) };
  }

  /** A selector's own background colour (`background-color`, or a `background` that is one colour). */
  background(selector: string, context: Context): Rgba | null {
    const value =
      this.declared(selector, 'background-color', context.theme) ??
      this.declared(selector, 'background', context.theme);
    if (value === undefined) return null;
    try {
      return parseColor(value, context);
    } catch {
      return null; // an image or a gradient: not a colour
    }
  }

  /** The colour under `layers` (innermost first), composited down to `root`'s opaque background. */
  ground(layers: readonly string[], root: string, context: Context): Rgba {
    const base = this.background(root, context);
    if (!base || base[3] < 1) throw new Error(`${this.file}: ${root} has no opaque background`);
    return [...layers].reverse().reduce<Rgba>((under, layer) => {
      const colour = this.background(layer, context);
      return colour ? over(colour, under) : under;
    }, base);
  }

  /** Every selector that declares a text colour in `theme`, with the colour it declares. */
  textColours(theme: Theme): string[] {
    const selectors = new Set<string>();
    for (const rule of this.rules) {
      if (rule.media !== 'all' && rule.media !== theme) continue;
      if (rule.declarations.some(([name]) => name === 'color')) for (const s of rule.selectors) selectors.add(s);
    }
    return [...selectors];
  }

  /** Every selector that draws an outline (a focus ring) in `theme`, with its colour's value. */
  outlines(theme: Theme): Array<[string, string]> {
    const out = new Map<string, string>();
    for (const rule of this.rules) {
      if (rule.media !== 'all' && rule.media !== theme) continue;
      for (const [name, value] of rule.declarations) {
        if (name === 'outline-color') for (const s of rule.selectors) out.set(s, value);
        if (name === 'outline') {
          const colour = topLevel(value, ' ').find((part) => /^(#|rgb|color-mix|var\()/i.test(part));
          if (colour) for (const s of rule.selectors) out.set(s, colour);
        }
      }
    }
    return [...out];
  }
}

interface Case {
  what: string;
  theme: Theme;
  engine: Engine;
  ratio: number;
  needed: number;
}

/**
 * Every text colour of `sheet`, on every background it is drawn on: its own background when its
 * rule has one, else each of `on[selector]` (layers over the root, innermost first), else the root.
 */
function textCases(sheet: Sheet, root: string, on: Record<string, string[][]>, engines: readonly Engine[]): Case[] {
  const cases: Case[] = [];
  for (const engine of engines) {
    for (const theme of THEMES) {
      const context = sheet.context(theme, engine);
      for (const selector of sheet.textColours(theme)) {
        const value = sheet.declared(selector, 'color', theme);
        const fg = value === undefined ? null : parseColor(value, context);
        if (!fg) continue; // inherits: checked where it is declared
        const own = sheet.background(selector, context);
        const grounds = own && own[3] > 0 ? [[selector]] : (on[selector] ?? [[]]);
        for (const layers of grounds) {
          cases.push({
            what: `${sheet.file} ${selector} (${value}) on ${[...layers, root].join(' over ')}`,
            theme,
            engine,
            ratio: contrast(fg, sheet.ground(layers, root, context)),
            needed: TEXT,
          });
        }
      }
      for (const [selector, value] of sheet.outlines(theme)) {
        const ring = parseColor(value, context);
        if (!ring) continue;
        for (const layers of on[selector] ?? [[]]) {
          cases.push({
            what: `${sheet.file} ${selector} outline (${value}) on ${[...layers, root].join(' over ')}`,
            theme,
            engine,
            ratio: contrast(ring, sheet.ground(layers, root, context)),
            needed: NON_TEXT,
          });
        }
      }
    }
  }
  return cases;
}

const failures = (cases: readonly Case[]) =>
  cases
    .filter((c) => c.ratio < c.needed)
    .map((c) => `${c.what} [${c.engine}, ${c.theme}]: ${c.ratio.toFixed(2)}:1 < ${c.needed}:1`);

// ---------------------------------------------------------------------------------------------

describe('the WCAG arithmetic', () => {
  const context: Context = { theme: 'light', engine: 'chromium', vars: () => undefined };
  const hex = (v: string) => parseColor(v, context) as Rgba;
  it('gives the known ratios', () => {
    expect(contrast(hex('#000'), hex('#fff'))).toBeCloseTo(21, 5);
    expect(contrast(hex('#fff'), hex('#fff'))).toBeCloseTo(1, 5);
    // #767676 is the lightest grey with 4.5:1 on white; GrayText's #808080 is not.
    expect(contrast(hex('#767676'), hex('#fff'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(hex('#808080'), hex('#fff'))).toBeCloseTo(3.95, 2);
  });
  it('composites translucent colours and mixes like color-mix()', () => {
    // Half-transparent black over white is the mid grey, (127.5, 127.5, 127.5).
    expect(over(hex('rgba(0, 0, 0, 0.5)'), hex('#fff'))).toEqual([127.5, 127.5, 127.5, 1]);
    // Mixing with transparent keeps the colour and scales its alpha (premultiplied interpolation).
    expect(hex('color-mix(in srgb, #0f6e5c 12%, transparent)').map((x) => Number(x.toFixed(6)))).toEqual([
      15, 110, 92, 0.12,
    ]);
    const grey = hex('color-mix(in srgb, CanvasText 65%, Canvas)');
    expect(grey.slice(0, 3).map(Math.round)).toEqual([89, 89, 89]); // Chromium: color(srgb 0.35 0.35 0.35)
  });
  it('reads rules, dark blocks and comma lists', () => {
    const rules = readRules('a, b { color: red; } @media (prefers-color-scheme: dark) { a { color: #fff } }');
    expect(rules).toEqual([
      { selectors: ['a', 'b'], media: 'all', declarations: [['color', 'red']] },
      { selectors: ['a'], media: 'dark', declarations: [['color', '#fff']] },
    ]);
  });
});

describe('type badges in the card', () => {
  const card = new Sheet('./card.css');
  const types = { ...TYPE_COLORS, fallback: FALLBACK_TYPE_COLORS };
  const cardBackground = (theme: Theme) => card.ground([], '.rafiq-card', card.context(theme, 'chromium'));

  it.each(Object.entries(types))('%s: its text colours reach 4.5:1 on the light and the dark card', (_type, c) => {
    const context = card.context('light', 'chromium');
    expect(contrast(parseColor(c.text, context) as Rgba, cardBackground('light'))).toBeGreaterThanOrEqual(TEXT);
    expect(contrast(parseColor(c.textDark, context) as Rgba, cardBackground('dark'))).toBeGreaterThanOrEqual(TEXT);
  });

  it('needs them: the underline colours as text would not reach 4.5:1 on the card', () => {
    const context = card.context('light', 'chromium');
    const short = Object.entries(TYPE_COLORS).filter(
      ([, c]) =>
        contrast(parseColor(c.line, context) as Rgba, cardBackground('light')) < TEXT ||
        contrast(parseColor(c.line, context) as Rgba, cardBackground('dark')) < TEXT,
    );
    expect(short.map(([type]) => type)).toEqual(Object.keys(TYPE_COLORS));
  });

  it('keeps each type its hue: the text colours lean the same way as the underline', () => {
    // The hue angle (HSL) of the text colours stays within 25° of the underline's.
    const hue = (value: string) => {
      const [r, g, b] = (parseColor(value, card.context('light', 'chromium')) as Rgba).map((x) => x / 255) as [
        number,
        number,
        number,
      ];
      const max = Math.max(r, g, b);
      const d = max - Math.min(r, g, b);
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      return (h * 60 + 360) % 360;
    };
    for (const [type, c] of Object.entries(TYPE_COLORS)) {
      for (const text of [c.text, c.textDark]) {
        const apart = Math.abs(hue(text) - hue(c.line));
        expect(Math.min(apart, 360 - apart), `${type} ${text} vs ${c.line}`).toBeLessThan(25);
      }
    }
  });

  it('draws the badge text in those colours: card.css reads the properties typeBadgeStyle sets', () => {
    expect(typeBadgeStyle('person')).toEqual({
      borderColor: TYPE_COLORS.person?.line,
      '--rafiq-type-text': TYPE_COLORS.person?.text,
      '--rafiq-type-text-dark': TYPE_COLORS.person?.textDark,
    });
    expect(typeBadgeStyle('no-such-type')['--rafiq-type-text']).toBe(FALLBACK_TYPE_COLORS.text);
    expect(card.declared('.rafiq-type', 'color', 'light')).toBe('var(--rafiq-type-text)');
    expect(card.declared('.rafiq-type', 'color', 'dark')).toBe('var(--rafiq-type-text-dark)');
  });
});

describe('text in the card', () => {
  it('reaches 4.5:1 for every text colour card.css declares, in both schemes', () => {
    const card = new Sheet('./card.css');
    // The pressed button draws its own background; everything else sits on the card.
    const cases = textCases(card, '.rafiq-card', {}, ['chromium']);
    expect(cases.length).toBeGreaterThan(10);
    expect(failures(cases)).toEqual([]);
  });
});

describe('text in the popup and the side panel', () => {
  it('reaches 4.5:1 for every text colour panel.css declares, in both schemes and both engines', () => {
    const panel = new Sheet('./panel.css');
    // Where secondary text sits on a tint: the verdict box, the selected row (and its details).
    const plainOrSelected = [[], ['li.active']];
    const cases = textCases(
      panel,
      'body',
      {
        '.count': plainOrSelected,
        '.rafiq-reading': plainOrSelected,
        '.verdict ul': [['.verdict']],
        '.paint-reason': [['.verdict']],
        '.rafiq-details .rafiq-source': [['li.active']],
        'button.entity:focus-visible': plainOrSelected,
      },
      ['chromium', 'firefox'],
    );
    expect(cases.length).toBeGreaterThan(20);
    expect(failures(cases)).toEqual([]);
  });

  it('keeps the verdict and the selected row readable in the body text colour', () => {
    const panel = new Sheet('./panel.css');
    for (const engine of ['chromium', 'firefox'] as const) {
      for (const theme of THEMES) {
        const context = panel.context(theme, engine);
        const text = parseColor(panel.declared('body', 'color', theme) ?? '', context) as Rgba;
        for (const layer of ['.verdict', 'li.active']) {
          expect(contrast(text, panel.ground([layer], 'body', context)), `${layer} ${engine} ${theme}`).toBeGreaterThan(
            TEXT,
          );
        }
      }
    }
  });
});
