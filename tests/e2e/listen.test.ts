import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { inOverlay, seriousViolations, until, useLede, waitForNoOverlay } from './overlay-helpers';
import { contentWorld, STAND_IN, type ContentWorld } from './speech-stand-in';

// Listen in the overlay, with a recording stand-in for speechSynthesis in the content script's world.
const suite = useLede();
const SEED = 'seed/seed-article.rich.html';
const HEADLINE = 'Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit';
const SUBHEAD = 'Zusammenarbeit Japan-Russland: Vorteile und Anliegen';

interface Spoken {
  text: string;
  rate: number;
  voice: string | null;
  lang: string;
}

const spoken = (world: ContentWorld) => world.evaluate<Spoken[]>('__ledeSpeech.log.utterances');
const current = (world: ContentWorld) => world.evaluate<string | null>('__ledeSpeech.speaking()');
const endUtterance = (world: ContentWorld) => world.evaluate('__ledeSpeech.end()');
const highlighted = (world: ContentWorld, name: string) =>
  world.evaluate<string[]>(`[...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map((range) => range.toString())`);
const button = (page: Page, name: string | RegExp) => page.locator('lede-reader').getByRole('button', { name });

async function openListening(): Promise<{ page: Page; world: ContentWorld }> {
  const page = await suite.openReader(SEED);
  const world = await contentWorld(suite.lede, page);
  await world.evaluate(STAND_IN);
  // The body follows the header by a frame; Listen plans it once it is there.
  await page.locator('lede-reader .lede-body p').first().waitFor();
  return { page, world };
}

describe('Listen in the overlay', () => {
  test('reads in news order with the German voice, highlights the word, pauses and resumes at the word', async () => {
    const { page, world } = await openListening();
    await button(page, 'Listen').click();
    expect(
      await until(
        () => current(world),
        (t) => t !== null,
      ),
    ).toBe(HEADLINE);
    const [first] = await spoken(world);
    expect(first).toMatchObject({ lang: 'de', voice: 'stand-in-anna', rate: 1 });

    // The word the engine reports is highlighted, and moves with the next boundary.
    await world.evaluate('__ledeSpeech.boundary(0, 13)');
    expect(await highlighted(world, 'lede-listen-word')).toEqual(['Spitzentreffen'.slice(0, 13)]);
    await world.evaluate('__ledeSpeech.boundary(15, 5)');
    expect(await highlighted(world, 'lede-listen-word')).toEqual(['Japan']);
    expect(await highlighted(world, 'lede-listen-block')).toEqual([HEADLINE]);

    await endUtterance(world);
    expect(await current(world)).toBe('Von Hannah Janz');
    for (let i = 0; i < 4; i++) await endUtterance(world);
    expect(await current(world)).toMatch(/^Am Montag trafen sich/);
    const parts = (await spoken(world)).map((u) => u.text);
    expect(parts.slice(2, 5)).toEqual([
      'Nordkorea als Bedrohung: Russlands und Japans Außen- und Verteidigungsminister beraten über gemeinsame Sicherheitspolitik',
      'Stärkere Zusammenarbeit wird angepeilt',
      'Gespräche Vorbereitung auf Abe-Putin-Treffen im April',
    ]);

    // `l` pauses (speech cancelled), and resumes from the last word boundary.
    await world.evaluate('__ledeSpeech.boundary(10, 6)');
    await page.keyboard.press('l');
    await until(
      () => current(world),
      (t) => t === null,
    );
    expect(await button(page, 'Resume').isVisible()).toBe(true);
    await page.keyboard.press('l');
    expect(
      await until(
        () => current(world),
        (t) => t !== null,
      ),
    ).toMatch(/^trafen sich Japans/);

    // A new speed applies at once, to the rest of the sentence.
    await world.evaluate('__ledeSpeech.boundary(7, 4)');
    // The overlay accepts only trusted input (selectOption's events are synthetic): the keyboard it is.
    await page.locator('lede-reader').getByRole('combobox', { name: 'Speed' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await until(
      () => spoken(world),
      (u) => u.at(-1)?.rate === 1.5,
    );
    expect((await spoken(world)).at(-1)).toMatchObject({ rate: 1.5, text: expect.stringMatching(/^sich Japans/) });

    // A voice change too, and it is remembered for German.
    await page.locator('lede-reader').getByRole('combobox', { name: 'Voice' }).focus();
    await page.keyboard.press('ArrowDown');
    await until(
      () => spoken(world),
      (u) => u.at(-1)?.voice === 'stand-in-petra',
    );
    await page.close();
  });

  test('a click on a paragraph jumps there; next and previous paragraph; closing stops speech', async () => {
    const { page, world } = await openListening();
    await button(page, 'Listen').click();
    await until(
      () => current(world),
      (t) => t !== null,
    );
    // The rate and voice chosen in the last test were remembered.
    expect((await spoken(world))[0]).toMatchObject({ rate: 1.5, voice: 'stand-in-petra' });

    await page.locator('lede-reader .lede-body h2').click();
    expect(
      await until(
        () => current(world),
        (t) => t === SUBHEAD,
      ),
    ).toBe(SUBHEAD);
    expect(await highlighted(world, 'lede-listen-block')).toEqual([SUBHEAD]);

    await button(page, 'Next paragraph').click();
    expect(
      await until(
        () => current(world),
        (t) => t !== SUBHEAD,
      ),
    ).toMatch(/^Für Russland bedeutet/);
    await button(page, 'Previous paragraph').click();
    expect(
      await until(
        () => current(world),
        (t) => t === SUBHEAD,
      ),
    ).toBe(SUBHEAD);

    await page.keyboard.press('Escape');
    await waitForNoOverlay(page);
    expect(await current(world)).toBeNull();
    expect(await world.evaluate<number>('__ledeSpeech.log.cancels')).toBeGreaterThan(0);
    expect(await highlighted(world, 'lede-listen-block')).toEqual([]);
    await page.close();
  });

  test('every control works from the keyboard, and axe finds nothing serious while listening', async () => {
    const { page, world } = await openListening();
    await button(page, 'Listen').focus();
    await page.keyboard.press('Enter');
    await until(
      () => current(world),
      (t) => t !== null,
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await inOverlay(page, (root) => root.activeElement?.textContent?.trim() ?? '');
    expect(focused).toMatch(/Next paragraph/);
    await page.keyboard.press('Enter');
    expect(
      await until(
        () => current(world),
        (t) => t !== HEADLINE,
      ),
    ).toBe('Von Hannah Janz');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
