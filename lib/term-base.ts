/**
 * The reader's own term base: a CSV file or a TBX file (ISO 30042, the TermBase eXchange format
 * translators' tools export; the basic dialect, TBX 2 `termEntry`/`langSet`/`tig` or TBX 3
 * `conceptEntry`/`langSec`/`termSec`) read into a glossary pack, and written back. Every entry is
 * checked with the pack schema (`glossary/pack.ts`); a file with any bad entry is refused whole,
 * with one line per problem (where, which field, why), so nothing is ever half-imported.
 *
 * Pure: the TBX reader takes the XML already parsed (a `Document` from `DOMParser`, in the options
 * page or happy-dom), so the tests and the extension run the same code.
 */

import * as v from 'valibot';
import { ENTITY_TYPES, EntrySchema, type GlossaryEntry, PACK_FORMAT, type Pack, parsePack } from '../glossary/pack';
import { cell } from './export';

/** The id of the reader's own pack: one per reader, replaced whole by each import. */
export const USER_PACK_ID = 'user';

/** The CSV columns, in order; `arabic` and one of `english` / `chinese` are required. */
export const CSV_COLUMNS = [
  'id',
  'type',
  'arabic',
  'variants',
  'short',
  'english',
  'chinese',
  'pinyin',
  'explanation_en',
  'explanation_zh',
  'note',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/**
 * What can be wrong with a term base, as a code the options page says in the reader's language
 * (`params` fill it in); `invalid` is anything else the schema refuses (its own words stay in
 * `message`, for the logs and the tests; the reader is told the field and that it is refused).
 */
export type ProblemCode =
  | 'arabic-required'
  | 'name-required'
  | 'type'
  | 'duplicate-id'
  | 'diacritics'
  | 'spaces'
  | 'kebab'
  | 'empty-text'
  | 'too-long'
  | 'unknown-column'
  | 'missing-column'
  | 'name-column-required'
  | 'extra-cells'
  | 'no-entries'
  | 'too-many'
  | 'too-large'
  | 'empty-file'
  | 'not-xml'
  | 'not-tbx'
  | 'invalid';

/**
 * Where a problem is (a CSV line, 1 being the header; or a TBX entry's position, from 1; 0 for
 * the whole file), which field, and why: a code with its parameters, and the same in English.
 */
export interface ImportProblem {
  line: number;
  field: string;
  code: ProblemCode;
  params?: Record<string, string | number>;
  message: string;
}

const problem = (
  line: number,
  field: string,
  code: ProblemCode,
  message: string,
  params?: Record<string, string | number>,
): ImportProblem => ({ line, field, code, ...(params ? { params } : {}), message });

/** The pack schema's own messages (glossary/pack.ts), as codes. */
function codeOf(message: string): ProblemCode {
  if (/diacritics/.test(message)) return 'diacritics';
  if (/spaces/.test(message)) return 'spaces';
  if (/kebab/.test(message)) return 'kebab';
  if (/must not be empty/.test(message)) return 'empty-text';
  if (/length/i.test(message)) return 'too-long';
  return 'invalid';
}

export type ImportResult = { ok: true; pack: Pack } | { ok: false; problems: ImportProblem[] };

/** Largest file Rafiq reads, and most entries: a term base for reading, not a dictionary. */
export const IMPORT_LIMITS = { bytes: 1_000_000, entries: 2000 } as const;

/** Several forms in one cell, separated by `|`. */
const LIST_SEPARATOR = '|';

/** A row of cells as a reader's spreadsheet writes it; every value trimmed. */
interface Row {
  line: number;
  cells: Partial<Record<Column, string>>;
}

/** RFC 4180 records: quoted cells may hold commas, quotes (doubled) and line breaks. */
export function csvRecords(text: string): Array<{ line: number; cells: string[] }> {
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const body = text.replace(/^\ufeff/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((x) => x.trim() !== '')) records.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((x) => x.trim() !== '')) records.push({ line: start, cells });
  return records;
}

/** A kebab-case id from a name (Latin letters and digits), or from the row's position. */
function idFrom(name: string | undefined, at: number): string {
  const base = (name ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `user-${base || at}`;
}

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(LIST_SEPARATOR)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

interface Draft {
  line: number;
  id?: string;
  type?: string;
  arabic: string[];
  short: string[];
  names: Record<string, string>;
  pinyin?: string;
  explanations: Record<string, string>;
  note?: string;
}

/** A draft (from either format) as a pack entry, or its problems. */
function toEntry(d: Draft, at: number): { entry?: GlossaryEntry; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const say = (field: string, code: ProblemCode, message: string, params?: Record<string, string>) =>
    problems.push(problem(d.line, field, code, message, params));
  const [canonical, ...variants] = d.arabic;
  if (!canonical) say('arabic', 'arabic-required', 'an Arabic form is required');
  const names = Object.fromEntries(Object.entries(d.names).filter(([, n]) => n));
  if (!names.en && !names.zh) say('english', 'name-required', 'an English or a Chinese name is required');
  const type = d.type ? d.type.toLowerCase() : 'organization';
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
    say('type', 'type', `must be one of ${ENTITY_TYPES.join(', ')}`, { types: ENTITY_TYPES.join(', ') });
  }
  if (problems.length) return { problems };
  // A reader's entry may have its explanation in one language: the card shows it in both.
  const en = d.explanations.en || d.explanations.zh || names.en || names.zh || '';
  const zh = d.explanations.zh || d.explanations.en || names.zh || names.en || '';
  const raw = {
    id: d.id || idFrom(names.en ?? d.pinyin, at),
    type,
    ar: {
      canonical,
      ...(variants.length ? { variants } : {}),
      ...(d.short.length ? { short: d.short } : {}),
    },
    name: { en: names.en ?? names.zh, zh: names.zh ?? names.en },
    ...(d.pinyin ? { reading: { zh: d.pinyin } } : {}),
    explanation: { en, zh },
    source: { note: d.note || 'The reader’s own term base.' },
  };
  const parsed = v.safeParse(EntrySchema, raw);
  if (parsed.success) return { entry: parsed.output, problems };
  for (const issue of parsed.issues) {
    const path = (issue.path ?? []).map((p) => String(p.key));
    say(fieldOf(path), codeOf(issue.message), issue.message);
  }
  return { problems };
}

/** The CSV column (or TBX element) a schema path comes from. */
function fieldOf(path: string[]): string {
  const [head, sub] = path;
  if (head === 'ar') return sub === 'canonical' || sub === 'variants' ? 'arabic' : (sub ?? 'arabic');
  if (head === 'name') return sub === 'zh' ? 'chinese' : 'english';
  if (head === 'explanation') return sub === 'zh' ? 'explanation_zh' : 'explanation_en';
  if (head === 'reading') return 'pinyin';
  if (head === 'source') return 'note';
  return head ?? '';
}

/** The drafts as the reader's pack, or every problem; ids must be unique within the file. */
function packOf(drafts: Draft[], problems: ImportProblem[]): ImportResult {
  if (drafts.length > IMPORT_LIMITS.entries) {
    const max = IMPORT_LIMITS.entries;
    problems.push(problem(0, '', 'too-many', `more than ${max} entries`, { max }));
  }
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, number>();
  drafts.forEach((d, i) => {
    const { entry, problems: own } = toEntry(d, i + 1);
    problems.push(...own);
    if (!entry) return;
    const first = seen.get(entry.id);
    if (first !== undefined) {
      const params = { id: entry.id, line: first };
      problems.push(
        problem(d.line, 'id', 'duplicate-id', `"${entry.id}" is already the id of the entry at ${first}`, params),
      );
      return;
    }
    seen.set(entry.id, d.line);
    entries.push(entry);
  });
  if (!drafts.length) problems.push(problem(0, '', 'no-entries', 'the file has no entries'));
  if (problems.length) return { ok: false, problems };
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const result = parsePack({
    format: PACK_FORMAT,
    id: USER_PACK_ID,
    version: today(),
    title: { en: 'My terms', zh: '我的术语', ar: 'مصطلحاتي' },
    languages: ['en', 'zh'],
    sources: ['The reader’s own term base.'],
    entries,
  });
  if (result.ok) return { ok: true, pack: result.pack };
  return { ok: false, problems: result.issues.map((i) => problem(0, i.path, codeOf(i.message), i.message)) };
}

function today(): string {
  const d = new Date();
  return `${d.getUTCFullYear()}.${d.getUTCMonth() + 1}.${d.getUTCDate()}`;
}

/** Reads a CSV term base (columns: `CSV_COLUMNS`, a header row first, any order). */
export function importCsv(text: string): ImportResult {
  if (text.length > IMPORT_LIMITS.bytes) {
    return { ok: false, problems: [problem(0, '', 'too-large', 'the file is larger than 1 MB')] };
  }
  const [header, ...records] = csvRecords(text);
  if (!header) return { ok: false, problems: [problem(1, '', 'empty-file', 'the file is empty')] };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const problems: ImportProblem[] = [];
  for (const name of names) {
    if (name && !(CSV_COLUMNS as readonly string[]).includes(name)) {
      const columns = CSV_COLUMNS.join(', ');
      problems.push(problem(1, name, 'unknown-column', `unknown column (the columns are ${columns})`, { columns }));
    }
  }
  if (!names.includes('arabic')) problems.push(problem(1, 'arabic', 'missing-column', 'the column is missing'));
  if (!names.includes('english') && !names.includes('chinese')) {
    problems.push(problem(1, 'english', 'name-column-required', 'an english or a chinese column is required'));
  }
  if (problems.length) return { ok: false, problems };
  const rows: Row[] = records.map((r) => ({
    line: r.line,
    cells: Object.fromEntries(names.map((n, i) => [n, (r.cells[i] ?? '').trim()])) as Row['cells'],
  }));
  for (const r of records) {
    if (r.cells.length > names.length && r.cells.slice(names.length).some((c) => c.trim())) {
      const count = names.length;
      problems.push(problem(r.line, '', 'extra-cells', `more cells than the header's ${count} columns`, { count }));
    }
  }
  const drafts = rows.map(
    ({ line, cells }): Draft => ({
      line,
      id: cells.id,
      type: cells.type,
      arabic: list(cells.arabic).concat(list(cells.variants)),
      short: list(cells.short),
      names: { en: cells.english ?? '', zh: cells.chinese ?? '' },
      pinyin: cells.pinyin,
      explanations: { en: cells.explanation_en ?? '', zh: cells.explanation_zh ?? '' },
      note: cells.note,
    }),
  );
  return packOf(drafts, problems);
}

const XML_LANG = 'http://www.w3.org/XML/1998/namespace';
/** A language tag's primary subtag, lower-case (`zh-Hans-CN` → `zh`). */
const primary = (tag: string | null) => (tag ?? '').split(/[-_]/)[0]?.toLowerCase() ?? '';

/** Child elements by local name (TBX files come with and without namespaces). */
const children = (el: Element, ...names: string[]) => [...el.children].filter((c) => names.includes(c.localName));
const descendants = (el: Element, ...names: string[]) =>
  [...el.getElementsByTagName('*')].filter((c) => names.includes(c.localName));
const text = (el: Element | undefined) => (el?.textContent ?? '').trim().replace(/\s+/g, ' ');

/** Reads a TBX term base, already parsed as XML. */
export function importTbx(doc: Document): ImportResult {
  const root = doc.documentElement;
  if (!root || root.localName === 'parsererror' || doc.getElementsByTagName('parsererror').length) {
    return { ok: false, problems: [problem(0, '', 'not-xml', 'the file is not well-formed XML')] };
  }
  if (!['martif', 'tbx'].includes(root.localName)) {
    return { ok: false, problems: [problem(0, '', 'not-tbx', 'not a TBX file (no <martif> or <tbx> root)')] };
  }
  const concepts = descendants(root, 'termEntry', 'conceptEntry');
  const drafts = concepts.map((concept, i): Draft => {
    const draft: Draft = { line: i + 1, arabic: [], short: [], names: {}, explanations: {} };
    const id = concept.getAttribute('id');
    if (id) draft.id = id;
    for (const d of children(concept, 'descrip', 'descripGrp').flatMap((g) =>
      g.localName === 'descrip' ? [g] : children(g, 'descrip'),
    )) {
      const type = d.getAttribute('type');
      if (type === 'subjectField' || type === 'rafiq:type') draft.type = text(d);
      if (type === 'definition') draft.explanations.en ||= text(d);
      if (type === 'note' || type === 'source') draft.note = text(d);
    }
    const note = children(concept, 'note')[0];
    if (note) draft.note = text(note);
    for (const lang of children(concept, 'langSet', 'langSec')) {
      const code = primary(lang.getAttributeNS(XML_LANG, 'lang') ?? lang.getAttribute('xml:lang'));
      const terms = descendants(lang, 'term').map(text).filter(Boolean);
      for (const d of descendants(lang, 'descrip')) {
        if (d.getAttribute('type') === 'definition' && code) draft.explanations[code] ||= text(d);
      }
      if (code === 'ar') draft.arabic.push(...terms);
      else if (code && terms[0]) {
        draft.names[code] ||= terms[0];
        if (code === 'zh') {
          const pinyin = descendants(lang, 'termNote').find((n) =>
            /pinyin|pronunciation/i.test(n.getAttribute('type') ?? ''),
          );
          if (pinyin) draft.pinyin = text(pinyin);
        }
      }
    }
    // TBX has no place for Rafiq's types: a subject field that is not one reads as the default.
    if (draft.type && !(ENTITY_TYPES as readonly string[]).includes(draft.type.toLowerCase())) delete draft.type;
    return draft;
  });
  return packOf(drafts, []);
}

/** The reader's pack as CSV (the columns `importCsv` reads, so an export imports back as it was). */
export function exportCsv(pack: Pack): string {
  const rows = pack.entries.map((e) =>
    [
      e.id,
      e.type,
      e.ar.canonical,
      (e.ar.variants ?? []).join(LIST_SEPARATOR),
      (e.ar.short ?? []).join(LIST_SEPARATOR),
      e.name.en ?? '',
      e.name.zh ?? '',
      e.reading?.zh ?? '',
      e.explanation.en ?? '',
      e.explanation.zh ?? '',
      e.source.note,
    ]
      .map(cell)
      .join(','),
  );
  return `\ufeff${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The reader's pack as TBX (TBX 2, the basic dialect translators' tools read). */
export function exportTbx(pack: Pack): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX" xml:lang="en">',
    '  <martifHeader><fileDesc><sourceDesc><p>Rafiq: the reader’s own terms</p></sourceDesc></fileDesc></martifHeader>',
    '  <text><body>',
  ];
  for (const e of pack.entries) {
    lines.push(`    <termEntry id="${escapeXml(e.id)}">`);
    lines.push(`      <descrip type="subjectField">${escapeXml(e.type)}</descrip>`);
    lines.push(`      <note>${escapeXml(e.source.note)}</note>`);
    lines.push('      <langSet xml:lang="ar">');
    for (const form of [e.ar.canonical, ...(e.ar.variants ?? [])]) {
      lines.push(`        <tig><term>${escapeXml(form)}</term></tig>`);
    }
    lines.push('      </langSet>');
    for (const lang of ['en', 'zh'] as const) {
      const name = e.name[lang];
      if (!name) continue;
      lines.push(`      <langSet xml:lang="${lang}">`);
      const explanation = e.explanation[lang];
      if (explanation) lines.push(`        <descrip type="definition">${escapeXml(explanation)}</descrip>`);
      const pinyin =
        lang === 'zh' && e.reading?.zh ? `<termNote type="pronunciation">${escapeXml(e.reading.zh)}</termNote>` : '';
      lines.push(`        <tig><term>${escapeXml(name)}</term>${pinyin}</tig>`);
      lines.push('      </langSet>');
    }
    lines.push('    </termEntry>');
  }
  lines.push('  </body></text>', '</martif>', '');
  return lines.join('\n');
}
