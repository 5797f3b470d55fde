/**
 * Accessibility of every surface Rafiq draws, measured by axe-core with the WCAG 2.1 A and AA
 * rules, in real Chromium with the built extension: the popup, the side panel (entities listed,
 * and one entity opened with its explanation), the hover card on the sample article (once per
 * entity type the article has, so every type badge is measured), and the options and welcome
 * pages when the build has them. Each surface is a row of the table below, run in every interface
 * language (en, zh, ar) and in light and dark. A row fails on any serious or critical violation,
 * and also when axe did not analyse what the row is about (an empty page, a card axe never
 * entered), so a row cannot pass by measuring nothing. The table is written to
 * artifacts/a11y-chromium.md.
 */

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ARTIFACTS, screenshotOnFailure } from './artifacts';
import { CHROME_EXTENSION, type ChromiumSession, launchChromium } from './browsers';
import { SAMPLE } from './expectations';
import { FOLDERS, type StaticServer, serveFolders } from './server';

type Language = 'en' | 'zh' | 'ar';
type Theme = 'light' | 'dark';
const LANGUAGES: readonly Language[] = ['en', 'zh', 'ar'];
const THEMES: readonly Theme[] = ['light', 'dark'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
const ENTITY_TYPES = ['person', 'country', 'place', 'organization', 'event', 'document', 'initiative', 'project'];
/** The entity opened in the side panel's "opened" row (named in the sample article). */
const OPENED_ENTITY = 'xi-jinping';

/** Rafiq has painted the page (its own check, so the suite does not follow the harness's changes). */
const hasHighlights = () => [...CSS.highlights.keys()].some((k) => k.startsWith('rafiq-'));

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TYPE_LABELS: Record<Language, Record<string, string>> = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    JSON.parse(readFileSync(new URL(`../locales/${language}/card.json`, import.meta.url), 'utf8')).type,
  ]),
) as Record<Language, Record<string, string>>;

/** One violating rule as the report prints it. */
interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string; impact: string; summary: string }>;
}

/** What one axe run found, reduced in the page to what can cross into Node. */
interface Analysis {
  /** Distinct elements any rule looked at (passed, violated or left for review). */
  nodes: number;
  /** Of those, the ones inside the analysed scope's root (the card's shadow root for the card). */
  inScope: number;
  /** Distinct elements the color-contrast rule looked at. */
  contrastNodes: number;
  /** Text elements axe's color-contrast skipped, whose contrast this suite measured instead. */
  measured: number;
  /** Selectors of `covers` none of whose elements' text had its contrast analysed (by axe or here). */
  missing: string[];
  violations: Violation[];
  /** Rules axe could not decide ("needs review"), with their node counts and axe's reasons. */
  incomplete: Array<{ id: string; nodes: number; why: string[] }>;
  /** The document's lang and dir when it was analysed. */
  lang: string;
  dir: string;
}

interface AnalyseRequest {
  scope: 'document' | 'card';
  tags: string[];
  /** Text elements the row is about: their contrast must have been analysed, at least one of each. */
  covers: string[];
}

/**
 * Runs in the page under test (serialised by playwright: it must not close over anything). The
 * card is analysed with its host as axe's context: axe walks the host's open shadow root, and
 * `elementRef` lets the check below prove that the card's own elements were the ones analysed.
 *
 * Two gaps in axe's color-contrast rule are closed here. It silently leaves out text it takes for
 * an icon font's ligature (text whose shaped width differs from its letters' widths by more than
 * 15%), and joined Arabic letters often are: most Arabic labels and every Arabic name would go
 * unmeasured. And it finds what lies under a text in a grid built from <body> down, so it never
 * finds the card, whose host is a child of <html> outside <body>: every text of the card comes
 * back "needs review". So every visible text element whose contrast axe did not decide is
 * measured here the way the rule measures: its colour composited over the background colours
 * under it, against 4.5:1 (3:1 for large text: 24 px, or 18.66 px bold).
 */
async function analyseInPage({ scope, tags, covers }: AnalyseRequest): Promise<Analysis> {
  interface AxeNode {
    element?: Element;
    target: Array<string | string[]>;
    impact?: string | null;
    failureSummary?: string;
    any?: Array<{ message?: string; data?: { messageKey?: string } | null }>;
  }
  interface AxeRule {
    id: string;
    impact?: string | null;
    help: string;
    nodes: AxeNode[];
  }
  interface AxeRun {
    passes: AxeRule[];
    violations: AxeRule[];
    incomplete: AxeRule[];
  }
  const axe = (window as unknown as { axe?: { run(context: unknown, options: unknown): Promise<AxeRun> } }).axe;
  if (!axe) throw new Error('axe-core is not loaded in this page');
  const host = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.rafiq-card'));
  const root: Document | ShadowRoot | null | undefined = scope === 'card' ? host?.shadowRoot : document;
  if (!root || (scope === 'card' && !host)) throw new Error('no card is open to analyse');
  const result = await axe.run(scope === 'card' ? host : document, {
    runOnly: { type: 'tag', values: tags },
    elementRef: true,
  });
  const seen = new Set<Element>();
  /** Elements whose contrast axe decided: passed or failed (not "needs review", measured below). */
  const contrast = new Set<Element>();
  for (const [kind, rules] of [
    ['decided', [...result.passes, ...result.violations]],
    ['review', result.incomplete],
  ] as const) {
    for (const rule of rules) {
      for (const node of rule.nodes) {
        if (!node.element) continue;
        seen.add(node.element);
        if (rule.id === 'color-contrast' && kind === 'decided') contrast.add(node.element);
      }
    }
  }
  type Rgba = [number, number, number, number];
  // Computed colours come as rgb()/rgba(), or color(srgb …) for color-mix().
  const parse = (value: string): Rgba | null => {
    const rgb = value.match(/^rgba?\(([^)]+)\)$/);
    const srgb = value.match(/^color\(srgb ([^)]+)\)$/);
    const parts = (rgb?.[1] ?? srgb?.[1])
      ?.split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    if (!parts || parts.length < 3 || parts.some(Number.isNaN)) return null;
    const scale = srgb ? 255 : 1;
    return [(parts[0] ?? 0) * scale, (parts[1] ?? 0) * scale, (parts[2] ?? 0) * scale, parts[3] ?? 1];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    const mix = (i: 0 | 1 | 2) => (a ? (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a : 0);
    return [mix(0), mix(1), mix(2), a];
  };
  const luminance = ([r, g, b]: Rgba) => {
    const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const hex = (c: Rgba) =>
    `#${c
      .slice(0, 3)
      .map((v) => Math.round(v).toString(16).padStart(2, '0'))
      .join('')}`;
  const parentOf = (e: Element): Element | null =>
    e.parentElement ?? ((e.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  /** The colour under `e`: its and its ancestors' backgrounds down to the first opaque one. */
  const backgroundOf = (e: Element): Rgba | null => {
    const layers: Rgba[] = [];
    for (let at: Element | null = e; at; at = parentOf(at)) {
      const style = getComputedStyle(at);
      if (style.backgroundImage !== 'none') return null; // a gradient or image: not measurable
      const colour = parse(style.backgroundColor);
      if (!colour) return null;
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    return layers.reduceRight<Rgba>((under, layer) => over(layer, under), [255, 255, 255, 1]);
  };
  const ownText = (e: Element) =>
    [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.nodeValue ?? '').trim() !== '');
  const pathOf = (e: Element) => {
    const names: string[] = [];
    for (let at: Element | null = e; at && names.length < 3; at = parentOf(at)) {
      names.unshift(at.tagName.toLowerCase() + [...at.classList].map((c) => `.${c}`).join(''));
    }
    return names.join(' > ');
  };
  const measured = new Set<Element>();
  const ownFailures: Array<{ target: string; impact: string; summary: string }> = [];
  for (const e of root.querySelectorAll('*')) {
    if (contrast.has(e) || !ownText(e) || !e.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
      continue;
    }
    if (!e.getClientRects().length) continue;
    const style = getComputedStyle(e);
    const background = backgroundOf(e);
    const colour = parse(style.color);
    if (!background || !colour) continue;
    measured.add(e);
    const [light, dark] = [luminance(over(colour, background)), luminance(background)].sort((a, b) => b - a) as [
      number,
      number,
    ];
    const ratio = (light + 0.05) / (dark + 0.05);
    const size = Number.parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      ownFailures.push({
        target: pathOf(e),
        impact: 'serious',
        summary: `contrast ${ratio.toFixed(2)} (foreground ${hex(over(colour, background))}, background ${hex(background)}, ${size}px); expected ${large ? 3 : 4.5}:1`,
      });
    }
  }
  const target = (node: AxeNode) =>
    node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(', ');
  const summary = (node: AxeNode) =>
    (node.failureSummary ?? '')
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
      .filter(Boolean)
      .join('; ')
      .slice(0, 240);
  return {
    nodes: seen.size,
    inScope: [...seen].filter((e) => e.getRootNode() === root).length,
    contrastNodes: contrast.size,
    measured: measured.size,
    // An element counts as analysed when its own text or any text inside it was (a reason may
    // sit in a <bdi> inside its <li>).
    missing: covers.filter(
      (selector) =>
        ![...root.querySelectorAll(selector)].some((e) =>
          [e, ...e.querySelectorAll('*')].some((x) => contrast.has(x) || measured.has(x)),
        ),
    ),
    violations: [
      ...result.violations.map((rule) => ({
        id: rule.id,
        impact: rule.impact ?? 'unknown',
        help: rule.help,
        nodes: rule.nodes.map((node) => ({
          target: target(node),
          impact: node.impact ?? rule.impact ?? 'unknown',
          summary: summary(node),
        })),
      })),
      ...(ownFailures.length
        ? [
            {
              id: 'color-contrast-suite',
              impact: 'serious',
              help: 'Text whose contrast axe did not decide (Arabic it skips, the card outside <body>) must meet the ratio too',
              nodes: ownFailures,
            },
          ]
        : []),
    ],
    incomplete: result.incomplete.map((rule) => ({
      id: rule.id,
      nodes: rule.nodes.length,
      why: [
        ...new Set(rule.nodes.map((n) => n.any?.[0]?.data?.messageKey ?? n.any?.[0]?.message?.slice(0, 90) ?? '?')),
      ],
    })),
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  };
}

/** The browser, the fixture server and the pages every row shares (one launch for the file). */
interface Session {
  browser: ChromiumSession;
  server: StaticServer;
  /** An extension page that changes settings and looks up tabs. */
  control: Page;
  /** The article the popup and the panels are pinned to. */
  panelArticle: Page;
  /** The article the card is hovered on (its own tab, so panel clicks never disturb the card). */
  cardArticle: Page;
  panelTab: number;
}

interface Surface {
  id: string;
  /** Whether the page follows the interface language: the row fails if it shows another. */
  followsLanguage: boolean;
  open(s: Session): Promise<Page>;
  /** Resolves once the page shows `language`. */
  show(page: Page, language: Language): Promise<void>;
  analyse(page: Page, language: Language): Promise<Analysis[]>;
}

async function injectAxe(page: Page): Promise<void> {
  // Through the DevTools protocol, which extension pages' CSP (no inline script, no eval) does
  // not apply to; a <script> tag or eval() would be refused there.
  const cdp = await page.context().newCDPSession(page);
  try {
    const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: AXE_SOURCE });
    if (exceptionDetails) throw new Error(`axe-core did not load: ${exceptionDetails.text}`);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function openExtensionPage(s: Session, path: string, ready: () => boolean): Promise<Page> {
  const page = await s.browser.context.newPage();
  await page.goto(`chrome-extension://${s.browser.extensionId}/${path}`);
  await page.waitForFunction(ready, null, { timeout: 15_000, polling: 50 });
  await injectAxe(page);
  return page;
}

/** Polls `read` every 50 ms until `done` holds (ok) or `timeout` ms pass; returns the last value read. */
async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const last = await read();
    if (done(last)) return { ok: true, last };
    if (Date.now() > deadline) return { ok: false, last };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Runs axe in `page` (with axe already injected), with every disclosure open first, as a reader
 * would open them, so the text inside (the verdict's reasons, a source note) is measured too.
 */
async function analyse(page: Page, request: AnalyseRequest): Promise<Analysis> {
  await page.evaluate((scope) => {
    const card = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.rafiq-layer'));
    const root = scope === 'card' ? card?.shadowRoot : document;
    for (const details of root?.querySelectorAll('details') ?? []) details.open = true;
  }, request.scope);
  return page.evaluate(analyseInPage, request);
}

const languageShown = async (page: Page, language: Language, ready: string): Promise<void> => {
  await page.waitForFunction(
    ([lang, selector]) => document.documentElement.lang === lang && !!document.querySelector(selector as string),
    [language, ready],
    { timeout: 10_000, polling: 50 },
  );
};

/** A page of ours: one axe run over the whole document. */
function documentSurface(
  id: string,
  options: { path: (s: Session) => string; ready: string; covers: string[]; prepare?: (page: Page) => Promise<void> },
): Surface {
  return {
    id,
    followsLanguage: true,
    async open(s) {
      const page = await openExtensionPage(s, options.path(s), () => !!document.querySelector('main'));
      await options.prepare?.(page);
      return page;
    },
    show: (page, language) => languageShown(page, language, options.ready),
    async analyse(page) {
      return [await analyse(page, { scope: 'document', tags: WCAG_TAGS, covers: options.covers })];
    },
  };
}

/**
 * A page that comes and goes with the build (options, welcome): a row when the build has it. Its
 * markup is not assumed, so it is ready once it shows text; it must show the interface language.
 */
function builtPageSurface(id: string, path: string): Surface {
  return {
    id,
    followsLanguage: true,
    async open(s) {
      if (!existsSync(join(CHROME_EXTENSION, path))) throw new Error(`the build declares ${path} but has no such file`);
      return openExtensionPage(
        s,
        path,
        () => document.readyState === 'complete' && (document.body?.textContent?.trim().length ?? 0) > 0,
      );
    },
    async show(page, language) {
      await page
        .waitForFunction((lang) => document.documentElement.lang === lang, language, { timeout: 5000, polling: 50 })
        .catch(() => {}); // reported by the row, with the language it did show
    },
    async analyse(page) {
      return [await analyse(page, { scope: 'document', tags: WCAG_TAGS, covers: [] })];
    },
  };
}

/** The first painted mention of `name` brought into view: its centre, for a real hover. */
function firstMention(name: string): { x: number; y: number } | null {
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
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    if (rect?.width) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** The hover card, opened on one mention of each entity type the article has. */
const cardSurface: Surface = {
  id: 'card',
  followsLanguage: true,
  async open(s) {
    await injectAxe(s.cardArticle);
    return s.cardArticle;
  },
  async show(page) {
    await page.bringToFront();
  },
  async analyse(page, language) {
    const types = await page.evaluate(
      (all) => all.filter((type) => (CSS.highlights.get(`rafiq-${type}`)?.size ?? 0) > 0),
      ENTITY_TYPES,
    );
    expect(types.length, 'entity types painted on the sample article').toBeGreaterThanOrEqual(4);
    const analyses: Analysis[] = [];
    for (const type of types) {
      const point = await page.evaluate(firstMention, `rafiq-${type}`);
      if (!point) throw new Error(`no visible mention of type ${type}`);
      await page.mouse.move(1, 1);
      await page.mouse.move(point.x, point.y, { steps: 2 });
      const label = TYPE_LABELS[language][type] ?? type;
      // The card of this mention, in this language, with its explanation loaded.
      const shown = await poll(
        () =>
          page.evaluate(() => {
            const card = [...document.documentElement.children]
              .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
              ?.shadowRoot?.querySelector('.rafiq-card');
            return card
              ? {
                  type: card.querySelector('.rafiq-type')?.textContent ?? '',
                  loaded: !!card.querySelector('.rafiq-source'),
                  dir: (card.closest('.rafiq-layer') as HTMLElement | null)?.dir ?? '',
                }
              : null;
          }),
        (card) => card?.type === label && card.loaded,
      );
      if (!shown.ok) {
        throw new Error(`no ${type} card in ${language} (wanted "${label}", saw ${JSON.stringify(shown.last)})`);
      }
      const analysis = await analyse(page, {
        scope: 'card',
        tags: WCAG_TAGS,
        covers: [
          '.rafiq-type',
          '.rafiq-name bdi',
          '.rafiq-reading',
          '.rafiq-arabic dt',
          '.rafiq-arabic bdi',
          '.rafiq-explanation',
          '.rafiq-source summary',
          '.rafiq-source p',
          '.rafiq-actions button',
        ],
      });
      analyses.push({
        ...analysis,
        // Named by the card's type, so the same element of two cards counts twice in the row.
        violations: analysis.violations.map((v) => ({
          ...v,
          nodes: v.nodes.map((n) => ({ ...n, target: `${type} card: ${n.target}` })),
        })),
        // The card's language is its layer's: the article around it is Arabic whatever the interface.
        lang: language,
        dir: shown.last?.dir ?? '',
      });
      await page.keyboard.press('Escape');
      await page.waitForFunction(
        () =>
          ![...document.documentElement.children]
            .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
            ?.shadowRoot?.querySelector('.rafiq-card'),
        null,
        { timeout: 5000, polling: 50 },
      );
    }
    return analyses;
  },
};

interface Manifest {
  options_ui?: { page?: string };
  options_page?: string;
}

function builtManifest(): Manifest {
  const file = join(CHROME_EXTENSION, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : {};
}

/** Every surface, one row each; options and welcome only when the build has them. */
function surfaces(): Surface[] {
  const list: Surface[] = [
    documentSurface('popup', {
      path: (s) => `popup.html?tab=${s.panelTab}`,
      ready: '.verdict li',
      covers: ['h1', '.verdict li', '.rafiq-toggle button', 'label.rafiq-select', '.shortcuts kbd'],
    }),
    documentSurface('side panel', {
      path: (s) => `sidepanel.html?tab=${s.panelTab}`,
      ready: '[data-entity]',
      covers: ['h1', 'h3', '.count', '.rafiq-reading', '.rafiq-ar', '.verdict li'],
    }),
    documentSurface('side panel, entity opened', {
      path: (s) => `sidepanel.html?tab=${s.panelTab}`,
      ready: '.rafiq-details .rafiq-explanation',
      covers: ['li.active .count', '.rafiq-details .rafiq-explanation', '.rafiq-details .rafiq-source summary'],
      async prepare(page) {
        await page.waitForSelector(`[data-entity="${OPENED_ENTITY}"] button`);
        await page.click(`[data-entity="${OPENED_ENTITY}"] button`);
        await page.waitForSelector('.rafiq-details .rafiq-explanation');
      },
    }),
    cardSurface,
  ];
  const manifest = builtManifest();
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options || existsSync(join(CHROME_EXTENSION, 'options.html'))) {
    list.push(builtPageSurface('options', options ?? 'options.html'));
  }
  if (existsSync(join(CHROME_EXTENSION, 'welcome.html'))) list.push(builtPageSurface('welcome', 'welcome.html'));
  return list;
}

interface Row {
  surface: string;
  language: Language;
  theme: Theme;
  /** Violating nodes by impact. */
  byImpact: Record<(typeof IMPACTS)[number], number>;
  rules: string[];
  nodes: number;
  inScope: number;
  measured: number;
  incomplete: number;
  /** The rules and axe's reasons behind `incomplete`. */
  review: string;
  lang: string;
  ok: boolean;
  error?: string;
}

function tableOf(rows: readonly Row[], seconds: number): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = rows.map((r) =>
    [
      r.surface,
      r.language,
      r.theme,
      ...IMPACTS.map((i) => String(r.byImpact[i])),
      r.rules.join(', ') || '—',
      `${r.nodes}${r.surface === 'card' ? ` (${r.inScope} in card)` : ''}`,
      String(r.measured),
      r.incomplete ? `${r.incomplete} (${r.review})` : '0',
      r.lang,
      r.ok ? 'yes' : `**no**${r.error ? ` (${cell(r.error).slice(0, 160)})` : ''}`,
    ].join(' | '),
  );
  const head = [
    'surface',
    'language',
    'theme',
    ...IMPACTS,
    'rules violated',
    'nodes checked',
    'text measured by the suite',
    'needs review',
    'lang/dir seen',
    'ok',
  ];
  return [
    'Accessibility — chromium (built extension, axe-core, WCAG 2.1 A + AA rules)',
    '',
    'Violations are counted in nodes; a row passes with 0 serious and 0 critical. "nodes checked": distinct',
    'elements axe analysed. "text measured by the suite": visible text elements whose contrast axe did not',
    'decide (it skips shaped Arabic text, taking it for icon ligatures, and cannot see under the card,',
    'whose host is outside <body>), measured by the suite the same way; failures are reported as',
    'color-contrast-suite. "needs review": nodes axe could not decide, with its reasons. The card',
    'rows sum one card per entity type painted on the sample article.',
    '',
    `| ${head.join(' | ')} |`,
    `|${'---|'.repeat(head.length)}`,
    ...lines.map((line) => `| ${line} |`),
    '',
    `${rows.length} rows in ${seconds.toFixed(1)} s.`,
  ].join('\n');
}

function describeViolations(violations: readonly Violation[]): string {
  return violations
    .flatMap((v) => [
      `  ${v.id} (${v.impact}): ${v.help}`,
      ...v.nodes.slice(0, 8).map((n) => `    - [${n.impact}] ${n.target}${n.summary ? ` — ${n.summary}` : ''}`),
      ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : []),
    ])
    .join('\n');
}

/** Every rule that fired, merged over the analyses of one row (the card has one per type). */
function merged(analyses: readonly Analysis[]): Violation[] {
  const byRule = new Map<string, Violation>();
  for (const analysis of analyses) {
    for (const v of analysis.violations) {
      const known = byRule.get(v.id);
      if (known) known.nodes.push(...v.nodes.filter((n) => !known.nodes.some((k) => k.target === n.target)));
      else byRule.set(v.id, { ...v, nodes: [...v.nodes] });
    }
  }
  return [...byRule.values()];
}

export function a11ySuite(): void {
  let s: Session | undefined;
  const started = Date.now();
  const rows: Row[] = [];
  const opened = new Map<string, Promise<Page>>();
  let language: Language | null = null;

  beforeAll(async () => {
    const server = await serveFolders(FOLDERS);
    const browser = await launchChromium();
    const context = browser.context;
    const control = await context.newPage();
    await control.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
    await control.waitForFunction(() => !!document.querySelector('main'));
    // Both glossary languages, so the Chinese names, pinyin and both explanations are all drawn;
    // the card's root open (the developer switch), so axe can audit inside it.
    await control.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
      ).chrome.storage.sync.set({ glossaryLanguage: 'both', inspectable: true }),
    );
    const article = async (tag: string) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}${SAMPLE}?for=${tag}`);
      await page.waitForFunction(hasHighlights, null, { timeout: 15_000, polling: 50 });
      return page;
    };
    const panelArticle = await article('panel');
    const cardArticle = await article('card');
    const panelTab = await control.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      panelArticle.url(),
    );
    if (typeof panelTab !== 'number') throw new Error('the article tab was not found');
    s = { browser, server, control, panelArticle, cardArticle, panelTab };
  });

  afterAll(async () => {
    const table = tableOf(rows, (Date.now() - started) / 1000);
    console.log(`\n${table}\n`);
    await mkdir(ARTIFACTS, { recursive: true }).catch(() => {});
    await writeFile(join(ARTIFACTS, '..', 'a11y-chromium.md'), `${table}\n`).catch(() => {});
    await s?.browser.close();
    await s?.server.close();
  });

  const useLanguage = async (session: Session, wanted: Language) => {
    if (language === wanted) return;
    await session.control.evaluate(
      (value) =>
        (
          globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
        ).chrome.storage.sync.set({ uiLanguage: value }),
      wanted,
    );
    language = wanted;
  };

  const rowsOf = surfaces();
  for (const wanted of LANGUAGES) {
    for (const surface of rowsOf) {
      for (const theme of THEMES) {
        it(`${surface.id} · ${wanted} · ${theme}: no serious or critical violation`, async () => {
          const row: Row = {
            surface: surface.id,
            language: wanted,
            theme,
            byImpact: { critical: 0, serious: 0, moderate: 0, minor: 0 },
            rules: [],
            nodes: 0,
            inScope: 0,
            measured: 0,
            incomplete: 0,
            review: '',
            lang: '',
            ok: false,
          };
          rows.push(row);
          try {
            if (!s) throw new Error('the browser did not start');
            const session = s;
            let pending = opened.get(surface.id);
            if (!pending) {
              pending = surface.open(session);
              opened.set(surface.id, pending);
            }
            const page = await pending;
            screenshotOnFailure(`a11y-${surface.id.replace(/\W+/g, '-')}-${wanted}-${theme}`, (file) =>
              page.screenshot({ path: file, fullPage: true }),
            );
            await useLanguage(session, wanted);
            await surface.show(page, wanted);
            await page.emulateMedia({ colorScheme: theme });
            const analyses = await surface.analyse(page, wanted);
            const violations = merged(analyses);
            for (const v of violations) for (const n of v.nodes) row.byImpact[n.impact as 'minor'] += 1;
            row.rules = violations.map((v) => `${v.id} (${v.impact})`);
            row.nodes = analyses.reduce((sum, a) => sum + a.nodes, 0);
            row.inScope = analyses.reduce((sum, a) => sum + a.inScope, 0);
            row.incomplete = analyses.reduce((sum, a) => sum + a.incomplete.reduce((n, i) => n + i.nodes, 0), 0);
            const reasons = new Map<string, Set<string>>();
            for (const i of analyses.flatMap((a) => a.incomplete)) {
              const known = reasons.get(i.id) ?? new Set<string>();
              for (const why of i.why) known.add(why.slice(0, 48));
              reasons.set(i.id, known);
            }
            row.review = [...reasons].map(([id, why]) => `${id}: ${[...why].join(' / ')}`).join('; ');
            row.lang = [...new Set(analyses.map((a) => `${a.lang || '—'}/${a.dir || '—'}`))].join(' ');

            row.measured = analyses.reduce((sum, a) => sum + a.measured, 0);

            const blocking = violations
              .map((v) => ({ ...v, nodes: v.nodes.filter((n) => BLOCKING.has(n.impact)) }))
              .filter((v) => v.nodes.length > 0);
            const rest = violations.filter((v) => !blocking.some((b) => b.id === v.id));
            if (rest.length) console.info(`${surface.id} · ${wanted} · ${theme}, minor:\n${describeViolations(rest)}`);
            // What the row is about must have been analysed, its text in particular: a row cannot
            // pass by measuring an empty page, a page in the wrong language, or a card axe never entered.
            const problems = [
              ...blocking.map((v) => `${v.id} (${v.impact})`),
              ...analyses.flatMap((a) => [
                ...(a.nodes > 5 ? [] : [`only ${a.nodes} elements analysed`]),
                ...(a.contrastNodes + a.measured > 0 ? [] : ['no contrast was analysed']),
                ...a.missing.map((selector) => `contrast of ${selector} never analysed`),
                ...(surface.id !== 'card' || a.inScope > 10 ? [] : [`only ${a.inScope} elements analysed in the card`]),
                ...(!surface.followsLanguage || a.lang === wanted ? [] : [`shown in "${a.lang}", not ${wanted}`]),
              ]),
            ];
            expect(
              [...new Set(problems)],
              `${surface.id} · ${wanted} · ${theme}:\n${describeViolations(blocking)}`,
            ).toEqual([]);
            row.ok = true;
          } catch (error) {
            row.error =
              error instanceof Error && 'actual' in error ? String(error.actual) : String(error).split('\n')[0];
            throw error;
          }
        });
      }
    }
  }
}
