import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

/** What a reader sees in the overlay, read through the open shadow root. */
export interface OverlayView {
  headline: string;
  byline: string;
  teaser: string[];
  paragraphs: number;
  bodyText: string;
  lang: string | null;
  dir: string | null;
  theme: string | null;
  message: string;
  labelledBy: string | null;
  labelText: string;
}

// The hostile fixture replaces document.querySelector in the main world; getElementsByTagName and
// the shadow root's own querySelector are left alone.
export async function overlayCount(page: Page): Promise<number> {
  return page.evaluate(() => Document.prototype.getElementsByTagName.call(document, 'lede-reader').length);
}

export async function waitForOverlay(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const dialog = Document.prototype.getElementsByTagName.call(document, 'lede-reader')[0]?.shadowRoot?.querySelector('dialog');
    return dialog?.open === true && dialog.querySelector('h1') !== null;
  });
}

export async function waitForNoOverlay(page: Page): Promise<void> {
  await page.waitForFunction(() => Document.prototype.getElementsByTagName.call(document, 'lede-reader').length === 0);
}

export async function readOverlay(page: Page): Promise<OverlayView> {
  return page.evaluate(() => {
    const root = Document.prototype.getElementsByTagName.call(document, 'lede-reader')[0]?.shadowRoot;
    if (!root) throw new Error('no overlay');
    const text = (selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';
    const article = root.querySelector('article');
    const dialog = root.querySelector('dialog');
    const labelledBy = dialog?.getAttribute('aria-labelledby') ?? null;
    return {
      headline: text('article h1'),
      byline: text('.lede-byline'),
      teaser: [...root.querySelectorAll('.lede-teaser li')].map((li) => li.textContent?.trim() ?? ''),
      paragraphs: [...root.querySelectorAll('.lede-body p')].filter((p) => (p.textContent ?? '').trim().length > 0).length,
      bodyText: text('.lede-body'),
      lang: article?.getAttribute('lang') ?? null,
      dir: article?.getAttribute('dir') ?? null,
      theme: root.querySelector('.lede-root')?.getAttribute('data-theme') ?? null,
      message: text('.lede-message'),
      labelledBy,
      labelText: labelledBy ? (root.getElementById(labelledBy)?.textContent?.trim() ?? '') : '',
    };
  });
}

/** Clicks a button in the overlay by its visible text or accessible name. */
export async function clickOverlayButton(page: Page, name: string | RegExp): Promise<void> {
  await page.locator('lede-reader').getByRole('button', { name }).click();
}

/** A screenshot under test-results/screenshots/, in light and in dark colour scheme. */
export async function screenshotBothSchemes(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}-light.png`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Text compared the way the corpus README asks: NFKC, straight quotes, collapsed whitespace. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
