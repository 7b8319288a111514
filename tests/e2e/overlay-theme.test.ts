import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { inOverlay, useLede } from './overlay-helpers';

// The four themes as a reader sees them: the colours behind and of the text, and of the teaser.
const suite = useLede();

function colours(page: Page) {
  return inOverlay(page, (root) => {
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    return {
      background: style('.lede-root').backgroundColor,
      text: style('.lede-headline').color,
      teaser: style('.lede-teaser').backgroundColor,
    };
  });
}

const LIGHT = { background: 'rgb(255, 255, 255)', text: 'rgb(29, 29, 31)', teaser: 'rgb(238, 243, 251)' };
const DARK = { background: 'rgb(23, 24, 27)', text: 'rgb(232, 230, 225)', teaser: 'rgb(34, 38, 46)' };
const SEPIA = { background: 'rgb(247, 240, 225)', text: 'rgb(58, 46, 33)', teaser: 'rgb(237, 225, 200)' };

test('"auto" follows the system scheme; light, sepia and dark hold whatever the system says', async () => {
  const page = await suite.openReader('seed/seed-article.rich.html');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await colours(page)).toEqual(LIGHT);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colours(page)).toEqual(DARK);

  const overlay = page.locator('lede-reader');
  await overlay.getByRole('button', { name: 'Reading settings' }).click();
  for (const [name, expected] of [
    ['Light', LIGHT],
    ['Sepia', SEPIA],
    ['Dark', DARK],
  ] as const) {
    await overlay.getByRole('radio', { name }).check();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expect.poll(() => colours(page)).toEqual(expected);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
});
