/**
 * The glossary a reader's browser uses: the bundled packs as the build compiled them, or, when
 * the reader imported a term base, every bundled pack and theirs compiled together by the same
 * compiler (`compileGlossary`), in the background, once per term base. The reader's entries get
 * the type `user`, so they are drawn in a style of their own and the card says they are theirs;
 * a clash with a bundled entry leaves the bundled one in place and is reported, never thrown.
 */

import type { CompiledGlossary, GlossaryDetails } from '../lib/glossary-types';
import collisions from './collisions.json' with { type: 'json' };
import { type CompiledOutput, compileGlossary } from './compile';
import type { Pack } from './pack';

/** The type of every entity of the reader's pack. */
export const USER_TYPE = 'user';

export function compileWithUserPack(bundled: readonly Pack[], user: Pack): CompiledOutput {
  const output = compileGlossary([...bundled, user], { collisions });
  const at = (output.index.packs ?? []).findIndex((p) => p.id === user.id);
  for (const e of output.index.entities) if ((e.pack ?? 0) === at) e.type = USER_TYPE;
  return output;
}

/** A cache of one compiled glossary, keyed by the term base it was compiled with. */
export class GlossaryCache {
  private key: string | null = null;
  private last: Pack | null = null;
  private value: { index: CompiledGlossary; details: GlossaryDetails } | null = null;

  constructor(
    private readonly bundled: { index: CompiledGlossary; details: GlossaryDetails },
    private readonly packs: () => readonly Pack[],
  ) {}

  /** The glossary for this term base (null: none), compiled at most once per term base. */
  get(user: Pack | null): { index: CompiledGlossary; details: GlossaryDetails } {
    if (!user) return this.bundled;
    if (user === this.last && this.value) return this.value;
    this.last = user;
    const key = JSON.stringify(user);
    if (key !== this.key || !this.value) {
      const { index, details } = compileWithUserPack(this.packs(), user);
      this.value = { index, details: { ...this.bundled.details, ...details } };
      this.key = key;
    }
    return this.value;
  }
}
