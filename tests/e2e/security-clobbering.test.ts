import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLede, type LedeBrowser } from './harness';
import { CLOBBERS } from '../security/clobbering';
import { PARAGRAPHS, plainArticle } from '../security/page';
import { startHostileServer, type HostileServer } from '../security/server';
import { missingParagraphs } from '../security/browser';

// A page can shadow DOM properties with named elements; Lede's content script sees the same
// named properties. Whatever a page names its elements, the reader must open with the article.
let lede: LedeBrowser;
let server: HostileServer;

beforeAll(async () => {
  server = await startHostileServer(
    Object.fromEntries(CLOBBERS.map((c) => [`/clobber/${c.id}`, plainArticle(c.html)])),
  );
  lede = await launchLede();
});
afterAll(async () => {
  await lede?.close();
  await server?.close();
});

describe('a page that clobbers DOM properties', () => {
  it.each(CLOBBERS.map((c) => [c.id] as const))('%s still opens in the reader with its article', async (id) => {
    const page = await lede.newPage(`${server.origin}/clobber/${id}`);
    try {
      await lede.clickToolbarButton(page);
      // Any of the page's own document methods may be the one clobbered: call the prototype's.
      const handle = await page.waitForFunction(
        () => {
          const root = Document.prototype.getElementsByTagName.call(document, 'lede-reader')[0]?.shadowRoot;
          const body = root?.querySelector('.lede-body');
          const message = root?.querySelector('.lede-message');
          return body ? { body: body.textContent ?? '' } : message ? { message: message.textContent ?? '' } : null;
        },
        undefined,
        { timeout: 20_000 },
      );
      const shown = (await handle.jsonValue()) as { body?: string; message?: string };
      expect(shown.message).toBeUndefined();
      expect(missingParagraphs(shown.body ?? '', PARAGRAPHS)).toEqual([]);
    } finally {
      await page.close({ runBeforeUnload: false });
    }
  });
});
