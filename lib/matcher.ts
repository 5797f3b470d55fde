/**
 * The matcher: finds glossary forms in folded text, longest first, with proclitics on the first
 * word and short references resolved to the entity last named in full. It knows nothing of the
 * DOM; the content script, the annotate CLI and the tests all call `matchEntities`.
 */

import { procliticReadings } from './arabic/clitics';
import type { FoldedText } from './arabic/fold';
import { splitWords } from './arabic/words';
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
}

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
  return { glossary, root };
}

/** Finds every mention in `folded`, in text order, none overlapping. */
export function matchEntities(matcher: Matcher, folded: FoldedText): Mention[] {
  const { root } = matcher;
  const text = folded.text;
  const words = splitWords(text);
  const lastNamed = new Int32Array(matcher.glossary.entities.length).fill(-1);
  const isKnownStart = (w: string) => root.has(w);
  const mentions: Mention[] = [];

  let w = 0;
  while (w < words.count) {
    const word = text.slice(words.start[w], words.end[w]);
    let best: { entity: number; last: number; form: string; short: boolean } | null = null;

    const tryReading = (first: string) => {
      let node = root.get(first);
      let j = w;
      let form = first;
      while (node) {
        const hit = node.payload && resolve(node.payload, lastNamed);
        if (hit && (!best || j > best.last)) best = { ...hit, last: j, form };
        if (!node.next || !words.joinedToNext[j] || j + 1 >= words.count) break;
        const nextWord = text.slice(words.start[j + 1], words.end[j + 1]);
        node = node.next.get(nextWord);
        form += ` ${nextWord}`;
        j++;
      }
    };

    tryReading(word);
    // A name found whole is never cut (بكين stays بكين); otherwise try proclitic readings,
    // least stripping first, keeping the one that reads furthest.
    if (!best && isProcliticStart(word.charCodeAt(0))) {
      for (const reading of procliticReadings(word, isKnownStart)) tryReading(reading.remainder);
    }

    if (best) {
      const found = best as { entity: number; last: number; form: string; short: boolean };
      mentions.push({
        entity: found.entity,
        start: folded.start[words.start[w] as number] as number,
        end: folded.end[(words.end[found.last] as number) - 1] as number,
        form: found.form,
        short: found.short,
      });
      if (!found.short) lastNamed[found.entity] = mentions.length;
      w = found.last + 1;
    } else {
      w++;
    }
  }
  return mentions;
}

/** و ف ب ك ل ا: the only letters a proclitic starts with. */
function isProcliticStart(c: number): boolean {
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0643 || c === 0x0644 || c === 0x0627;
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
