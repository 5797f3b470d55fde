/**
 * npm run glossary:collisions — checks what the compiler generates against real text that is not
 * about the summit (one day of SaudiNewsNet, about a million words) and writes what must not be
 * read as a name to glossary/collisions.json:
 *   - blocked: words of that text that a skeleton or a slip would read as a foreign name's word,
 *     in an article that never names that entity by a listed form (تكييف "air conditioning" has
 *     the skeleton of توكاييف);
 *   - dropped: generated forms (joined, partial, Latin) found in such an article;
 *   - ordinary: short forms, listed or generated, that such an article uses as a word: they are
 *     never read from page context alone (see `MatchScan.settleDeferred`).
 * Every entry is printed, so a maintainer sees what real text ruled out.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlossary } from '../glossary/compile';
import { PACKS } from '../glossary/index';
import { PROCLITICS_BY_FIRST_LETTER, remainderAfter } from '../lib/arabic/clitics';
import { foldText } from '../lib/arabic/fold';
import { splitWords } from '../lib/arabic/words';
import { createMatcher, matchEntities, NameReader } from '../lib/matcher';
import { readSaudiArticles } from './corpus';

export interface CollisionReport {
  blocked: string[];
  dropped: string[];
  ordinary: string[];
  /** Why each entry is there: the entity it would have been read as, and an article's title. */
  log: string[];
}

/** Unrelated articles in which a generated short form may stand before it is dropped. */
const PARTIAL_LIMIT = 2;

const compile = (generate: boolean) => compileGlossary(PACKS, { generate }).index;

export function computeCollisions(): CollisionReport {
  const listed = compile(false);
  const generated = compile(true);
  const listedMatcher = createMatcher(listed);
  const generatedMatcher = createMatcher(generated);
  const names = new NameReader(generated.names ?? { skeletons: {}, slips: [], blocked: [], ordinary: [] });
  const idAt = (i: number) => generated.entities[i]?.id ?? '?';

  // Which entities own each name word (through the keys it appears in).
  const ownersOfWord = new Map<string, Set<string>>();
  for (const [key, entity] of Object.entries(generated.full)) {
    for (const w of key.split(' ')) {
      const set = ownersOfWord.get(w) ?? new Set();
      set.add(idAt(entity));
      ownersOfWord.set(w, set);
    }
  }
  const allWords = new Set(
    [...Object.keys(generated.full), ...Object.keys(generated.short)].flatMap((k) => k.split(' ')),
  );
  const shortKeys = new Map(Object.entries(generated.short).map(([k, list]) => [k, list.map(idAt)]));
  const origin = generated.origin ?? {};

  const blocked = new Map<string, string>();
  const dropped = new Map<string, string>();
  const ordinary = new Map<string, string>();
  /** Articles in which a short form stands where its entity is not named. */
  const shortSeen = new Map<string, Set<string>>();

  for (const article of readSaudiArticles()) {
    const text = `${article.title}\n${article.content}`;
    const folded = foldText(text);
    const named = new Set(matchEntities(listedMatcher, folded).map((m) => idAt(m.entity)));
    const where = `"${article.title.slice(0, 60)}"`;

    // Generated full forms (joined, Latin) in an article that does not name their entity.
    for (const m of matchEntities(generatedMatcher, folded)) {
      const id = idAt(m.entity);
      const by = origin[m.form];
      if (by && !m.short && !named.has(id)) dropped.set(`${id} ${m.form}`, `${by} form of ${id} in ${where}`);
    }

    const words = splitWords(folded.text);
    const tokens: string[] = [];
    for (let i = 0; i < words.count; i++) tokens.push(folded.text.slice(words.start[i], words.end[i]));
    tokens.forEach((token, i) => {
      const readings = [token];
      for (const p of PROCLITICS_BY_FIRST_LETTER.get(token.charCodeAt(0)) ?? []) {
        const rest = remainderAfter(token, p);
        if (rest !== null) readings.push(rest);
      }
      for (const reading of readings) {
        // A word a variant or a slip would read as a name word, in an article without that name.
        if (!allWords.has(reading)) {
          const read = names.read(reading);
          if (read) {
            const owners = new Set(read.words.flatMap((w) => [...(ownersOfWord.get(w) ?? [])]));
            if (![...owners].some((o) => named.has(o))) {
              blocked.set(reading, `${read.step} of ${read.words.join('/')} (${[...owners].join(', ')}) in ${where}`);
            }
          }
        }
        // Short forms (one to three words) used where their entity is not named.
        for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
          const key = [reading, ...tokens.slice(i + 1, i + n)].join(' ');
          const owners = shortKeys.get(key);
          if (!owners || owners.some((o) => named.has(o))) continue;
          ordinary.set(key, `short form of ${owners.join('/')} used in ${where}`);
          const seen = shortSeen.get(key) ?? new Set();
          seen.add(article.url);
          shortSeen.set(key, seen);
          // A generated reference that many unrelated articles use is an ordinary word (بين for
          // وانغ ون بين): it would light up after the full name too. Once or so, it only needs
          // the full name first.
          if (seen.size >= PARTIAL_LIMIT && origin[key] === 'partial') {
            for (const o of owners) dropped.set(`${o} ${key}`, `partial form in ${seen.size} articles, e.g. ${where}`);
          }
        }
      }
    });
  }

  const sorted = (m: Map<string, string>) => [...m.keys()].sort();
  return {
    blocked: sorted(blocked),
    dropped: sorted(dropped),
    ordinary: sorted(ordinary),
    log: [
      ...[...blocked].map(([k, v]) => `blocked  ${k}: ${v}`),
      ...[...dropped].map(([k, v]) => `dropped  ${k}: ${v}`),
      ...[...ordinary].map(([k, v]) => `ordinary ${k}: ${v}`),
    ].sort(),
  };
}

export function collisionsFile(report: CollisionReport) {
  const { blocked, dropped, ordinary } = report;
  return `${JSON.stringify(
    { about: 'Written by npm run glossary:collisions from ../shared/corpus; do not edit.', blocked, dropped, ordinary },
    null,
    2,
  )}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = computeCollisions();
  for (const line of report.log) console.log(line);
  writeFileSync(join(import.meta.dirname, '..', 'glossary', 'collisions.json'), collisionsFile(report));
  console.log(
    `glossary/collisions.json: ${report.blocked.length} blocked words, ${report.dropped.length} dropped generated forms, ${report.ordinary.length} ordinary short forms`,
  );
}
