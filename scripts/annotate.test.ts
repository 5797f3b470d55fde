import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { reasonRenderer } from '../components/reason-text';
import { detectLanguage } from '../lib/detect/language';
import { readDocument } from './annotate';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, 'annotate.ts');
const TSX = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
const HTML = join(import.meta.dirname, 'fixtures', 'short-article.html');

async function annotate(...args: string[]) {
  return run(TSX, [CLI, ...args], { encoding: 'utf8' });
}

// Each test starts the CLI in a process of its own (tsx compiling it first): seconds on a busy machine.
describe('npm run annotate', { timeout: 30_000 }, () => {
  it('prints the documented shape for a .txt file, offsets as UTF-16 slices of the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rafiq-annotate-'));
    const file = join(dir, 'a.txt');
    const text = '🇨🇳 قال الرئيس الصيني شي جين بينغ إن الصين ودول آسيا الوسطى شركاء. وأضاف شي أن القمة ناجحة.';
    await writeFile(file, text);
    const { stdout } = await annotate(file);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['file', 'language', 'topic', 'packs', 'mentions', 'entities']);
    expect(report.file).toBe(file);
    expect(Object.keys(report.language)).toEqual(['code', 'isArabic', 'reasons']);
    expect(report.language.isArabic).toBe(true);
    expect(Object.keys(report.topic)).toEqual(['level', 'score', 'reasons']);
    // Reasons are printed as English sentences, the same the extension shows in English.
    expect(report.language.reasons).toEqual(detectLanguage(text).reasons.map(reasonRenderer('en')));
    expect(report.topic.reasons.length).toBeGreaterThan(0);
    for (const reason of report.topic.reasons) expect(reason).toMatch(/^[A-Z].* [a-z]+/);
    expect(['summit', 'related', 'none']).toContain(report.topic.level);
    // One verdict per pack with a profile; the first is the China–Central Asia pack's, which is `topic`.
    expect(report.packs.map((p: { id: string }) => p.id)[0]).toBe('china-central-asia');
    expect(report.packs[0]).toEqual({ id: 'china-central-asia', ...report.topic });
    for (const verdict of report.packs) {
      expect(Object.keys(verdict)).toEqual(['id', 'level', 'score', 'reasons']);
      for (const reason of verdict.reasons) expect(reason).toMatch(/^[A-Z].* [a-z]+/);
    }
    for (const m of report.mentions) {
      expect(Object.keys(m)).toEqual(['id', 'pack', 'start', 'end', 'text']);
      expect(m.pack).toBe('china-central-asia');
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(report.mentions.map((m: { id: string }) => m.id)).toEqual([
      'china',
      'xi-jinping',
      'china',
      'central-asia',
      'xi-jinping',
    ]);
    expect(report.entities).toEqual([
      { id: 'china', type: 'country', en: 'China', zh: '中国', count: 2 },
      { id: 'xi-jinping', type: 'person', en: 'Xi Jinping', zh: '习近平', count: 2 },
      { id: 'central-asia', type: 'place', en: 'Central Asia', zh: '中亚', count: 1 },
    ]);
  });

  it('reads .html as the body text nodes in DOM order, without scripts, styles or noscript', async () => {
    const { stdout } = await annotate(HTML);
    const report = JSON.parse(stdout);
    const read = readDocument(await readFile(HTML, 'utf8'), 'html');
    for (const m of report.mentions) expect(read.text.slice(m.start, m.end)).toBe(m.text);
    expect(report.mentions.map((m: { text: string }) => m.text)).toEqual([
      'الصين',
      'شي جين بينغ',
      'الكازاخي',
      'بكين',
      'كازاخستان',
    ]);
    expect(read.text).not.toContain('var x');
    expect(read.text).not.toContain('أستانا');
  });

  it('prints one JSON array with --json', async () => {
    const { stdout } = await annotate('--json', HTML, HTML);
    const reports = JSON.parse(stdout);
    expect(Array.isArray(reports)).toBe(true);
    expect(reports).toHaveLength(2);
  });

  it('reports a missing or unsupported file on stderr and exits 1, still printing the others', async () => {
    const error = await annotate('/nonexistent/file.txt', 'README.md', HTML).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('/nonexistent/file.txt: ENOENT');
    expect(error.stderr).toContain('README.md: not a .txt or .html file');
    expect(JSON.parse(error.stdout).file).toBe(HTML);
  });

  it('writes a report of several megabytes whole into a pipe (no cut at the pipe buffer)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rafiq-annotate-'));
    const sentence = 'قال الرئيس الصيني شي جين بينغ إن الصين ودول آسيا الوسطى شركاء.\n';
    const files = await Promise.all(
      [0, 1, 2].map(async (i) => {
        const file = join(dir, `long-${i}.txt`);
        await writeFile(file, sentence.repeat(8000));
        return file;
      }),
    );
    const out = join(dir, 'report.json');
    // A real shell pipe into a second process, as a maintainer's `| jq .` would be.
    await run('sh', ['-c', `"$0" "$1" --json "$2" "$3" "$4" | cat > "$5"`, TSX, CLI, ...files, out]);
    const text = await readFile(out, 'utf8');
    expect(text.length).toBeGreaterThan(4_000_000);
    const reports = JSON.parse(text);
    expect(reports).toHaveLength(3);
    for (const r of reports) expect(r.mentions).toHaveLength(8000 * 4);
  }, 60_000);

  it('explains its usage when given no file', async () => {
    const error = await annotate().catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('usage: npm run annotate');
  });
});
