import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GeneratedPage {
  type: string;
  body: string | (() => Promise<string>);
}

/** Serves pages a test makes up (a 10 MB article, an SVG document) on 127.0.0.1, built once each. */
export async function serveGenerated(
  pages: Record<string, GeneratedPage>,
): Promise<{ url(path: string): string; close(): Promise<void> }> {
  const built = new Map<string, Promise<string>>();
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const page = pages[path];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    if (!built.has(path)) built.set(path, typeof page.body === 'string' ? Promise.resolve(page.body) : page.body());
    response.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(await built.get(path));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
