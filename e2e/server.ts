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
  /** Every path requested so far, in order (with its query). */
  readonly requests: string[];
  close(): Promise<void>;
}

/** A page made on request: its body and headers (the hostile-page suite builds its pages so). */
export type Dynamic = (url: URL) => { body: string; headers?: Record<string, string> } | null;

/**
 * Serves each folder under its own name: `/samples/x.html`, `/fixtures/y.html`, and whatever
 * `dynamic` makes, on `host` (any 127.x.y.z address is this machine: a second host is a second
 * origin, for cross-origin frames).
 */
export async function serveFolders(
  folders: Record<string, string>,
  dynamic?: Dynamic,
  host = '127.0.0.1',
): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    requests.push(url.pathname + url.search);
    const made = dynamic?.(url);
    if (made) {
      res
        .writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...made.headers })
        .end(made.body);
      return;
    }
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
  await new Promise<void>((done) => server.listen(0, host, done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // A browser still open keeps its connections alive: close() would wait for them.
        server.closeAllConnections();
      }),
  };
}

export const REPO = resolve(import.meta.dirname, '..');
export const FOLDERS = { samples: join(REPO, 'samples'), fixtures: join(REPO, 'e2e', 'fixtures') };
