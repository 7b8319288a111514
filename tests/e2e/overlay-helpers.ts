import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLede, startServer, type LedeBrowser, type StaticServer } from './harness';

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

/** One browser with Lede and one static server, shared by the tests of a file. */
export interface LedeSuite {
  readonly lede: LedeBrowser;
  readonly server: StaticServer;
  /** Opens a page from the static server and the reader on it with a toolbar click. */
  openReader(path: string, root?: 'shared' | 'pages'): Promise<Page>;
}

/** Starts the browser and the server before the file's tests and stops them after. */
export function useLede(): LedeSuite {
  let lede: LedeBrowser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });
  const suite: LedeSuite = {
    get lede() {
      if (!lede) throw new Error('Lede is launched in beforeAll: use it inside a test');
      return lede;
    },
    get server() {
      if (!server) throw new Error('The server is started in beforeAll: use it inside a test');
      return server;
    },
    async openReader(path, root = 'shared') {
      const page = await suite.lede.newPage(suite.server.url(root, path));
      await suite.lede.clickToolbarButton(page);
      await waitForOverlay(page);
      return page;
    },
  };
  return suite;
}

/** Everything a user or a page script could notice about the page under the overlay. */
export async function pageState(page: Page): Promise<{ html: string; scrollY: number; focusedId: string | null }> {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollY: window.scrollY,
    focusedId: document.activeElement?.id ?? null,
  }));
}

// Probes find the overlay through the prototypes, never through the page's `document` methods:
// a hostile page replaces those in the main world (hostile.html replaces document.querySelector)
// and can make a probe see nothing. The shadow root's own methods are out of its reach.

/** Runs `probe` in the page on the overlay's shadow root, with `arg`; throws if no overlay is open. */
export async function inOverlay<R>(
  page: Page,
  probe: (root: ShadowRoot, arg: string) => R | Promise<R>,
  arg = '',
): Promise<R> {
  const root = await page.evaluateHandle(() => {
    const shadow = Document.prototype.getElementsByTagName.call(document, 'lede-reader')[0]?.shadowRoot;
    if (!shadow) throw new Error('no overlay');
    return shadow;
  });
  try {
    return await root.evaluate(probe, arg);
  } finally {
    await root.dispose();
  }
}

/** In fix mode, "Remove this block" on the body block whose text holds `text` (its bar stands right before it). */
export async function removeBlockHolding(page: Page, text: string): Promise<void> {
  const index = await inOverlay(
    page,
    (root, needle) =>
      [...root.querySelectorAll('.lede-fix-bar')].findIndex((bar) =>
        (bar.nextElementSibling?.textContent ?? '').includes(needle),
      ),
    text,
  );
  expect(index).toBeGreaterThanOrEqual(0);
  await page.locator('lede-reader').getByRole('button', { name: 'Remove this block' }).nth(index).click();
}

export async function overlayCount(page: Page): Promise<number> {
  return page.evaluate(() => Document.prototype.getElementsByTagName.call(document, 'lede-reader').length);
}

export async function waitForOverlay(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const dialog = Document.prototype.getElementsByTagName
      .call(document, 'lede-reader')[0]
      ?.shadowRoot?.querySelector('dialog');
    return dialog?.open === true && dialog.querySelector('h1') !== null;
  });
}

/** Waits for the overlay's message (no article, or an error) instead of an article. */
export async function waitForOverlayMessage(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      Document.prototype.getElementsByTagName
        .call(document, 'lede-reader')[0]
        ?.shadowRoot?.querySelector('.lede-message') != null,
  );
}

export async function waitForNoOverlay(page: Page): Promise<void> {
  await page.waitForFunction(() => Document.prototype.getElementsByTagName.call(document, 'lede-reader').length === 0);
}

export async function readOverlay(page: Page): Promise<OverlayView> {
  return inOverlay(page, (root) => {
    const text = (selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';
    const article = root.querySelector('article');
    const dialog = root.querySelector('dialog');
    const labelledBy = dialog?.getAttribute('aria-labelledby') ?? null;
    return {
      headline: text('article h1'),
      byline: text('.lede-byline'),
      teaser: [...root.querySelectorAll('.lede-teaser li')].map((li) => li.textContent?.trim() ?? ''),
      paragraphs: [...root.querySelectorAll('.lede-body p')].filter((p) => (p.textContent ?? '').trim().length > 0)
        .length,
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

/** Polls `probe` (every 50 ms, up to 5 s) until `ok` holds, and returns the last value either way. */
export async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await probe();
    if (ok(value)) return value;
    await new Promise((done) => setTimeout(done, 50));
  }
  return probe();
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core over the overlay's shadow root: the serious and critical violations, as `id (impact, n nodes)`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  return inOverlay(page, async (root) => {
    const axe = (
      window as unknown as {
        axe: { run(context: Element): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const { violations } = await axe.run(root.host);
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}, ${violation.nodes.length} nodes)`);
  });
}

/** Selects the first 40 characters of the body's second paragraph, as a reader dragging over them. */
export async function selectInOverlay(page: Page): Promise<string> {
  return inOverlay(page, (root) => {
    const paragraph = root.querySelectorAll('.lede-body p')[1]!;
    const text = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode() as Text;
    const selection = (root as unknown as { getSelection(): Selection }).getSelection();
    selection.setBaseAndExtent(text, 0, text, 40);
    return text.data.slice(0, 40);
  });
}
