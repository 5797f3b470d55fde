/** A static server on 127.0.0.1 for the sample and fixture pages (the e2e tests and the demo). */

import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves each folder under its own name: `/samples/x.html`, `/fixtures/y.html`. */
export async function serveFolders(folders: Record<string, string>): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, mount, ...rest] = url.pathname.split('/');
    const root = mount ? folders[mount] : undefined;
    const file = root ? normalize(join(root, ...rest)) : '';
    if (!root || !file.startsWith(resolve(root))) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export const REPO = resolve(import.meta.dirname, '..');
export const FOLDERS = { samples: join(REPO, 'samples'), fixtures: join(REPO, 'e2e', 'fixtures') };
