/**
 * For the pictures-offline tests: a news article with three pictures (a lead named by
 * `og:image`, a captioned figure, a described picture) on a server of its own, which a test can
 * stop to go offline. The pictures are Lede's own icons: real PNGs that decode.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { LedeBrowser } from './harness';
import { clickOverlayButton, waitForOverlay } from './overlay-helpers';

const ICONS = resolve(import.meta.dirname, '../../public/icon');
const PICTURES: Record<string, Buffer> = {
  '/img/lead.png': readFileSync(resolve(ICONS, 'lede-128.png')),
  '/img/harbour.png': readFileSync(resolve(ICONS, 'lede-48.png')),
  '/img/market.png': readFileSync(resolve(ICONS, 'lede-open-128.png')),
};

export const HEADLINE = 'The harbour town that kept its fishing fleet';
export const CAPTION = 'Boats in the harbour at dawn, before the market opens.';
export const DESCRIPTION = 'Stalls of the fish market under white awnings';

const PARAGRAPH = (n: number) =>
  `<p>Paragraph ${n} of the report: the town's fishermen went out before dawn again this spring, as their ` +
  `grandparents did, and the council that wanted to sell the quay for flats has quietly dropped the plan after ` +
  `a winter of meetings, letters and one very long night in the town hall.</p>`;

function article(origin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE}</title>
<meta property="og:image" content="${origin}/img/lead.png"></head><body><main><article>
<h1>${HEADLINE}</h1><p class="byline">By Ada Example</p>
${PARAGRAPH(1)}${PARAGRAPH(2)}
<figure><img src="${origin}/img/harbour.png" alt="Harbour" width="48" height="48"><figcaption>${CAPTION}</figcaption></figure>
${PARAGRAPH(3)}${PARAGRAPH(4)}
<p><img src="${origin}/img/market.png" alt="${DESCRIPTION}" width="128" height="128"></p>
${PARAGRAPH(5)}${PARAGRAPH(6)}
</article></main></body></html>`;
}

export interface PictureSite {
  articleUrl: string;
  stop(): Promise<void>;
}

export async function startPictureSite(): Promise<PictureSite> {
  let origin = '';
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const picture = PICTURES[path];
    if (picture) response.writeHead(200, { 'content-type': 'image/png' }).end(picture);
    else if (path === '/news/harbour.html')
      response.writeHead(200, { 'content-type': 'text/html' }).end(article(origin));
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    articleUrl: `${origin}/news/harbour.html`,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** Saves the article from the overlay, as a user does. */
export async function saveFromOverlay(lede: LedeBrowser, url: string): Promise<void> {
  const page = await lede.newPage(url);
  await lede.clickToolbarButton(page);
  await waitForOverlay(page);
  await clickOverlayButton(page, /^Save$/);
  await page
    .locator('lede-reader')
    .getByRole('button', { name: /^Saved$/ })
    .waitFor();
  await page.close();
}

/** How many pictures the library holds, read from an extension page's IndexedDB. */
export function storedPictureCount(extensionPage: Page): Promise<number> {
  return extensionPage.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('lede-library');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('pictures').objectStore('pictures').count();
          count.onsuccess = () => {
            done(count.result);
            open.result.close();
          };
        };
      }),
  );
}

/** Opens the saved article from the popup's list, in the tab the list opens it in. */
export async function openSavedCopy(lede: LedeBrowser): Promise<{ popup: Page; reader: Page }> {
  const popup = await lede.openExtensionPage('popup.html');
  await popup.waitForSelector('.lib-row');
  const [reader] = await Promise.all([lede.context.waitForEvent('page'), popup.click('.lib-row .lib-open')]);
  await reader.waitForSelector('.lede-body p');
  return { popup, reader };
}
