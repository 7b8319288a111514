import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { inOverlay, readOverlay, removeBlockHolding, selectInOverlay, until, useLede } from './overlay-helpers';

/**
 * Issue 16's last line in the browser: an article saved BEFORE its site was fixed is brought up to
 * date on the saved-article page, from the page Lede kept with it, offline. Two real articles of
 * one publisher, served from one host, are "the site": B is saved and highlighted, then a block is
 * removed in fix mode on A, then B's saved copy is re-read.
 */
const suite = useLede();

const PAGE_A = 'corpus/fundus-open/html/de/NTV_2023_04_28.html.gz';
const CAPTION_A = 'Rätselhafte Malereien von Neo Rauch';
const PAGE_B = 'corpus/fundus-open/html/de/NTV_2024_08_05.html.gz';
const CAPTION_B = 'Ein olympisches Phänomen: Kevin Durant.';

/** What the library holds, straight from its IndexedDB in the background. */
function library(): Promise<{ ids: string[]; pages: { articleId: string; gzip: boolean }[] }> {
  return suite.lede.inWorker(`new Promise((done) => {
    const open = indexedDB.open('lede-library');
    open.onsuccess = () => {
      const tx = open.result.transaction(['articles', 'pages']);
      const ids = tx.objectStore('articles').getAllKeys();
      const pages = tx.objectStore('pages').getAll();
      tx.oncomplete = () =>
        done({ ids: ids.result, pages: pages.result.map((p) => ({ articleId: p.articleId, gzip: p.gzip instanceof ArrayBuffer })) });
    };
  })`);
}

/** axe-core's serious and critical findings in the re-read section of the saved-article page. */
async function axeSerious(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(c: Element): Promise<{ violations: { id: string; impact: string }[] }> };
    };
    const result = await axe.run(document.querySelector('.reader-reread')!);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

const painted = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('lede-hl-yellow') ?? [])].map((range) => range.toString()));

test('a copy saved before its site was fixed is re-read with the fix; its highlight stays', async () => {
  // B, saved and highlighted while the site has no fixes: its caption is in the copy.
  const b = await suite.openReader(PAGE_B);
  expect((await readOverlay(b)).bodyText).toContain(CAPTION_B);
  await b.keyboard.press('s');
  const [id] = (await until(library, (l) => l.pages.length === 1)).ids;
  expect((await library()).pages).toEqual([{ articleId: id, gzip: true }]);
  const quote = await selectInOverlay(b);
  await b.keyboard.press('h');
  await expect.poll(() => b.locator('lede-reader').getByRole('button', { name: 'Highlights (1)' }).count()).toBe(1);
  await b.close();

  // Then the reader fixes the site on its other article A: the caption beside the text goes.
  const a = await suite.openReader(PAGE_A);
  expect((await readOverlay(a)).bodyText).toContain(CAPTION_A);
  await a.keyboard.press('f');
  const overlay = a.locator('lede-reader');
  await expect.poll(() => overlay.getByRole('button', { name: 'Remove this block' }).count()).toBeGreaterThan(3);
  await removeBlockHolding(a, 'Rätselhafte Malereien von Neo Rauch');
  await expect
    .poll(() => inOverlay(a, (root) => root.querySelector('.lede-fix-stub')?.textContent ?? ''))
    .toContain(`Removed: ${CAPTION_A}`);
  await a.close();

  // B's saved copy is as it was saved, until it is re-read.
  const saved = await suite.lede.openExtensionPage(`article.html?id=${id}`);
  await saved.locator('.lede-body p').first().waitFor();
  expect(await saved.locator('.lede-body').textContent()).toContain(CAPTION_B);
  expect(
    await until(
      () => painted(saved),
      (p) => p.length > 0,
    ),
  ).toEqual([quote]);
  const reread = saved.getByRole('button', { name: 'Re-read with site fixes' });
  await reread.click();
  await expect
    .poll(() => saved.getByRole('status').filter({ hasText: 'Re-read' }).textContent())
    .toBe('Re-read with 1 site fix.');
  await expect.poll(() => saved.locator('.lede-body').textContent()).not.toContain(CAPTION_B);
  expect(
    await until(
      () => painted(saved),
      (p) => p.length > 0,
    ),
  ).toEqual([quote]);
  expect(await axeSerious(saved)).toEqual([]);

  // Stored, not only shown: opened again, the copy is the re-read one, with its highlight.
  await saved.reload();
  await saved.locator('.lede-body p').first().waitFor();
  expect(await saved.locator('.lede-body').textContent()).not.toContain(CAPTION_B);
  expect(
    await until(
      () => painted(saved),
      (p) => p.length > 0,
    ),
  ).toEqual([quote]);
  await saved.close();
});
