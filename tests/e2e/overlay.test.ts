import { describe, expect, test } from 'vitest';
import {
  clickOverlayButton,
  inOverlay,
  overlayCount,
  pageState,
  readOverlay,
  useLede,
  waitForNoOverlay,
  waitForOverlay,
} from './overlay-helpers';
import { settle } from './harness';

// Opening and closing: every trigger, and the page handed back exactly as it was.
const suite = useLede();

describe('toggle', () => {
  test('a second toolbar click closes the overlay and the page is exactly as before', async () => {
    const page = await suite.lede.newPage(suite.server.url('shared', 'seed/seed-article.rich.html'));
    await page.evaluate(() => window.scrollTo(0, 400));
    const button = await page.evaluateHandle(() => {
      const b = document.createElement('button');
      b.id = 'focus-probe';
      b.textContent = 'probe';
      document.body.append(b);
      b.focus({ preventScroll: true });
      return b;
    });
    await button.dispose();
    const before = await pageState(page);
    expect(before.scrollY).toBe(400);
    expect(before.focusedId).toBe('focus-probe');

    const scrollbar = () => page.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
    expect(await scrollbar()).toBeGreaterThan(0);

    await suite.lede.clickToolbarButton(page);
    await waitForOverlay(page);
    // The page's scrollbar goes while the reader covers it (the page is locked a frame after the
    // reader's first paint), and comes back when it closes.
    await expect.poll(scrollbar).toBe(0);
    // Reading to the end of the article and past it, by wheel and by key, does not scroll the page.
    const openAt = await page.evaluate(() => window.scrollY);
    await page.mouse.move(400, 300);
    const atEnd = () =>
      inOverlay(page, (root) => {
        const dialog = root.querySelector('dialog')!;
        return dialog.scrollTop > 0 && dialog.scrollTop + dialog.clientHeight >= dialog.scrollHeight - 1;
      });
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 1000);
    await expect.poll(atEnd).toBe(true);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 1000);
    for (let i = 0; i < 10; i++) await page.keyboard.press('PageDown');
    await settle(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(openAt);

    await suite.lede.clickToolbarButton(page);
    await waitForNoOverlay(page);
    expect(await pageState(page)).toEqual(before);
    expect(await scrollbar()).toBeGreaterThan(0);
    await page.close();
  });

  test('Esc and the close button close it, and focus returns to the page', async () => {
    const page = await suite.lede.newPage(suite.server.url('pages', 'hostile.html'));
    await page.evaluate(() => (document.getElementById('page-button') as HTMLElement).focus());
    const before = await pageState(page);

    await suite.lede.clickToolbarButton(page);
    await waitForOverlay(page);
    await page.keyboard.press('Escape');
    await waitForNoOverlay(page);
    expect(await pageState(page)).toEqual(before);

    await suite.lede.clickToolbarButton(page);
    await waitForOverlay(page);
    await clickOverlayButton(page, 'Close reader');
    await waitForNoOverlay(page);
    expect(await pageState(page)).toEqual(before);
    await page.close();
  });

  test('the keyboard shortcut is assigned by Chromium and toggles the reader', async () => {
    const commands =
      await suite.lede.inWorker<{ name: string; shortcut: string; description: string }[]>('chrome.commands.getAll()');
    const toggle = commands.find((command) => command.name === 'toggle-reader');
    expect(toggle?.shortcut).toBe('Alt+Shift+L');
    expect(toggle?.description).toBe('Open or close the reader');

    const page = await suite.lede.newPage(suite.server.url('shared', 'seed/seed-article.bare.html'));
    await suite.lede.pressShortcut(page, 'Alt+Shift+L');
    await waitForOverlay(page);
    await suite.lede.pressShortcut(page, 'Alt+Shift+L');
    await waitForNoOverlay(page);
    await page.close();
  });

  test('injecting the content script twice still shows one overlay', async () => {
    const page = await suite.lede.newPage(suite.server.url('shared', 'seed/seed-article.rich.html'));
    await suite.lede.clickToolbarButton(page); // grants activeTab and opens
    await waitForOverlay(page);
    await suite.lede.inWorker(`(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const inject = () => chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/reader.js'] });
      await Promise.all([inject(), inject()]);
    })()`);
    await waitForOverlay(page);
    expect(await overlayCount(page)).toBe(1);
    expect((await readOverlay(page)).headline).toBe('Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit');
    await suite.lede.clickToolbarButton(page);
    await waitForNoOverlay(page);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    await page.close();
  });
});

describe('focus', () => {
  test('focus moves into the dialog, Tab and Shift+Tab cycle inside it', async () => {
    const page = await suite.lede.newPage(suite.server.url('shared', 'seed/seed-article.rich.html'));
    await suite.lede.clickToolbarButton(page);
    await waitForOverlay(page);
    const focusInOverlay = () =>
      inOverlay(page, (root) =>
        document.activeElement === root.host ? (root.activeElement?.textContent?.trim() ?? '(dialog)') : null,
      );
    expect(await focusInOverlay()).not.toBeNull();

    const seen = new Set<string | null>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focused = await focusInOverlay();
      expect(focused).not.toBeNull();
      seen.add(focused);
    }
    // Close, settings, save, saved articles and the link to the original were all reached.
    expect(seen.size).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInOverlay()).not.toBeNull();
    }
    await page.close();
  });

  test('the page behind the open reader is modal-inert: its links cannot take focus until it closes', async () => {
    const page = await suite.lede.newPage(suite.server.url('shared', 'seed/seed-article.rich.html'));
    const focusPageLink = () =>
      page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('a[href]');
        link?.focus();
        return link !== null && document.activeElement === link;
      });
    await suite.lede.clickToolbarButton(page);
    await waitForOverlay(page);
    // The dialog is painted as a popover first and turns modal right after that frame.
    await page.waitForFunction(() =>
      Document.prototype.getElementsByTagName
        .call(document, 'lede-reader')[0]
        ?.shadowRoot?.querySelector('dialog')
        ?.matches(':modal'),
    );
    expect(await focusPageLink()).toBe(false);
    await page.keyboard.press('Escape');
    await waitForNoOverlay(page);
    expect(await focusPageLink()).toBe(true);
    await page.close();
  });
});

describe('menus and restricted pages', () => {
  test('the page and toolbar-button context menu entries exist', async () => {
    // contextMenus has no getter; updating an id that does not exist rejects.
    const exists = await suite.lede.inWorker(`(async () => {
      const check = (id) => chrome.contextMenus.update(id, {}).then(() => true, () => false);
      return { open: await check('lede-open'), save: await check('lede-save'), library: await check('lede-library'), bogus: await check('nope') };
    })()`);
    expect(exists).toEqual({ open: true, save: true, library: true, bogus: false });
  });

  test('on a page the reader cannot enter, the click opens the saved-articles popup with the reason', async () => {
    const page = await suite.lede.newPage();
    await page.goto('chrome://version');
    await suite.lede.clickToolbarButton(page);
    await expect
      .poll(async () => {
        const { targetInfos } = (await suite.lede.cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
        return targetInfos.some((target) => target.url.endsWith('/popup.html?reason=restricted'));
      })
      .toBe(true);
    await page.close();
  });
});
