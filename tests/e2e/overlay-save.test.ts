import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLede, startServer, type LedeBrowser, type StaticServer } from './harness';
import { waitForNoOverlay, waitForOverlay } from './overlay-helpers';

// Saving from the overlay and from the page (without opening it).
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

const saveButton = (page: Page) => page.locator('lede-reader').getByRole('button', { name: /^(Save|Saved)$/ });

test('Save and the s key store and remove the article; reopening shows it saved', async () => {
  const page = await openReader('seed/seed-article.rich.html');
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('false');
  await saveButton(page).click();
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('true');
  expect(await saveButton(page).textContent()).toBe('Saved');

  await lede.clickToolbarButton(page);
  await waitForNoOverlay(page);
  await lede.clickToolbarButton(page);
  await waitForOverlay(page);
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('true');

  await page.keyboard.press('s');
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('false');
  await page.keyboard.press('s');
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('true');
  await page.close();
});

test('saving without the overlay shows a short notice and leaves the page alone', async () => {
  const page = await lede.newPage(server.url('shared', 'seed/seed-article.bare.html'));
  await lede.clickToolbarButton(page); // the activeTab grant the page menu entry would give
  await waitForOverlay(page);
  await lede.clickToolbarButton(page);
  await waitForNoOverlay(page);

  // What "Save to read later" in the page's context menu runs.
  const result = await lede.inWorker<{ ok: boolean; state?: string }>(`(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => { window[Symbol.for('lede.intent')] = 'save'; } });
    const [{ result }] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/reader.js'] });
    return result;
  })()`);
  expect(result).toEqual({ ok: true, state: 'saved' });
  const toast = page.locator('lede-toast').getByRole('status');
  await expect.poll(() => toast.textContent()).toContain('Saved to Lede');
  expect(await page.evaluate(() => document.getElementsByTagName('lede-reader').length)).toBe(0);
  await page.close();
});
