import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PAYLOADS, mentions } from './payloads';
import { hostilePage } from './page';

/**
 * Serves the hostile page on 127.0.0.1 and counts every request a payload makes to
 * `/hit/<id>`. Nothing may be cached (`no-store`), so a second render of the same markup by Lede
 * has to ask again and is counted again.
 */
export interface HostileServer {
  origin: string;
  /** The hostile article. */
  articleUrl: string;
  /** Requests per payload id so far. */
  hits(): Map<string, number>;
  /** Every path requested so far, for failure messages. */
  log(): string[];
  close(): Promise<void>;
}

/** `pages`: more HTML to serve, by path. */
export async function startHostileServer(pages: Record<string, string> = {}): Promise<HostileServer> {
  const counts = new Map<string, number>();
  const log: string[] = [];
  let page = '';
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    log.push(`${request.method} ${path}`);
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (path.startsWith('/hit/')) {
      for (const { id } of PAYLOADS) if (mentions(path, id)) counts.set(id, (counts.get(id) ?? 0) + 1);
      response.writeHead(204, headers).end();
    } else if (path === '/article') {
      response.writeHead(200, headers).end(page);
    } else if (pages[path] !== undefined) {
      response.writeHead(200, headers).end(pages[path]);
    } else {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  page = hostilePage(port);
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    articleUrl: `${origin}/article`,
    hits: () => new Map(counts),
    log: () => [...log],
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
