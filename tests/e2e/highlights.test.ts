import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  inOverlay,
  selectInOverlay,
  seriousViolations,
  until,
  useLede,
  waitForNoOverlay,
  waitForOverlay,
} from './overlay-helpers';
import { contentWorld, type ContentWorld } from './speech-stand-in';

// Highlights in the overlay and on the saved-article page: select, `h`, close, reopen, edit, delete.
const suite = useLede();
const SEED = 'seed/seed-article.rich.html';

const button = (page: Page, name: string | RegExp) => page.locator('lede-reader').getByRole('button', { name });
const painted = (world: Pick<ContentWorld, 'evaluate'>, color: string) =>
  world.evaluate<string[]>(`[...(CSS.highlights.get('lede-hl-${color}') ?? [])].map((range) => range.toString())`);

/** The ids of the saved articles, straight from the library's IndexedDB in the background. */
function savedIds(): Promise<string[]> {
  return suite.lede.inWorker<string[]>(`new Promise((done) => {
    const open = indexedDB.open('lede-library');
    open.onsuccess = () => {
      const all = open.result.transaction('articles').objectStore('articles').getAllKeys();
      all.onsuccess = () => done(all.result);
    };
  })`);
}

describe('highlights', () => {
  test('select and press h: painted, the article saved; found again after reopening and on the saved page', async () => {
    const page = await suite.openReader(SEED);
    await page.locator('lede-reader .lede-body p').first().waitFor();
    const world = await contentWorld(suite.lede, page);
    expect(await savedIds()).toEqual([]);

    const quote = await selectInOverlay(page);
    await page.keyboard.press('h');
    expect(
      await until(
        () => painted(world, 'yellow'),
        (p) => p.length > 0,
      ),
    ).toEqual([quote]);
    await expect.poll(() => button(page, /^(Save|Saved)$/).getAttribute('aria-pressed')).toBe('true');
    expect(await button(page, 'Highlights (1)').isVisible()).toBe(true);
    expect(await inOverlay(page, (root) => root.querySelector('[aria-live]')?.textContent)).toContain(
      quote.slice(0, 20),
    );
    // Painted, not marked up: the article's DOM is untouched.
    expect(await inOverlay(page, (root) => root.querySelectorAll('.lede-body mark').length)).toBe(0);

    await suite.lede.clickToolbarButton(page);
    await waitForNoOverlay(page);
    expect(await painted(world, 'yellow')).toEqual([]);
    await suite.lede.clickToolbarButton(page);
    await waitForOverlay(page);
    expect(
      await until(
        () => painted(world, 'yellow'),
        (p) => p.length > 0,
      ),
    ).toEqual([quote]);

    const [id] = await savedIds();
    const saved = await suite.lede.openExtensionPage(`article.html?id=${id}`);
    await saved.locator('.lede-body p').first().waitFor();
    const pageWorld = { evaluate: <T>(expression: string) => saved.evaluate(expression) as Promise<T> };
    expect(
      await until(
        () => painted(pageWorld, 'yellow'),
        (p) => p.length > 0,
      ),
    ).toEqual([quote]);
    await saved.close();
    await world.close();
    await page.close();
  });

  test('a click opens the card: colour and note change, delete and undo; a passage gone is listed as not found', async () => {
    const page = await suite.openReader(SEED);
    await page.locator('lede-reader .lede-body p').first().waitFor();
    const world = await contentWorld(suite.lede, page);
    const quote = await until(
      () => painted(world, 'yellow'),
      (p) => p.length > 0,
    );
    expect(quote).toHaveLength(1);

    // Click in the middle of the painted text.
    const point = await inOverlay(page, (root) => {
      const paragraph = root.querySelectorAll('.lede-body p')[1]!;
      const range = document.createRange();
      range.setStart(paragraph.firstChild!, 5);
      range.setEnd(paragraph.firstChild!, 6);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    const card = page.locator('lede-reader').getByRole('dialog', { name: /^Highlight:/ });
    await card.waitFor();
    await card.getByRole('button', { name: 'Highlight in green' }).click();
    expect(
      await until(
        () => painted(world, 'green'),
        (p) => p.length > 0,
      ),
    ).toEqual(quote);
    await card.getByRole('textbox', { name: 'Note' }).fill('Warum gerade jetzt?');
    await card.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => button(page, 'Highlights (1)').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await card.getByRole('button', { name: 'Delete highlight' }).click();
    expect(
      await until(
        () => painted(world, 'green'),
        (p) => p.length === 0,
      ),
    ).toEqual([]);
    await button(page, 'Undo delete').click();
    expect(
      await until(
        () => painted(world, 'green'),
        (p) => p.length > 0,
      ),
    ).toEqual(quote);

    // The library's copy of the passage no longer matches this page: kept, listed, not painted.
    await suite.lede.inWorker(`new Promise((done) => {
      const open = indexedDB.open('lede-library');
      open.onsuccess = () => {
        const store = open.result.transaction('highlights', 'readwrite').objectStore('highlights');
        const all = store.getAll();
        all.onsuccess = () => {
          const record = all.result[0];
          record.target.quote = { type: 'TextQuoteSelector', exact: 'Dieser Satz steht nirgends im Artikel, auch nicht ähnlich.' };
          record.text = record.target.quote.exact;
          store.put(record).onsuccess = () => done(null);
        };
      };
    })`);
    await suite.lede.clickToolbarButton(page);
    await waitForNoOverlay(page);
    await suite.lede.clickToolbarButton(page);
    await waitForOverlay(page);
    await button(page, 'Highlights (1)').click();
    const listed = page.locator('lede-reader').getByRole('list', { name: 'Highlights in this article' });
    await expect.poll(() => listed.textContent()).toContain('(not found in this version)');
    expect(await painted(world, 'green')).toEqual([]);
    await world.close();
    await page.close();
  });

  test('the popup lists every highlight, searchable, counted per article; a click opens the passage', async () => {
    const popup = await suite.lede.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('.lib-row').first().textContent()).toContain('1 highlighted');
    await popup.getByRole('button', { name: 'Highlights', exact: true }).click();
    const list = popup.locator('.lib-hl-list li');
    await expect.poll(() => list.count()).toBe(1);
    expect(await list.first().textContent()).toContain('Dieser Satz steht nirgends');
    expect(await list.first().textContent()).toContain('Warum gerade jetzt?');
    await popup.getByRole('searchbox', { name: 'Search highlights' }).fill('warum');
    await expect.poll(() => popup.locator('.lib-count').textContent()).toBe('1 of 1 highlights');
    await popup.getByRole('searchbox', { name: 'Search highlights' }).fill('berlin');
    await expect.poll(() => popup.locator('.lib-count').textContent()).toBe('0 of 1 highlights');
    await popup.getByRole('searchbox', { name: 'Search highlights' }).fill('');

    const [article] = await Promise.all([
      suite.lede.context.waitForEvent('page'),
      list.first().locator('button').click(),
    ]);
    await article.waitForLoadState();
    expect(new URL(article.url()).hash).toMatch(/^#highlight=/);
    // The passage is not in this version: the card still opens, from the list's link.
    await article.getByRole('dialog', { name: /^Highlight:/ }).waitFor();
    await article.close();
    await popup.close();
  });
});
