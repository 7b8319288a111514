import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { overlayCount, pageState, useLede, waitForNoOverlay, waitForOverlay } from './overlay-helpers';

// The context menu entries "Open in Lede", "Save to read later" and "Saved articles", through
// Lede's own click handler with a real tab. Headless Chromium draws no native menus, so the test
// fires `contextMenus.onClicked` in the service worker with the tab and item id a click would give.
// Not covered: that the entries show in the browser's menu (overlay.test.ts checks that they are
// registered), and the activeTab grant a real menu click gives: a toolbar click grants it here.
const suite = useLede();

async function chooseMenuEntry(page: Page, menuItemId: string): Promise<void> {
  await page.bringToFront();
  await suite.lede.inWorker(`(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    chrome.contextMenus.onClicked.dispatch({ menuItemId: ${JSON.stringify(menuItemId)}, editable: false, pageUrl: ${JSON.stringify(page.url())} }, tab);
  })()`);
}

/** A page with the activeTab grant a menu click would give, and how it looked before. */
async function grantedPage(path: string): Promise<{ page: Page; before: Awaited<ReturnType<typeof pageState>> }> {
  const page = await suite.lede.newPage(suite.server.url('shared', path));
  const before = await pageState(page);
  await suite.lede.clickToolbarButton(page);
  await waitForOverlay(page);
  await suite.lede.clickToolbarButton(page);
  await waitForNoOverlay(page);
  return { page, before };
}

const saveButton = (page: Page) => page.locator('lede-reader').getByRole('button', { name: /^(Save|Saved)$/ });

test('"Open in Lede" opens the reader, and chosen again closes it and gives the page back', async () => {
  const { page, before } = await grantedPage('seed/seed-article.rich.html');
  await chooseMenuEntry(page, 'lede-open');
  await waitForOverlay(page);
  expect(await overlayCount(page)).toBe(1);
  await chooseMenuEntry(page, 'lede-open');
  await waitForNoOverlay(page);
  expect(await pageState(page)).toEqual(before);
  await page.close();
});

test('"Save to read later" saves without opening the reader; the reader then shows it saved', async () => {
  const { page } = await grantedPage('seed/seed-article.bare.html');
  await chooseMenuEntry(page, 'lede-save');
  await expect.poll(() => page.locator('lede-toast').getByRole('status').textContent()).toContain('Saved to Lede');
  expect(await overlayCount(page)).toBe(0);

  await suite.lede.clickToolbarButton(page);
  await waitForOverlay(page);
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('true');
  await page.close();
});

test('"Save to read later" with the reader open saves through it: its Save button turns to Saved', async () => {
  const page = await suite.openReader('seed/seed-article.rich.html');
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('false');
  await chooseMenuEntry(page, 'lede-save');
  await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('true');
  expect(await overlayCount(page)).toBe(1);
  await page.close();
});

test('"Saved articles" on the toolbar button opens the saved-articles list', async () => {
  const page = await suite.lede.newPage(suite.server.url('shared', 'seed/seed-article.rich.html'));
  await chooseMenuEntry(page, 'lede-library');
  const popupUrl = `chrome-extension://${suite.lede.extensionId}/popup.html`;
  await expect
    .poll(async () => {
      const { targetInfos } = (await suite.lede.cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
      return targetInfos.some((target) => target.url === popupUrl);
    })
    .toBe(true);
  await page.close();
});
