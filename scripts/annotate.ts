/**
 * npm run annotate -- [--json] FILE...
 *
 * Runs Rafiq's own detection and matching (the code the content script runs) on .txt and .html
 * files and prints one JSON object per file: language, topic (their reasons as English sentences,
 * from the extension's own strings), mentions (UTF-16 offsets into the text Rafiq read) and
 * entities. With --json the output is one JSON array instead of one object per line, for tools
 * that want a single document.
 */

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { reasonRenderer } from '../components/reason-text';
import { buildGlossary } from '../glossary/build';
import { Annotator, toReport } from '../lib/annotate';
import { packLabels } from '../lib/pack-labels';
import { collectPageText } from '../page/page-text';

export interface ReadText {
  text: string;
  breaks: number[];
  lang: string | null;
}

/** What Rafiq reads from a file: a .txt as is; an .html's body text nodes in DOM order. */
export function readDocument(source: string, kind: 'txt' | 'html'): ReadText {
  if (kind === 'txt') return { text: source, breaks: [], lang: null };
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    window.document.write(source);
    const body = window.document.body as unknown as Node;
    const page = collectPageText(body);
    return { text: page.text, breaks: page.breaks, lang: window.document.documentElement.getAttribute('lang') };
  } finally {
    void window.happyDOM.close();
  }
}

export function kindOf(file: string): 'txt' | 'html' | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.txt') return 'txt';
  if (ext === '.html' || ext === '.htm') return 'html';
  return null;
}

async function main(argv: string[]): Promise<number> {
  const asArray = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0 || argv.includes('--help')) {
    process.stderr.write('usage: npm run annotate -- [--json] FILE.txt|FILE.html ...\n');
    return files.length === 0 ? 2 : 0;
  }
  const { index } = buildGlossary();
  const annotator = new Annotator(index);
  const labels = packLabels(index);
  const say = reasonRenderer('en', labels[0]);
  const sayFor = new Map(labels.map((pack) => [pack.id, reasonRenderer('en', pack)]));
  const reports: unknown[] = [];
  let failed = 0;
  for (const file of files) {
    const kind = kindOf(file);
    if (!kind) {
      process.stderr.write(`${file}: not a .txt or .html file\n`);
      failed++;
      continue;
    }
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (error) {
      process.stderr.write(`${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      failed++;
      continue;
    }
    const read = readDocument(source, kind);
    const annotation = annotator.annotate({ text: read.text, breaks: read.breaks, lang: read.lang });
    const report = toReport(file, read.text, annotation, index);
    // Keys and their order stay as documented; only the reasons become sentences.
    const printed = {
      ...report,
      language: { ...report.language, reasons: report.language.reasons.map(say) },
      topic: { ...report.topic, reasons: report.topic.reasons.map(say) },
      packs: report.packs.map((verdict) => ({
        ...verdict,
        reasons: verdict.reasons.map(sayFor.get(verdict.id) ?? say),
      })),
    };
    if (asArray) reports.push(printed);
    else process.stdout.write(`${JSON.stringify(printed)}\n`);
  }
  if (asArray) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // A reader that stops early (`| head`) closes the pipe: that ends the report, not with a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exitCode = 0;
  });
  // No process.exit(): into a pipe, standard output is written asynchronously, and exiting at once
  // would cut the report at the pipe's buffer (64–128 KiB). Setting the code lets it drain first.
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
