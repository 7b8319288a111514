import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

/** What the static server serves: `/shared/...` from ../shared (read-only), `/pages/...` from the fixtures. */
const ROOTS: Record<string, string> = {
  shared: resolve(import.meta.dirname, '../../../shared'),
  pages: resolve(import.meta.dirname, '../fixtures/pages'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** URL of a file under ../shared, e.g. `url('shared', 'seed/seed-article.rich.html')`. */
  url(root: 'shared' | 'pages', path: string): string;
  close(): Promise<void>;
}

/**
 * A tiny static server on 127.0.0.1 and a random port. `.html.gz` corpus pages are sent
 * decompressed as HTML without a charset, so the browser sniffs `<meta charset>` as it would for
 * the publisher's page.
 */
export async function startServer(): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const [, rootName = '', ...rest] = path.split('/');
    const root = ROOTS[rootName];
    const file = root ? normalize(join(root, ...rest)) : null;
    if (!root || !file || !file.startsWith(root + '/')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      const gzipped = file.endsWith('.gz');
      const type = TYPES[extname(gzipped ? file.slice(0, -3) : file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(gzipped ? gunzipSync(body) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (root, path) => `${origin}/${root}/${path.split('/').map(encodeURIComponent).join('/')}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
