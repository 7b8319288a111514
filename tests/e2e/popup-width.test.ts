import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { SCREENSHOTS, useLede, waitForNoOverlay } from './overlay-helpers';

// The popup at the width the toolbar gives it: nothing may touch or cross its edges.
const suite = useLede();
const WIDTH = 400;
const MARGIN = 8;

test('the popup at its real width (400 px): every control and line of text keeps clear of the edges', async () => {
  const reader = await suite.openReader('seed/seed-article.rich.html');
  await reader.keyboard.press('s');
  await reader.keyboard.press('Escape');
  await waitForNoOverlay(reader);

  const popup = await suite.lede.openExtensionPage('popup.html?reason=restricted');
  await popup.setViewportSize({ width: WIDTH, height: 600 });
  await popup.locator('.lib-list li').first().waitFor();
  await mkdir(SCREENSHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.screenshot({ path: resolve(SCREENSHOTS, `popup-400-${scheme}.png`) });
  }
  const crossing = await popup.evaluate(
    ({ width, margin }) =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter((el) => !el.closest('.lib-visually-hidden'))
        // The page's own frame (the app root and the popup's column) is the edge itself.
        .filter((el) => el.parentElement !== document.body && !el.matches('.lib-popup'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.left < margin || box.right > width - margin))
        .map(({ el, box }) => `${el.localName}.${el.className} ${Math.round(box.left)}–${Math.round(box.right)}`),
    { width: WIDTH, margin: MARGIN },
  );
  expect(crossing).toEqual([]);
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  await popup.close();
  await reader.close();
});
