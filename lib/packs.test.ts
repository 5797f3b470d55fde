import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../glossary/build';
import { PACKS } from '../glossary/index';
import { type Annotation, Annotator } from './annotate';
import { topicSamples } from './detect/samples';

const { index } = buildGlossary();
const idsOf = (a: Annotation) => a.mentions.map((m) => index.entities[m.entity]?.id);
const sample = (name: string) => topicSamples.find((s) => s.name.startsWith(name))?.text ?? '';
const SCO_SUMMIT = sample('the SCO summit in Tianjin');
const CA_SUMMIT = sample('summit coverage');
const MINISTERS = sample('an SCO foreign ministers meeting');
const run = (text: string, packs: string[] | null) => {
  const annotator = new Annotator(index);
  annotator.setEnabledPacks(packs);
  return annotator.annotate({ text });
};

describe('switching packs on and off', () => {
  it('shows every pack by default: its entities and its verdict', () => {
    const all = run(SCO_SUMMIT, null);
    expect(idsOf(all)).toContain('sco-summit-2025-tianjin');
    expect(all.packs.map((p) => p.pack)).toEqual(PACKS.filter((p) => p.profile).map((p) => p.id));
  });

  it('hides a pack that is off, and its verdict, but keeps what another pack uses', () => {
    const all = run(SCO_SUMMIT, null);
    const caOnly = run(SCO_SUMMIT, ['china-central-asia']);
    expect(idsOf(caOnly)).not.toContain('sco-summit-2025-tianjin');
    expect(idsOf(caOnly)).not.toContain('tianjin-declaration');
    // The organisation is the SCO pack's, and the China–Central Asia pack uses it.
    expect(idsOf(run(MINISTERS, ['china-central-asia']))).toContain('shanghai-cooperation-organisation');
    expect(caOnly.packs.map((p) => p.pack)).toEqual(['china-central-asia']);
    // Every pack is still read: a verdict never depends on which others are on.
    expect(caOnly.topic).toEqual(all.topic);
    expect(caOnly.packs[0]).toEqual(all.packs[0]);
    expect(caOnly.entities.map((e) => e.entity)).toEqual([...new Set(idsOf(caOnly))]);
  });

  it('shows the people and places a pack shares with another', () => {
    const scoOnly = run(CA_SUMMIT, ['sco']);
    const all = run(CA_SUMMIT, null);
    // Xi Jinping and Astana are the first pack's, used by the SCO pack; the summit is not.
    expect(idsOf(scoOnly)).toContain('xi-jinping');
    expect(idsOf(scoOnly)).toContain('astana');
    expect(idsOf(all)).toContain('china-central-asia-summit-2025-astana');
    expect(idsOf(scoOnly)).not.toContain('china-central-asia-summit-2025-astana');
    expect(scoOnly.packs.map((p) => p.pack)).toEqual(['sco']);
  });

  it('shows nothing with every pack off, and goes back to all with null', () => {
    const annotator = new Annotator(index);
    annotator.setEnabledPacks([]);
    const none = annotator.annotate({ text: CA_SUMMIT });
    expect(none.mentions).toEqual([]);
    expect(none.packs).toEqual([]);
    annotator.setEnabledPacks(null);
    expect(annotator.annotate({ text: CA_SUMMIT }).mentions.length).toBeGreaterThan(0);
  });

  it('reads a changed page the same way as a fresh read, with a pack off', () => {
    const annotator = new Annotator(index);
    annotator.setEnabledPacks(['china-central-asia']);
    // Paragraphs, each a block: a change in one is read again on its own.
    const blocks = [
      CA_SUMMIT,
      ...Array.from({ length: 150 }, (_, i) => `فقرة رقم ${i} عن الطقس والأسواق.`),
      SCO_SUMMIT,
    ];
    const page = blocks.join('\n');
    const breaks = blocks.slice(0, -1).map((_, i) => blocks.slice(0, i + 1).join('\n').length);
    const first = annotator.annotate({ text: page, breaks });
    const changed = page.replace('فقرة رقم 75', 'فقرة رقم 76');
    const reread = annotator.reread({ text: page, annotation: first }, { text: changed, breaks });
    let result = reread.next();
    while (!result.done) result = reread.next();
    expect(result.value.partial).toBeGreaterThan(0);
    const fresh = annotator.annotate({ text: changed, breaks });
    expect(idsOf(result.value)).toEqual(idsOf(fresh));
    expect(result.value.packs).toEqual(fresh.packs);
  });
});
