import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { overlayCount, useLede, waitForNoOverlay, waitForOverlay } from './overlay-helpers';

// Saving from the overlay and from the page (without opening it).
const suite = useLede();

const saveButton = (page: Page) => page.locator('lede-reader').getByRole('button', { name: /^(Save|Saved)$/ });

test('Save and the s key store and remove the article; reopening shows it saved', async () => {
  const page = await suite.openReader('seed/seed-article.rich.html');
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('false');
  await saveButton(page).click();
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('true');
  expect(await saveButton(page).textContent()).toBe('Saved');

  await suite.lede.clickToolbarButton(page);
  await waitForNoOverlay(page);
  await suite.lede.clickToolbarButton(page);
  await waitForOverlay(page);
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('true');

  await page.keyboard.press('s');
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('false');
  await page.keyboard.press('s');
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('true');
  await page.close();
});

test('saving without the overlay shows a short notice and leaves the page alone', async () => {
  const page = await suite.lede.newPage(suite.server.url('shared', 'seed/seed-article.bare.html'));
  await suite.lede.clickToolbarButton(page); // the activeTab grant the page menu entry would give
  await waitForOverlay(page);
  await suite.lede.clickToolbarButton(page);
  await waitForNoOverlay(page);

  // What "Save to read later" in the page's context menu runs.
  const result = await suite.lede.inWorker<{ ok: boolean; state?: string }>(`(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => { window[Symbol.for('lede.intent')] = 'save'; } });
    const [{ result }] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/reader.js'] });
    return result;
  })()`);
  expect(result).toEqual({ ok: true, state: 'saved' });
  const toast = page.locator('lede-toast').getByRole('status');
  await expect.poll(() => toast.textContent()).toContain('Saved to Lede');
  expect(await overlayCount(page)).toBe(0);
  await page.close();
});
