/**
 * npm run sizes — bytes each entrypoint carries in the Chrome build (raw and gzip), and the size of
 * the compiled glossary the background hands each annotator and panel. Run after `npm run build`.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildGlossary } from '../glossary/build';

const OUT = resolve(import.meta.dirname, '..', process.env.RAFIQ_OUT_DIR || '.output', 'chrome-mv3');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`.padStart(9);
const sizes = (bytes: Buffer | string) => {
  const raw = Buffer.from(bytes);
  return `${kb(raw.length)} ${kb(gzipSync(raw).length)} gzip`;
};

console.log(`Chrome build (${OUT}):`);
for (const file of files(OUT).filter((f) => /\.(js|css|html)$/.test(f))) {
  console.log(`  ${relative(OUT, file).padEnd(40)} ${sizes(readFileSync(file))}`);
}
const { index, details } = buildGlossary();
console.log(
  `compiled glossary (in the background, handed to each annotator and panel): ${sizes(JSON.stringify(index))} (${index.entities.length} entities, ${Object.keys(index.full).length + Object.keys(index.short).length} forms)`,
);
console.log(`explanations (background and panel only): ${sizes(JSON.stringify(details))}`);
