import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { inOverlay, readOverlay, useLede, waitForOverlay } from './overlay-helpers';

// Typography and theme: stored once, applied at once in every tab, kept across reloads.
const suite = useLede();

function articleStyle(page: Page) {
  return inOverlay(page, (root) => {
    const paragraph = root.querySelector('.lede-body p')!;
    const style = getComputedStyle(paragraph);
    return { fontSize: style.fontSize, fontFamily: style.fontFamily.split(',')[0] };
  });
}

test('a change in one tab applies at once in another and survives a reload', async () => {
  const first = await suite.openReader('seed/seed-article.rich.html');
  const second = await suite.openReader('seed/seed-article.bare.html');
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
  for (let presses = 0; Number(await size.inputValue()) < 24 && presses < 20; presses++)
    await first.keyboard.press('ArrowRight');
  expect(await size.inputValue()).toBe('24');
  await expect.poll(() => articleStyle(first)).toEqual({ fontSize: '24px', fontFamily: 'system-ui' });

  // The other tab follows without being touched.
  await expect.poll(async () => (await readOverlay(second)).theme).toBe('dark');
  await expect.poll(() => articleStyle(second)).toEqual({ fontSize: '24px', fontFamily: 'system-ui' });

  const stored = await suite.lede.inWorker<{ settings: Record<string, unknown> }>(
    "chrome.storage.sync.get('settings')",
  );
  expect(stored.settings).toMatchObject({ theme: 'dark', font: 'sans', fontSize: 24 });

  await first.reload();
  await suite.lede.clickToolbarButton(first);
  await waitForOverlay(first);
  expect((await readOverlay(first)).theme).toBe('dark');
  expect(await articleStyle(first)).toEqual({ fontSize: '24px', fontFamily: 'system-ui' });
  await first.close();
  await second.close();
});
