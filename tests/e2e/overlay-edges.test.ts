import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  inOverlay,
  overlayCount,
  useLede,
  waitForNoOverlay,
  waitForOverlay,
  waitForOverlayMessage,
} from './overlay-helpers';

// Rough edges a new user hits: Esc and the settings panel, the wheel over the overlay, the icon.
const suite = useLede();

const focusedInOverlay = (page: Page) =>
  inOverlay(page, (root) => {
    const active = root.activeElement;
    return active
      ? `${active.localName}:${active.textContent?.trim() ?? ''}:${active.getAttribute('aria-expanded') ?? ''}`
      : null;
  });

test('Esc with the settings panel open closes the panel, not the reader, and focus returns to its button', async () => {
  const page = await suite.openReader('seed/seed-article.rich.html');
  const overlay = page.locator('lede-reader');
  await overlay.getByRole('button', { name: 'Reading settings' }).click();
  await overlay.getByRole('radio', { name: 'Dark' }).focus();
  await page.keyboard.press('Escape');

  expect(await overlayCount(page)).toBe(1);
  expect(await inOverlay(page, (root) => root.querySelector('.lede-panel') === null)).toBe(true);
  expect(await inOverlay(page, (root) => root.querySelector('dialog')?.open)).toBe(true);
  expect(await focusedInOverlay(page)).toBe('button:Aa Reading settings:false');

  // The next Esc is the reader's own.
  await page.keyboard.press('Escape');
  await waitForNoOverlay(page);
  await page.close();
});

/** A page tall enough to scroll, scrolled a little, so a wheel turn that leaks through shows. */
async function scrolledPage(path: string, root: 'shared' | 'pages'): Promise<Page> {
  const page = await suite.lede.newPage(suite.server.url(root, path));
  await page.evaluate(() => {
    document.body.style.minHeight = '6000px';
    window.scrollTo(0, 300);
  });
  return page;
}

async function wheelEverywhere(page: Page): Promise<void> {
  for (const [x, y] of [
    [640, 450],
    [40, 450],
    [1240, 850],
  ] as const) {
    await page.mouse.move(x, y);
    for (let turn = 0; turn < 15; turn++) await page.mouse.wheel(0, 800);
  }
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

test('the wheel over the reader, past its end, never scrolls the page behind it', async () => {
  const page = await scrolledPage('seed/seed-article.rich.html', 'shared');
  await suite.lede.clickToolbarButton(page);
  await waitForOverlay(page);
  // Measured under the open reader: locking the page may shift it by a margin, out of sight.
  const covered = await page.evaluate(() => window.scrollY);
  await wheelEverywhere(page);
  // The reader itself did scroll: the wheel reached it, and stopped there.
  expect(await inOverlay(page, (root) => root.querySelector('dialog')!.scrollTop)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(covered);
  await page.keyboard.press('Escape');
  await waitForNoOverlay(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(300);
  await page.close();
});

test('the wheel over the no-article message never scrolls the page behind it', async () => {
  const page = await scrolledPage('no-article.html', 'pages');
  await suite.lede.clickToolbarButton(page);
  await waitForOverlayMessage(page);
  const covered = await page.evaluate(() => window.scrollY);
  await wheelEverywhere(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(covered);
  await page.keyboard.press('Escape');
  await waitForNoOverlay(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(300);
  await page.close();
});

test('the toolbar icon shows the reader open and the article saved, per tab, and goes back on close', async () => {
  // Records what the background asks of chrome.action.setIcon, and still does it.
  await suite.lede.inWorker(`(() => {
    const original = chrome.action.setIcon.bind(chrome.action);
    self.__icons = [];
    chrome.action.setIcon = (details, ...rest) => {
      self.__icons.push({ tabId: details.tabId, icon: details.path && details.path['16'] });
      return original(details, ...rest);
    };
    return true;
  })()`);
  const icons = () => suite.lede.inWorker<{ tabId: number; icon: string }[]>('self.__icons');
  const last = async () => (await icons()).at(-1)?.icon;

  const page = await suite.openReader('seed/seed-article.rich.html');
  await expect.poll(last).toBe('/icon/lede-open-16.png');
  await page.keyboard.press('s');
  await expect.poll(last).toBe('/icon/lede-open-saved-16.png');
  await page.keyboard.press('Escape');
  await waitForNoOverlay(page);
  await expect.poll(last).toBe('/icon/lede-saved-16.png');
  // One tab throughout.
  expect(new Set((await icons()).map((call) => call.tabId)).size).toBe(1);

  await page.reload();
  await expect.poll(last).toBe('/icon/lede-16.png');
  await page.close();
});

test('a page without an article says what Lede looked for, leads to the saved articles, and gives details to report', async () => {
  const page = await suite.lede.newPage(suite.server.url('pages', 'no-article.html'));
  await suite.lede.clickToolbarButton(page);
  await waitForOverlayMessage(page);
  const overlay = page.locator('lede-reader');
  expect(await overlay.locator('.lede-message').textContent()).toContain(
    'a headline and several paragraphs of running text',
  );
  expect(await overlay.getByRole('button', { name: 'Saved articles' }).isVisible()).toBe(true);
  const details = await overlay.getByRole('textbox', { name: 'Page details' }).inputValue();
  expect(details).toContain(`URL: ${page.url()}`);
  expect(details).toMatch(/Lede: \d+\.\d+\.\d+, no article \(no-article\)/);
  await overlay.getByRole('button', { name: 'Copy page details' }).click();
  await expect
    .poll(() => overlay.getByRole('status').textContent())
    .toMatch(/^(Copied\.|Could not copy: select the text above and copy it\.)$/);
  await page.close();
});
