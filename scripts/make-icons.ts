/**
 * npx tsx scripts/make-icons.ts — renders Rafiq's mark (assets/icon.svg) to the PNGs the manifest
 * declares, public/icon/<size>.png, and the light variant for dark toolbars (assets/icon-light.svg,
 * Firefox's theme_icons) to public/icon/light-<size>.png. Rasterised by the installed Chromium, so
 * the icons look as the browser draws the SVG; run it again after changing an SVG.
 */

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const REPO = join(import.meta.dirname, '..');
const OUT = join(REPO, 'public', 'icon');

/** Every size the manifest's `icons` and `action.default_icon` list. */
const ICON_SIZES = [16, 32, 48, 96, 128] as const;
/** Toolbar sizes only (1× and 2×): theme icons are drawn nowhere else. */
const THEME_ICON_SIZES = [16, 32] as const;

const JOBS = [
  { svg: 'icon.svg', name: (size: number) => `${size}.png`, sizes: ICON_SIZES },
  { svg: 'icon-light.svg', name: (size: number) => `light-${size}.png`, sizes: THEME_ICON_SIZES },
];

async function main() {
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    for (const job of JOBS) {
      const svg = await readFile(join(REPO, 'assets', job.svg));
      const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
      for (const size of job.sizes) {
        // One CSS pixel per device pixel, so a 16 px icon is drawn on 16 pixels, not scaled down.
        const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
        await page.setContent(
          `<html style="background:transparent"><body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
        );
        await page.waitForFunction(() => document.images[0]?.complete && document.images[0].naturalWidth > 0);
        const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
        await page.close();
        const file = join(OUT, job.name(size));
        await writeFile(file, png);
        console.log(`${job.svg} → public/icon/${job.name(size)} (${png.length} bytes)`);
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
