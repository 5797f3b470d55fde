/**
 * npx tsx scripts/profile-load.ts — where the built extension's own JavaScript spends a page load
 * in Chromium: V8's sampling profiler (100 µs) over fresh loads of an Arabic page, self time summed
 * per function of the extension's scripts (the annotator and the probe), per load. A microscope
 * for finding what to cut, not the benchmark: the profiler slows what it samples and sees only
 * JavaScript frames (layout, style and the browser's own work are `npm run bench:page`'s). Compare
 * two builds by running it on each, alternating (RAFIQ_OUT_DIR=<build>). Function names are the
 * bundle's (minified); the position finds them in `annotator.js`.
 *
 * PROFILE_PAGE_CHARS (default 10000: about the seed report alone), PROFILE_RUNS (8), PROFILE_TOP (30);
 * PROFILE_HTML=FILE profiles that page instead (a hostile suite's case written out, a saved page).
 */

import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/browsers';
import { serveFolders } from '../e2e/server';
import { arabicBody, arabicPage, textLength } from './bench/pages';
import { sleep } from './bench/stats';

const CHARS = Number(process.env.PROFILE_PAGE_CHARS ?? 10_000);
const RUNS = Number(process.env.PROFILE_RUNS ?? 8);
const TOP = Number(process.env.PROFILE_TOP ?? 30);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'rafiq-profile-'));
  const html = process.env.PROFILE_HTML;
  const body = html ? null : await arabicBody(CHARS);
  if (html) await copyFile(html, join(dir, 'page.html'));
  else await writeFile(join(dir, 'page.html'), arabicPage(body ?? ''));
  const server = await serveFolders({ profile: dir });
  const session = await launchChromium();
  const self = new Map<string, number>();
  let total = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(`${server.origin}/profile/page.html`);
      await sleep(3000);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
      // A sample's time is the gap to the next one.
      profile.samples.forEach((id, i) => {
        const frame = nodes.get(id)?.callFrame;
        if (!frame?.url.startsWith('chrome-extension://')) return;
        const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const file = frame.url.slice(frame.url.lastIndexOf('/') + 1);
        const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + ms);
        total += ms;
      });
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(
    `extension JavaScript, self time per load (sampled, ${RUNS} loads of ${body === null ? html : `${Math.round(textLength(body) / 1000)} K characters`}): ${(total / RUNS).toFixed(1)} ms`,
  );
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`${(ms / RUNS).toFixed(2).padStart(8)} ms  ${key}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
