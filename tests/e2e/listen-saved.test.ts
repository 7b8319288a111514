import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { until, useLede } from './overlay-helpers';
import { STAND_IN } from './speech-stand-in';

// Listen on Lede's saved-article page: the place is stored with the article and offered again,
// and "Listen to unread" plays the unread articles one after another, marking each read.
const suite = useLede();
const HEADLINE = 'Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit';

const current = (page: Page) => page.evaluate(() => (globalThis as any).__ledeSpeech.speaking() as string | null);
const endUtterance = (page: Page) => page.evaluate(() => (globalThis as any).__ledeSpeech.end());

/** The library's records, read straight from IndexedDB on an extension page. */
function records(page: Page): Promise<{ id: string; read: boolean; listenPosition?: { snippet: string } }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('lede-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('articles').objectStore('articles').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      }),
  );
}

async function openSaved(query: string): Promise<Page> {
  const page = await suite.lede.context.newPage();
  await page.goto(`chrome-extension://${suite.lede.extensionId}/article.html${query}`);
  await page.locator('.lede-headline').waitFor();
  return page;
}

describe('Listen on saved articles', () => {
  beforeAll(async () => {
    // Every page of this file gets the stand-in; on extension pages it is the extension's own world.
    await suite.lede.context.addInitScript(STAND_IN);
  });

  test('the listening place is stored with the saved article and offered on reopening', async () => {
    const page = await suite.openReader('seed/seed-article.rich.html');
    await page.locator('lede-reader').getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('lede-reader').getByRole('button', { name: 'Saved', exact: true }).waitFor();
    await page.close();

    const popup = await suite.lede.openExtensionPage('popup.html');
    const [record] = await records(popup);
    await popup.close();
    let reader = await openSaved(`?id=${record!.id}`);
    await reader.getByRole('button', { name: 'Listen' }).click();
    expect(
      await until(
        () => current(reader),
        (t) => t !== null,
      ),
    ).toBe(HEADLINE);
    for (let i = 0; i < 5; i++) await endUtterance(reader);
    expect(await current(reader)).toMatch(/^Am Montag trafen sich/);
    await reader.evaluate(() => (globalThis as any).__ledeSpeech.boundary(10, 6));
    await reader.keyboard.press('l');
    await until(
      () => records(reader),
      (list) => list[0]?.listenPosition?.snippet.startsWith('trafen') === true,
    );
    await reader.close();

    reader = await openSaved(`?id=${record!.id}`);
    const offer = reader.getByRole('button', { name: /Continue from “trafen sich Japans und …”/ });
    await offer.click();
    expect(
      await until(
        () => current(reader),
        (t) => t !== null,
      ),
    ).toMatch(/^trafen sich Japans und Russlands/);
    await reader.close();
  });

  test('"Listen to unread" in the popup plays each unread article to its end and marks it read', async () => {
    const page = await suite.openReader('seed/seed-article.bare.html');
    await page.locator('lede-reader').getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('lede-reader').getByRole('button', { name: 'Saved', exact: true }).waitFor();
    await page.close();

    const popup = await suite.lede.openExtensionPage('popup.html');
    const opened = suite.lede.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Listen to unread' }).click();
    const player = await opened;
    await player.locator('.lede-headline').waitFor();
    expect(
      await until(
        () => current(player),
        (t) => t !== null,
      ),
    ).toBe(HEADLINE);
    expect((await records(player)).map((r) => r.read)).toEqual([false, false]);

    // The newest unread first (the bare seed) from its headline; then the rich seed, which the
    // last test left part-way: the playlist continues it where listening stopped.
    const starts = [HEADLINE];
    for (let i = 0; i < 80; i++) {
      await endUtterance(player);
      const next = await until(
        () => current(player),
        (t) => t !== null,
      );
      if (next === HEADLINE || next?.startsWith('trafen sich Japans und')) starts.push(next);
      if (next === null) break;
    }
    await player.getByText('No unread articles to listen to.').waitFor();
    expect(starts).toEqual([HEADLINE, expect.stringMatching(/^trafen sich Japans und Russlands/)]);
    expect((await records(player)).map((r) => r.read)).toEqual([true, true]);
    await player.close();
    await popup.close();
  });
});
