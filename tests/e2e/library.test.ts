import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_DIR, launchLede, startServer, type LedeBrowser, type StaticServer } from './harness';
import { clickOverlayButton, SCREENSHOTS, waitForOverlay } from './overlay-helpers';

// Read later, end to end: save from the overlay, find it in the popup, read it with the server
// gone, delete and undo, and carry the library to a fresh profile by export and import.
let lede: LedeBrowser;
let server: StaticServer;
const SEED = 'seed/seed-article.rich.html';
const HEADLINE = 'Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit';

beforeAll(async () => {
  server = await startServer();
  lede = await launchLede();
});
afterAll(async () => {
  await lede?.close();
  await server?.close().catch(() => undefined);
});

async function openPopup(browser: LedeBrowser, query = ''): Promise<Page> {
  const popup = await browser.openExtensionPage(`popup.html${query}`);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.waitForSelector('.lib-row, .lib-empty');
  return popup;
}

async function rowTitles(popup: Page): Promise<string[]> {
  return popup.locator('.lib-row .lib-headline').allTextContents();
}

/** axe-core's WCAG A/AA rules on a page; returns the ids of the rules that fail. */
async function axeViolations(page: Page): Promise<string[]> {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source); // evaluated over CDP, so the page's CSP does not apply
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string }[] }> } };
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => violation.id);
  });
}

/** Runs an export from the popup's menu and returns the file's text. */
async function exportFrom(popup: Page, item: string): Promise<string> {
  await popup.click('.lib-menu summary');
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: item }).click(),
  ]);
  return readFile((await download.path())!, 'utf8');
}

/** Polls the article page's own IndexedDB until its stored progress passes `check`. */
async function waitForStoredProgress(reader: Page, check: (progress: number) => boolean): Promise<void> {
  const id = new URL(reader.url()).searchParams.get('id');
  for (;;) {
    const progress = await reader.evaluate(
      (key) =>
        new Promise<number>((done, fail) => {
          const open = indexedDB.open('lede-library');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('articles').objectStore('articles').get(key!);
            get.onsuccess = () => {
              done(get.result.readProgress);
              open.result.close();
            };
          };
        }),
      id,
    );
    if (check(progress)) return;
    await reader.waitForTimeout(200);
  }
}

describe('read later', () => {
  test('save from the overlay, find it in the popup, read it offline', async () => {
    const page = await lede.newPage(server.url('shared', SEED));
    await lede.clickToolbarButton(page);
    await waitForOverlay(page);
    await clickOverlayButton(page, /^Save$/);
    await page
      .locator('lede-reader')
      .getByRole('button', { name: /^Saved$/ })
      .waitFor();

    const popup = await openPopup(lede);
    expect(await rowTitles(popup)).toEqual([HEADLINE]);
    expect(await popup.textContent('.lib-row .lib-meta')).toContain('Japan Digest');
    await popup.fill('.lib-search', 'verteidigungsminister kishida');
    await popup.waitForFunction(() => document.querySelector('.lib-count')?.textContent === 'Showing 1 of 1');
    await popup.fill('.lib-search', 'no such words anywhere');
    await popup.waitForSelector('text=No saved article matches.');
    await popup.fill('.lib-search', '');
    await popup.waitForSelector('.lib-row');
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'library-popup.png') });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'library-popup-dark.png') });
    await popup.emulateMedia({ colorScheme: 'light' });

    await server.close();
    const [reader] = await Promise.all([lede.context.waitForEvent('page'), popup.click('.lib-row .lib-open')]);
    await reader.waitForSelector('.lede-body p');
    expect(await reader.textContent('h1')).toBe(HEADLINE);
    expect(await reader.textContent('.lede-body')).toContain('Kishida Fumio und Inada Tomomi');
    expect(await reader.locator('.lede-teaser li').count()).toBe(3);
    await reader.screenshot({ path: resolve(SCREENSHOTS, 'library-reader-offline.png') });
    server = await startServer();
  });

  test('a stopped service worker forgets nothing: the overlay still shows the page as saved', async () => {
    type Targets = { targetInfos: { targetId: string; type: string; url: string }[] };
    const worker = async () =>
      ((await lede.cdp.send('Target.getTargets')) as Targets).targetInfos.find(
        (target) => target.type === 'service_worker' && target.url.includes(lede.extensionId),
      );
    const running = await worker();
    expect(running).toBeDefined();
    await lede.cdp.send('Target.closeTarget', { targetId: running!.targetId });
    await expect.poll(worker).toBeUndefined();

    const page = await lede.newPage(server.url('shared', SEED));
    await lede.clickToolbarButton(page);
    await waitForOverlay(page);
    await page
      .locator('lede-reader')
      .getByRole('button', { name: /^Saved$/ })
      .waitFor();
    await page.close();
  });

  test('the article page keeps the reading position and marks the article read at the end', async () => {
    const popup = await openPopup(lede);
    expect(await popup.locator('.lib-row .lib-dot').count()).toBe(1);
    const [reader] = await Promise.all([lede.context.waitForEvent('page'), popup.click('.lib-row .lib-open')]);
    await reader.setViewportSize({ width: 800, height: 400 });
    await reader.waitForSelector('.lede-body p');
    const half = await reader.evaluate(() => {
      const top = (document.documentElement.scrollHeight - innerHeight) / 2;
      scrollTo(0, top);
      return top;
    });
    expect(half).toBeGreaterThan(100);
    await waitForStoredProgress(reader, (progress) => progress > 0.4 && progress < 0.6);
    await reader.reload();
    await reader.waitForFunction((top) => Math.abs(scrollY - top) < 50, half);

    await reader.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await waitForStoredProgress(reader, (progress) => progress === 1);
    await reader.close();
    await popup.reload();
    await popup.waitForSelector('.lib-row');
    await popup.waitForFunction(() => document.querySelectorAll('.lib-row .lib-dot').length === 0);
    await popup.getByRole('button', { name: `Mark unread: “${HEADLINE}”` }).click();
    await popup.waitForSelector('.lib-row .lib-dot');
  });

  test('delete with the keyboard, then undo', async () => {
    const popup = await openPopup(lede);
    await popup.focus('.lib-row .lib-open');
    await popup.keyboard.press('Delete');
    await popup.waitForSelector('.lib-toast');
    expect(await popup.textContent('[role=status] .lib-toast')).toContain(`Deleted “${HEADLINE}”`);
    await popup.waitForSelector('text=No saved articles yet.');
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'library-undo.png') });
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.waitForSelector('.lib-row');
    expect(await rowTitles(popup)).toEqual([HEADLINE]);
  });

  test('export then import into a fresh profile gives the same library', async () => {
    const popup = await openPopup(lede);
    const exported = await exportFrom(popup, 'Export library (JSON)');
    const markdown = await exportFrom(popup, 'Export all as Markdown');
    expect(markdown.startsWith(`---\ntitle: ${JSON.stringify(HEADLINE)}\n`)).toBe(true);

    const fresh = await launchLede();
    try {
      const other = await openPopup(fresh);
      expect(await other.textContent('.lib-empty')).toContain('No saved articles yet.');
      await other.click('.lib-menu summary');
      const [chooser] = await Promise.all([
        other.waitForEvent('filechooser'),
        other.getByRole('button', { name: 'Import library (JSON)…' }).click(),
      ]);
      await chooser.setFiles({ name: 'lede.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await other.waitForSelector('text=Imported: 1 added, 0 updated, 0 already up to date.');
      // The notice comes as soon as the import is written; the list is read again after it.
      await expect.poll(() => rowTitles(other)).toEqual([HEADLINE]);
      const again = JSON.parse(await exportFrom(other, 'Export library (JSON)'));
      expect(again.articles).toEqual(JSON.parse(exported).articles);
    } finally {
      await fresh.close();
    }
  });

  test('a corrupt file is refused with a message and changes nothing', async () => {
    const popup = await openPopup(lede);
    await popup.click('.lib-menu summary');
    const [chooser] = await Promise.all([
      popup.waitForEvent('filechooser'),
      popup.getByRole('button', { name: 'Import library (JSON)…' }).click(),
    ]);
    await chooser.setFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"lede-library","version":1,"artic'),
    });
    expect(await popup.locator('[role=alert]').textContent()).toContain('damaged or incomplete');
    expect(await rowTitles(popup)).toEqual([HEADLINE]);
  });
});

async function popupTargetIds(browser: LedeBrowser): Promise<string[]> {
  type Targets = { targetInfos: { targetId: string; url: string }[] };
  const { targetInfos } = (await browser.cdp.send('Target.getTargets')) as Targets;
  return targetInfos.filter((target) => target.url.includes('/popup.html')).map((target) => target.targetId);
}

/**
 * Playwright does not surface a toolbar popup as a page, so the test drives it over CDP: attach
 * to the popup that opened after `before` was taken (earlier popup tabs may still be open) and
 * evaluate expressions in it.
 */
async function popupTarget(browser: LedeBrowser, before: string[]): Promise<(expression: string) => Promise<unknown>> {
  let targetId: string | undefined;
  while (!targetId) targetId = (await popupTargetIds(browser)).find((id) => !before.includes(id));
  const { sessionId } = (await browser.cdp.send('Target.attachToTarget', { targetId, flatten: false } as never)) as {
    sessionId: string;
  };
  type Reply = { id: number; result?: { result?: { value?: unknown } } };
  const pending = new Map<number, (reply: Reply) => void>();
  browser.cdp.on(
    'Target.receivedMessageFromTarget' as never,
    ((event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const reply = JSON.parse(event.message) as Reply;
      pending.get(reply.id)?.(reply);
    }) as never,
  );
  let nextId = 1;
  return (expression) =>
    new Promise((done) => {
      const id = nextId++;
      pending.set(id, (reply) => done(reply.result?.result?.value));
      const message = JSON.stringify({
        id,
        method: 'Runtime.evaluate',
        params: { expression, awaitPromise: true, returnByValue: true },
      });
      void browser.cdp.send('Target.sendMessageToTarget' as never, { sessionId, message } as never);
    });
}

/** An expression that resolves once `condition` (an expression) holds in the page. */
const until = (condition: string) =>
  `new Promise((done) => { const check = () => (${condition}) ? done(true) : setTimeout(check, 50); check(); })`;

describe('the popup over a page', () => {
  test('"Save this page" saves the page under the popup and then says "Saved"', async () => {
    const page = await lede.newPage(server.url('shared', 'seed/seed-article.bare.html'));
    await page.bringToFront();
    // The toolbar button opens the reader; for this test the tab gets the popup instead, opened by
    // a real click so that the popup holds activeTab for the page as after a user's click.
    const worker = await lede.serviceWorker();
    await worker.evaluate(async () => {
      type Api = {
        tabs: { query(q: object): Promise<Array<{ id?: number }>> };
        action: { setPopup(d: { popup: string; tabId?: number }): Promise<void> };
      };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      await api.action.setPopup({ popup: 'popup.html', tabId: tab?.id });
    });
    const before = await popupTargetIds(lede);
    await lede.clickToolbarButton(page);
    const evaluate = await popupTarget(lede, before);
    await evaluate(until(`document.querySelector('.lib-primary')?.textContent === 'Save this page'`));
    await evaluate(`document.querySelector('.lib-primary').click()`);
    await evaluate(until(`document.querySelector('.lib-saved-badge')?.textContent.includes('Saved')`));
    const titles = await evaluate(`[...document.querySelectorAll('.lib-row .lib-headline')].map((h) => h.textContent)`);
    expect(titles).toContain(HEADLINE);
  });
});

describe('the extension pages', () => {
  test('the popup says why the reader could not open the page', async () => {
    const popup = await openPopup(lede, '?reason=restricted');
    expect(await popup.locator('.lib-reason[role=alert]').textContent()).toContain('Lede cannot open this page');
  });

  test('an unknown id says so and links to the list', async () => {
    const page = await lede.openExtensionPage('article.html?id=does-not-exist');
    await page.waitForSelector('[role=alert]');
    expect(await page.textContent('[role=alert]')).toContain('not in your library');
    expect(await page.getAttribute('a', 'href')).toMatch(/popup\.html$/);
  });

  test('a tampered stored article runs no script on the reader page', async () => {
    const popup = await openPopup(lede);
    // Writes straight into IndexedDB, past the library's own sanitising, as a tampered copy would.
    await popup.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('lede-library');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const tx = db.transaction('articles', 'readwrite');
      tx.objectStore('articles').put({
        id: 'tampered',
        savedAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        read: false,
        readProgress: 0,
        article: {
          url: 'https://evil.example/a',
          title: 'Tampered',
          authors: [],
          teaser: [],
          text: 'x',
          excerpt: 'x',
          content:
            '<p>Body</p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>' +
            '<a href="javascript:window.__pwned=3">link</a><iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>',
          publishedTime: null,
          siteName: null,
          leadImage: null,
          lang: 'en',
          dir: 'ltr',
          wordCount: 1,
          readingMinutes: 1,
        },
      });
      await new Promise((done) => (tx.oncomplete = done));
      db.close();
    });
    const reader = await lede.openExtensionPage('article.html?id=tampered');
    await reader.waitForSelector('.lede-body p');
    await reader
      .locator('.lede-body a')
      .click()
      .catch(() => undefined);
    await reader.waitForTimeout(300);
    expect(await reader.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await reader.locator('.lede-body script, .lede-body iframe, .lede-body [onerror]').count()).toBe(0);
  });

  test('the built pages carry no inline script (the MV3 page CSP forbids them)', async () => {
    for (const name of ['popup.html', 'article.html']) {
      const html = await readFile(resolve(EXTENSION_DIR, name), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\bsrc="\/[^"]+\.js"/);
        expect(body!.trim()).toBe('');
      }
    }
  });
});
