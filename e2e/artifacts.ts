import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { onTestFailed } from 'vitest';
import { REPO } from './server';

export const ARTIFACTS = join(REPO, 'artifacts', 'e2e');

/** Saves a screenshot of `page` into artifacts/e2e/ if the current test fails. */
export function screenshotOnFailure(name: string, shoot: (path: string) => Promise<unknown>): void {
  onTestFailed(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await shoot(join(ARTIFACTS, `${name}.png`)).catch(() => {});
  });
}
