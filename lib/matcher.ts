/**
 * The matcher: finds glossary forms in folded text, longest first, with proclitics on the first
 * word and short references resolved to the entity last named in full. It knows nothing of the
 * DOM; the content script, the annotate CLI and the tests all call `matchEntities`.
 */

import { PROCLITICS_BY_FIRST_LETTER, remainderAfter } from './arabic/clitics';
import type { FoldedText } from './arabic/fold';
import { splitWords, type Words } from './arabic/words';
import type { CompiledGlossary } from './glossary-types';

interface Payload {
  /** Entity matched by a full form, or -1. */
  full: number;
  /** Entities this form is a short reference to (valid only after their full form). */
  short: readonly number[] | null;
}

interface TrieNode {
  payload: Payload | null;
  next: Map<string, TrieNode> | null;
}

export interface Matcher {
  readonly glossary: CompiledGlossary;
  readonly root: Map<string, TrieNode>;
  /** Bit set over a hash of a word's first two letters: 0 means no form starts with that word. */
  readonly firstPairs: Uint8Array;
}

const pairHash = (c0: number, c1: number) => ((c0 << 6) ^ c1) & 0xffff;

export interface Mention {
  /** Index into `glossary.entities`. */
  entity: number;
  /** Offsets into the original text: the whole written words, proclitics included. */
  start: number;
  end: number;
  /** The glossary form (folded, words joined by spaces) the text was read as. */
  form: string;
  /** True when this is a short reference (`شي` after `شي جين بينغ`). */
  short: boolean;
}

function addForm(root: Map<string, TrieNode>, key: string): TrieNode {
  let map = root;
  let node: TrieNode | undefined;
  for (const word of key.split(' ')) {
    node = map.get(word);
    if (!node) {
      node = { payload: null, next: null };
      map.set(word, node);
    }
    map = node.next ??= new Map();
  }
  // formKey never yields an empty key, so the loop ran at least once.
  const last = node as TrieNode;
  if (last.next?.size === 0) last.next = null;
  return last;
}

export function createMatcher(glossary: CompiledGlossary): Matcher {
  const root = new Map<string, TrieNode>();
  for (const [key, entity] of Object.entries(glossary.full)) {
    const node = addForm(root, key);
    node.payload = { full: entity, short: node.payload?.short ?? null };
  }
  for (const [key, entities] of Object.entries(glossary.short)) {
    const node = addForm(root, key);
    node.payload = { full: node.payload?.full ?? -1, short: entities };
  }
  const firstPairs = new Uint8Array(0x10000);
  for (const word of root.keys()) firstPairs[pairHash(word.charCodeAt(0), word.charCodeAt(1))] = 1;
  return { glossary, root, firstPairs };
}

interface Hit {
  entity: number;
  /** Index of the last word of the match. */
  last: number;
  form: string;
  short: boolean;
}

interface Scan {
  text: string;
  words: Words;
  lastNamed: Int32Array;
}

/** The longest form starting at word `w`, read as `first`; `best` if nothing reads further. */
function longestFrom(root: Map<string, TrieNode>, scan: Scan, w: number, first: string, best: Hit | null): Hit | null {
  const { text, words } = scan;
  const before = best;
  let node = root.get(first);
  let j = w;
  let form = first;
  while (node) {
    const hit = node.payload && resolve(node.payload, scan.lastNamed);
    // A longer form that is not licensed here (`القمة الأولى` before the first summit was named)
    // still says what the words are: the shorter reading inside it (`القمة`) would be wrong.
    if (node.payload && !hit && j > w) best = before;
    if (hit && (!best || j > best.last)) best = { entity: hit.entity, short: hit.short, last: j, form };
    if (!node.next || !words.joinedToNext[j] || j + 1 >= words.count) break;
    const nextWord = text.slice(words.start[j + 1], words.end[j + 1]);
    node = node.next.get(nextWord);
    form += ` ${nextWord}`;
    j++;
  }
  return best;
}

/**
 * A scan of folded text that can stop and resume: the content script matches a large page in
 * slices between which the browser can paint and handle input; everything else runs it to the
 * end at once (`matchEntities`). Short references carry across slices.
 */
export class MatchScan {
  readonly mentions: Mention[] = [];
  private readonly scan: Scan;
  private w = 0;

  constructor(
    private readonly matcher: Matcher,
    private readonly folded: FoldedText,
  ) {
    this.scan = {
      text: folded.text,
      words: splitWords(folded.text),
      lastNamed: new Int32Array(matcher.glossary.entities.length).fill(-1),
    };
  }

  /** Reads up to `budget` more words; true when the whole text has been read. */
  step(budget = Number.POSITIVE_INFINITY): boolean {
    const { root, firstPairs } = this.matcher;
    const { text, words, lastNamed } = this.scan;
    const stop = Math.min(words.count, this.w + budget);
    let w = this.w;
    while (w < stop) {
      const ws = words.start[w] as number;
      const c0 = text.charCodeAt(ws);
      const proclitics = PROCLITICS_BY_FIRST_LETTER.get(c0);
      // Most words can start no form and carry no proclitic: skip them without building a string.
      if (!proclitics && !firstPairs[pairHash(c0, text.charCodeAt(ws + 1))]) {
        w++;
        continue;
      }
      const word = text.slice(ws, words.end[w]);
      let best = longestFrom(root, this.scan, w, word, null);
      // A name found whole is never cut (بكين stays بكين); otherwise try proclitic readings,
      // least stripping first, keeping the one that reads furthest.
      if (!best && proclitics) {
        for (const p of proclitics) {
          const at = p.written.length;
          if (!p.restore && !firstPairs[pairHash(word.charCodeAt(at), word.charCodeAt(at + 1))]) continue;
          const remainder = remainderAfter(word, p);
          if (remainder !== null && root.has(remainder)) best = longestFrom(root, this.scan, w, remainder, best);
        }
      }
      if (best) {
        this.mentions.push({
          entity: best.entity,
          start: this.folded.start[ws] as number,
          end: this.folded.end[(words.end[best.last] as number) - 1] as number,
          form: best.form,
          short: best.short,
        });
        if (!best.short) lastNamed[best.entity] = this.mentions.length;
        w = best.last + 1;
      } else {
        w++;
      }
    }
    this.w = w;
    return w >= words.count;
  }
}

/** Finds every mention in `folded`, in text order, none overlapping. */
export function matchEntities(matcher: Matcher, folded: FoldedText): Mention[] {
  const scan = new MatchScan(matcher, folded);
  scan.step();
  return scan.mentions;
}

function resolve(payload: Payload, lastNamed: Int32Array): { entity: number; short: boolean } | null {
  if (payload.full >= 0) return { entity: payload.full, short: false };
  let entity = -1;
  let when = -1;
  for (const candidate of payload.short ?? []) {
    const named = lastNamed[candidate] as number;
    if (named > when) {
      when = named;
      entity = candidate;
    }
  }
  return entity >= 0 ? { entity, short: true } : null;
}
