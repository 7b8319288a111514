import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  clickOverlayButton,
  inOverlay,
  overlayCount,
  pageState,
  useLede,
  waitForNoOverlay,
  waitForOverlay,
} from './overlay-helpers';

// Lede is updated (or reloaded) while its overlay is open on a page. The content script that drew
// the overlay is orphaned: every extension API call from it now throws "Extension context
// invalidated". The user still sees the overlay and uses it; none of that may break the page.
const suite = useLede();

/** Uncaught errors and console errors the page's tab reports, from any of its worlds. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // The seed pages link images on hosts the test machine cannot resolve: the page's own noise.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** The reader open on a page, then Lede reloaded under it. */
async function orphanedOverlay(): Promise<{
  page: Page;
  errors: string[];
  before: Awaited<ReturnType<typeof pageState>>;
}> {
  const page = await suite.lede.newPage(suite.server.url('shared', 'seed/seed-article.rich.html'));
  const errors = watchErrors(page);
  const before = await pageState(page);
  await suite.lede.clickToolbarButton(page);
  await waitForOverlay(page);
  await suite.lede.reloadExtension();
  return { page, errors, before };
}

const saveButton = (page: Page) => page.locator('lede-reader').getByRole('button', { name: /^(Save|Saved)$/ });

describe('after Lede is updated under an open overlay', () => {
  test('Save explains that the library is unavailable; Close still gives the page back', async () => {
    const { page, errors, before } = await orphanedOverlay();
    await saveButton(page).click();
    await expect
      .poll(() => inOverlay(page, (root) => root.querySelector('[role="alert"]')?.textContent?.trim() ?? ''))
      .toBe("Lede's library is not available right now. Try again in a moment.");
    expect(await saveButton(page).getAttribute('aria-pressed')).toBe('false');

    await clickOverlayButton(page, 'Close reader');
    await waitForNoOverlay(page);
    expect(await pageState(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Esc closes it and gives the page back', async () => {
    const { page, errors, before } = await orphanedOverlay();
    await page.keyboard.press('Escape');
    await waitForNoOverlay(page);
    expect(await pageState(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the shortcut, now handled by the new Lede, replaces the orphan with a working overlay; the next press gives the page back', async () => {
    const { page, errors, before } = await orphanedOverlay();
    const orphan = await page.evaluateHandle(
      () => Document.prototype.getElementsByTagName.call(document, 'lede-reader')[0]!,
    );
    await suite.lede.pressShortcut(page, 'Alt+Shift+L');
    await expect.poll(() => orphan.evaluate((host) => host.isConnected)).toBe(false);
    await waitForOverlay(page);
    expect(await overlayCount(page)).toBe(1);
    // The new overlay talks to the new Lede: saving works again.
    await saveButton(page).click();
    await expect.poll(() => saveButton(page).getAttribute('aria-pressed')).toBe('true');

    await suite.lede.pressShortcut(page, 'Alt+Shift+L');
    await waitForNoOverlay(page);
    expect(await pageState(page)).toEqual(before);
    expect(errors).toEqual([]);
    await orphan.dispose();
    await page.close();
  });
});
