/**
 * npx tsx scripts/longest-tasks.ts — what runs in the longest main-thread tasks of a page load
 * with the built extension in Chromium: one CDP trace (every task, the same recording
 * `npm run bench:page` takes) of an Arabic page of LONGEST_PAGE_CHARS characters (default 1 M),
 * then, for the LONGEST_TOP (4) tasks that ran extension script, longest first by their time
 * besides layout: the task, its layout, and the functions the trace's CPU samples found in it
 * (minified names, with their place in the bundle). A microscope for "every task under 16 ms":
 * the sampler slows what it samples, so the durations to claim come from `bench:page`. Run it on
 * two builds (RAFIQ_OUT_DIR=<build>), alternating. LONGEST_HTML=FILE traces that page instead (a
 * hostile suite's case written out, a saved page). Garbage collection inside each task is shown
 * apart: a long step can be the collector's, not the step's own work.
 */

import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/browsers';
import { serveFolders } from '../e2e/server';
import { commitTime, pageMainThread, record, type TraceEvent, tasksOf } from './bench/chromium-trace';
import { arabicBody, arabicPage } from './bench/pages';

const CHARS = Number(process.env.LONGEST_PAGE_CHARS ?? 1_000_000);
const TOP = Number(process.env.LONGEST_TOP ?? 4);

interface ChunkData {
  cpuProfile?: {
    nodes?: Array<{
      id: number;
      callFrame: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number };
    }>;
    samples?: number[];
  };
  timeDeltas?: number[];
}

/** Every CPU sample of the thread's profile: its time (trace clock, µs) and its function. */
function samplesOf(events: readonly TraceEvent[], pid: number, tid: number): Array<{ ts: number; fn: string }> {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const names = new Map<number, string>();
  const out: Array<{ ts: number; fn: string }> = [];
  let t = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== profile.id) continue;
    const data = chunk.args?.data as ChunkData;
    for (const { id, callFrame: f } of data.cpuProfile?.nodes ?? []) {
      const file = (f.url ?? '').slice((f.url ?? '').lastIndexOf('/') + 1);
      names.set(
        id,
        `${f.functionName || '(anonymous)'}${file ? ` ${file}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}` : ''}`,
      );
    }
    const samples = data.cpuProfile?.samples ?? [];
    samples.forEach((id, i) => {
      t += data.timeDeltas?.[i] ?? 0;
      out.push({ ts: t, fn: names.get(id) ?? '?' });
    });
  }
  return out;
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'rafiq-longest-'));
  const html = process.env.LONGEST_HTML;
  if (html) await copyFile(html, join(dir, 'page.html'));
  else await writeFile(join(dir, 'page.html'), arabicPage(await arabicBody(CHARS)));
  const server = await serveFolders({ longest: dir });
  const session = await launchChromium();
  try {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    const url = `${server.origin}/longest/page.html`;
    const events = await record(cdp, () => cdp.send('Page.navigate', { url }), 5000);
    const path = new URL(url).pathname;
    const thread = pageMainThread(events, path);
    const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
    const samples = samplesOf(events, thread.pid, thread.tid);
    const ms = (us: number) => (us / 1000).toFixed(1);
    const tasks = tasksOf(events, thread, commitTime(events, path))
      .filter((t) => t.extension)
      .map((t) => {
        const inside = (e: TraceEvent) => e.ts >= t.ts && e.ts < t.ts + t.dur;
        const layout = own.filter((e) => e.name === 'Layout' && inside(e)).reduce((a, e) => a + (e.dur ?? 0), 0);
        // The collectors' own slices (V8's and Blink's): MinorGC, MajorGC, BlinkGC.*; not nested ones.
        const gc = own
          .filter((e) => (e.name === 'MinorGC' || e.name === 'MajorGC' || e.name.startsWith('BlinkGC.')) && inside(e))
          .reduce((a, e) => a + (e.dur ?? 0), 0);
        return { task: t, layout, gc, besides: t.dur - layout };
      })
      .sort((a, b) => b.besides - a.besides);
    console.log(`${tasks.length} tasks ran extension script; the longest besides layout:`);
    for (const { task, layout, gc, besides } of tasks.slice(0, TOP)) {
      const counts = new Map<string, number>();
      const inTask = samples.filter((s) => s.ts >= task.ts && s.ts <= task.ts + task.dur);
      for (const s of inTask) counts.set(s.fn, (counts.get(s.fn) ?? 0) + 1);
      const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8);
      console.log(
        `  ${ms(besides)} ms besides layout (${ms(task.dur)} ms, layout ${ms(layout)} ms, garbage collection ${ms(gc)} ms), ${inTask.length} samples:`,
      );
      for (const [fn, n] of top) console.log(`    ${String(n).padStart(5)}  ${fn}`);
    }
    await page.close();
  } finally {
    await session.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
