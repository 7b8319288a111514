import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLede, type LedeBrowser } from './harness';
import { clickOverlayButton, inOverlay, waitForOverlay } from './overlay-helpers';
import { startHostileServer, type HostileServer } from '../security/server';

// Only Lede's own contexts may touch the library. A page script tries every way in it has: the
// runtime messaging API addressed to Lede's id, window messages and custom events shaped like
// Lede's protocol (the content script lives in the same page), and Lede's own buttons in the
// overlay's shadow root. None may save, delete or read anything.
let lede: LedeBrowser;
let server: HostileServer;
let page: Page;

interface Entry {
  id: string;
  url: string;
  title: string;
}

/** The whole library as Lede's own origin sees it. */
async function library(): Promise<Entry[]> {
  const ext = await lede.openExtensionPage('popup.html');
  try {
    return await ext.evaluate(
      () =>
        new Promise<Entry[]>((resolve, reject) => {
          const open = indexedDB.open('lede-library');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('articles').objectStore('articles').getAll();
            all.onsuccess = () =>
              resolve(
                (all.result as Array<{ id: string; article: { url: string; title: string } }>).map((r) => ({
                  id: r.id,
                  url: r.article.url,
                  title: r.article.title,
                })),
              );
            all.onerror = () => reject(all.error);
          };
        }),
    );
  } finally {
    await ext.close();
  }
}

const forgedArticle = {
  url: 'https://evil.example/planted',
  title: 'Planted by a page',
  authors: [],
  teaser: [],
  content: '<p>planted</p>',
  text: 'planted',
  excerpt: '',
  publishedTime: null,
  siteName: null,
  leadImage: null,
  lang: 'en',
  dir: 'ltr',
  wordCount: 1,
  readingMinutes: 1,
};

let before: Entry[];

beforeAll(async () => {
  server = await startHostileServer();
  lede = await launchLede();
  page = await lede.newPage(server.articleUrl);
  await lede.clickToolbarButton(page);
  await waitForOverlay(page);
  await clickOverlayButton(page, /^Save$/);
  await page.locator('lede-reader').getByRole('button', { name: 'Saved', exact: true }).waitFor();
  before = await library();
});
afterAll(async () => {
  await lede?.close();
  await server?.close();
});

describe('a page script', () => {
  it('starts from a library holding the article the user saved', () => {
    expect(before.map((e) => e.url)).toEqual([server.articleUrl]);
  });

  it('cannot reach Lede through the runtime messaging API', async () => {
    const { id } = before[0]!;
    const outcome = await page.evaluate(
      async ({ extensionId, id, article }) => {
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } })
          .chrome?.runtime;
        if (typeof runtime?.sendMessage !== 'function') return ['no runtime.sendMessage on the page'];
        const send = (message: unknown) =>
          new Promise<string>((resolve) => {
            try {
              runtime.sendMessage!(extensionId, message, (answer: unknown) =>
                resolve(`answered ${JSON.stringify(answer)}`),
              );
            } catch (error) {
              resolve(`threw ${String(error)}`);
            }
          });
        return Promise.all([
          send({ id: 1, type: 'removeArticle', data: id, timestamp: Date.now() }),
          send({ id: 2, type: 'saveArticle', data: article, timestamp: Date.now() }),
          send({ id: 3, type: 'articleStatus', data: location.href, timestamp: Date.now() }),
        ]);
      },
      { extensionId: lede.extensionId, id, article: forgedArticle },
    );
    // Either the API is absent or every call fails without an answer from Lede.
    for (const line of outcome) expect(line).not.toMatch(/answered \{/);
    expect(await library()).toEqual(before);
  });

  it('cannot pass Lede messages through window.postMessage or custom events', async () => {
    const { id } = before[0]!;
    await page.evaluate(
      ({ id, article }) => {
        const messages = [
          { id: 11, type: 'removeArticle', data: id, timestamp: Date.now() },
          { id: 12, type: 'saveArticle', data: article, timestamp: Date.now() },
        ];
        for (const message of messages) {
          window.postMessage(message, '*');
          window.postMessage(
            { type: '@webext-core/messaging/window', message, senderOrigin: location.origin, instanceId: 'page' },
            '*',
          );
          window.dispatchEvent(
            new CustomEvent('@webext-core/messaging/custom-events', { detail: { message, instanceId: 'page' } }),
          );
        }
      },
      { id, article: forgedArticle },
    );
    // Give any listener the time a real message would take to reach IndexedDB.
    await page.waitForTimeout(1000);
    expect(await library()).toEqual(before);
  });

  it("cannot unsave the article by clicking Lede's own button in the overlay", async () => {
    const clicked = await inOverlay(page, (root) => {
      const saved = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Saved');
      saved?.click();
      return saved !== undefined;
    });
    expect(clicked).toBe(true);
    await page.waitForTimeout(1000);
    expect(await library()).toEqual(before);
  });
});
