import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLede, startServer, type LedeBrowser, type StaticServer } from './harness';
import { readOverlay, waitForOverlay } from './overlay-helpers';

// Typography and theme: stored once, applied at once in every tab, kept across reloads.
let lede: LedeBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
  lede = await launchLede();
});
afterAll(async () => {
  await lede?.close();
  await server?.close();
});

async function openReader(path: string): Promise<Page> {
  const page = await lede.newPage(server.url('shared', path));
  await lede.clickToolbarButton(page);
  await waitForOverlay(page);
  return page;
}

function articleStyle(page: Page) {
  return page.evaluate(() => {
    const root = document.getElementsByTagName('lede-reader')[0]!.shadowRoot!;
    const paragraph = root.querySelector('.lede-body p')!;
    const style = getComputedStyle(paragraph);
    return { fontSize: style.fontSize, fontFamily: style.fontFamily.split(',')[0] };
  });
}

test('a change in one tab applies at once in another and survives a reload', async () => {
  const first = await openReader('seed/seed-article.rich.html');
  const second = await openReader('seed/seed-article.bare.html');
  expect((await readOverlay(second)).theme).toBe('auto');
  expect(await articleStyle(second)).toEqual({ fontSize: '20px', fontFamily: 'Charter' });

  await first.bringToFront();
  const overlay = first.locator('lede-reader');
  await overlay.getByRole('button', { name: 'Reading settings' }).click();
  await overlay.getByRole('radio', { name: 'Dark' }).check();
  await overlay.getByRole('radio', { name: 'Sans-serif' }).check();
  // Real key presses: the overlay ignores synthetic input (fill() dispatches untrusted events),
  // because a page script could fake it.
  const size = overlay.getByRole('slider', { name: 'Text size' });
  await size.focus();
  for (let presses = 0; Number(await size.inputValue()) < 24 && presses < 20; presses++) await first.keyboard.press('ArrowRight');
  expect(await size.inputValue()).toBe('24');
  await expect.poll(() => articleStyle(first)).toEqual({ fontSize: '24px', fontFamily: 'system-ui' });

  // The other tab follows without being touched.
  await expect.poll(async () => (await readOverlay(second)).theme).toBe('dark');
  await expect.poll(() => articleStyle(second)).toEqual({ fontSize: '24px', fontFamily: 'system-ui' });

  const stored = await lede.inWorker<{ settings: Record<string, unknown> }>("chrome.storage.sync.get('settings')");
  expect(stored.settings).toMatchObject({ theme: 'dark', font: 'sans', fontSize: 24 });

  await first.reload();
  await lede.clickToolbarButton(first);
  await waitForOverlay(first);
  expect((await readOverlay(first)).theme).toBe('dark');
  expect(await articleStyle(first)).toEqual({ fontSize: '24px', fontFamily: 'system-ui' });
  await first.close();
  await second.close();
});
