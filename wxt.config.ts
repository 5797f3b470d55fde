import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { buildGlossary } from './glossary/build';
import { type FrancData, francDataFor } from './lib/detect/franc-data';
import { FRANC_CODES } from './lib/detect/language';
import { packLabels } from './lib/pack-labels';

/** Firefox needs a stable id for storage, `web-ext lint` and the e2e tests' fixed UUID. */
export const GECKO_ID = 'rafiq@reading-companion';

/**
 * Compiles the bundled packs at build time into three modules: the matcher's tables and the
 * explanations (both for the background, which hands the tables to each annotator and panel, or
 * compiles them again beside a reader's term base: glossary/runtime.ts), and the words the packs'
 * verdicts are said with (for the popup and the panel).
 */
function glossaryModules(): Plugin {
  const ids = {
    index: 'virtual:rafiq-glossary',
    details: 'virtual:rafiq-glossary-details',
    packs: 'virtual:rafiq-packs',
  } as const;
  const known = new Set<string>(Object.values(ids));
  return {
    name: 'rafiq-glossary',
    resolveId(id) {
      return known.has(id) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith('\0') || !known.has(id.slice(1))) return null;
      const { index, details } = buildGlossary();
      const value = id === `\0${ids.index}` ? index : id === `\0${ids.details}` ? details : packLabels(index);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}

/** Rafiq's mark, rendered from assets/icon.svg by scripts/make-icons.ts. */
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `icon/${size}.png`]));

/** Where builds go: `.output`, or another folder so two builds can run side by side. */
export const OUT_DIR = process.env.RAFIQ_OUT_DIR || '.output';

/**
 * franc-min's trigram data, cut down to the languages Rafiq lets franc choose (see
 * lib/detect/franc-data.ts): the same answers, a fraction of the start-up work on every Arabic
 * page. Node (the CLI, the tests, the accuracy report) keeps franc's whole data.
 */
function francLanguages(): Plugin {
  return {
    name: 'rafiq-franc-languages',
    enforce: 'pre',
    async load(id) {
      if (!/[\\/]franc-min[\\/]data\.js$/.test(id)) return null;
      const { data } = (await import('franc-min/data.js')) as { data: FrancData };
      const kept = francDataFor(data, Object.keys(FRANC_CODES));
      return `export const data = JSON.parse(${JSON.stringify(JSON.stringify(kept))});`;
    },
  };
}

export default defineConfig({
  imports: false,
  outDir: OUT_DIR,
  vite: () => ({ plugins: [preact(), glossaryModules(), francLanguages()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The annotator is injected with `scripting.executeScript` into the frames the probe picks.
    host_permissions: ['<all_urls>'],
    icons: ICONS,
    action: {
      default_title: '__MSG_extName__',
      default_icon: ICONS,
      // Firefox draws `dark` on light toolbars and `light` on dark ones; Chrome has no such key.
      ...(browser === 'firefox'
        ? { theme_icons: [16, 32].map((size) => ({ size, dark: `icon/${size}.png`, light: `icon/light-${size}.png` })) }
        : {}),
    },
    // The probe, declared by hand (an unlisted script: see entrypoints/probe): in every frame, at
    // document_start so its input listeners come before the page's, and in frames without an
    // address of their own (about:blank, srcdoc, blob:) that a page writes its article into.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['probe.js'],
        run_at: 'document_start',
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
      },
    ],
    // Chrome lets an extension suggest at most four shortcuts (the fifth is set by the user) and
    // silently drops some Alt+Shift letters (N, P, R), so these keys were checked in Chromium.
    commands: {
      'toggle-language': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggleLanguage__',
      },
      'toggle-rafiq': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandToggleRafiq__' },
      'next-entity': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextEntity__' },
      'previous-entity': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousEntity__',
      },
      'open-panel': { description: '__MSG_commandOpenPanel__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
});
