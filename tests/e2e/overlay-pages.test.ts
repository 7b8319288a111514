import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { extractArticle } from '@/utils/extract';
import { parseHtml, readHtmlFile } from '@/scripts/lib/html-file';
import {
  inOverlay,
  normalise,
  readOverlay,
  screenshotBothSchemes,
  useLede,
  waitForOverlay,
  waitForOverlayMessage,
} from './overlay-helpers';

// What the overlay shows on real pages, a hostile page, a page without an article and an RTL page.
const SHARED = resolve(import.meta.dirname, '../../../shared');
const suite = useLede();

describe('seed pages', () => {
  for (const variant of ['rich', 'bare']) {
    test(`${variant}: headline, every author, teaser bullets and body are visible`, async () => {
      const expected = JSON.parse(
        await readFile(resolve(SHARED, `seed/seed-article.${variant}.expected.json`), 'utf8'),
      ) as {
        title: string;
        authors: string[];
        teaser: string[];
        lang: string;
        bodyBlocks: { tag: string; text: string }[];
      };
      const page = await suite.openReader(`seed/seed-article.${variant}.html`);
      const view = await readOverlay(page);
      expect(normalise(view.headline)).toBe(normalise(expected.title));
      for (const author of expected.authors) expect(view.byline).toContain(author);
      expect(view.teaser.map(normalise)).toEqual(expected.teaser.map(normalise));
      expect(view.lang).toBe(expected.lang);
      const paragraphs = expected.bodyBlocks.filter((block) => block.tag === 'p');
      expect(view.paragraphs).toBeGreaterThanOrEqual(paragraphs.length);
      for (const block of paragraphs) expect(normalise(view.bodyText)).toContain(normalise(block.text));
      expect(view.labelText).toBe(view.headline);
      await screenshotBothSchemes(page, `seed-${variant}`);
      await page.close();
    });
  }
});

describe('corpus pages', () => {
  const pages = [
    'corpus/fundus-open/html/at/DiePresse_2025_06_05.html.gz',
    'corpus/fundus-open/html/de/BerlinerZeitung_2023_04_28.html.gz',
    'corpus/readability/guardian-1/source.html',
  ];
  for (const path of pages) {
    test(`${path}: the overlay shows every field the core extracts`, async () => {
      const page = await suite.openReader(path);
      const extracted = extractArticle(parseHtml(await readHtmlFile(resolve(SHARED, path)), page.url()), page.url());
      if (!extracted.ok) throw new Error(`the core found no article in ${path}`);
      const { article } = extracted;
      expect(article.authors.length).toBeGreaterThan(0);
      expect(article.teaser.length).toBeGreaterThan(0);

      const view = await readOverlay(page);
      expect(normalise(view.headline)).toBe(normalise(article.title));
      for (const author of article.authors) expect(view.byline).toContain(author);
      expect(view.teaser.map(normalise)).toEqual(article.teaser.map(normalise));
      expect(view.paragraphs).toBeGreaterThanOrEqual(3);
      await screenshotBothSchemes(
        page,
        path
          .split('/')
          .slice(-2)
          .join('-')
          .replace(/\.html(\.gz)?$/, ''),
      );
      await page.close();
    });
  }
});

describe('hostile, empty and right-to-left pages', () => {
  test('a hostile page cannot hide, shrink or cover the overlay, nor see its keys', async () => {
    const page = await suite.openReader('hostile.html', 'pages');
    const view = await readOverlay(page);
    expect(view.headline).toBe('Harbour town votes to keep its ferry');
    expect(view.byline).toContain('Mara Quell');
    expect(view.paragraphs).toBeGreaterThanOrEqual(4);

    const layout = await inOverlay(page, (root) => {
      const host = root.host;
      const dialog = root.querySelector('dialog')!;
      const headline = root.querySelector('h1')!;
      const box = dialog.getBoundingClientRect();
      return {
        covers: box.width >= innerWidth - 1 && box.height >= innerHeight - 1,
        topmost: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === host,
        headlinePx: parseFloat(getComputedStyle(headline).fontSize),
      };
    });
    expect(layout).toEqual({ covers: true, topmost: true, headlinePx: expect.any(Number) });
    // 1.9 × the 20 px default: the page's `html { font-size: 5px }` does not reach in.
    expect(layout.headlinePx).toBe(38);

    await page.keyboard.press('Tab');
    await page.keyboard.press('x');
    expect(await page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys)).toEqual([]);
    await screenshotBothSchemes(page, 'hostile');
    await page.close();
  });

  test('an RTL header reads from the right: site, then date; the byline starts where the headline does', async () => {
    const page = await suite.lede.newPage(suite.server.url('pages', 'rtl-dated.html'));
    await suite.lede.clickToolbarButton(page);
    await waitForOverlay(page);
    const layout = await inOverlay(page, (root) => {
      const box = (selector: string) => root.querySelector(selector)!.getBoundingClientRect();
      return {
        kicker: root.querySelector('.lede-kicker')!.textContent,
        siteLeft: box('.lede-kicker bdi').left,
        dateRight: box('.lede-kicker time').right,
        headlineRight: box('.lede-headline').right,
        bylineRight: box('.lede-byline span').right,
        readingTimeRight: box('.lede-reading-time span').right,
      };
    });
    expect(layout.kicker).toContain('صحيفة المدينة');
    expect(layout.siteLeft).toBeGreaterThan(layout.dateRight);
    expect(Math.abs(layout.bylineRight - layout.headlineRight)).toBeLessThan(2);
    expect(Math.abs(layout.readingTimeRight - layout.headlineRight)).toBeLessThan(2);
    await page.close();
  });

  test('a page without an article gets a clear message in the overlay', async () => {
    const page = await suite.lede.newPage(suite.server.url('pages', 'no-article.html'));
    await suite.lede.clickToolbarButton(page);
    await waitForOverlayMessage(page);
    const view = await readOverlay(page);
    expect(view.labelText).toBe('No article found');
    expect(view.message).toContain('could not find an article on this page');
    await screenshotBothSchemes(page, 'no-article');
    await page.close();
  });

  test('an RTL article is laid out right to left in its language', async () => {
    const page = await suite.openReader('corpus/defuddle/fixtures/elements--farsi-zwnj.html');
    const view = await readOverlay(page);
    expect(view.dir).toBe('rtl');
    expect(view.lang).toBe('fa');
    expect(view.headline).toBe('معرفی Bases در Obsidian');
    const directions = await inOverlay(page, (root) => {
      const of = (selector: string) => getComputedStyle(root.querySelector(selector)!).direction;
      return {
        body: of('.lede-body p'),
        header: [of('.lede-kicker'), of('.lede-reading-time')],
        bar: of('.lede-toolbar'),
      };
    });
    expect(directions.body).toBe('rtl');
    // The header's lines start on the same side as the headline, not on the left.
    expect(directions.header).toEqual(['rtl', 'rtl']);
    // The page's own <html dir="rtl"> does not mirror Lede's English bar.
    expect(directions.bar).toBe('ltr');
    await screenshotBothSchemes(page, 'rtl-farsi');
    await page.close();
  });
});

describe('accessibility', () => {
  const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

  async function seriousViolations(page: Page) {
    await page.addScriptTag({ path: axeSource });
    return inOverlay(page, async (root) => {
      const host = root.host;
      const axe = (
        window as unknown as {
          axe: { run(context: Element): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const { violations } = await axe.run(host);
      return violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id} (${violation.impact}, ${violation.nodes.length} nodes)`);
    });
  }

  test('axe finds no serious or critical violation, in light and dark, with the settings open', async () => {
    const page = await suite.openReader('seed/seed-article.rich.html');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('lede-reader').getByRole('button', { name: 'Reading settings' }).click();
    await page.locator('lede-reader').getByRole('radio', { name: 'Dark' }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('lede-reader').getByRole('radio', { name: 'Sepia' }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBothSchemes(page, 'settings-open');
    await page.locator('lede-reader').getByRole('radio', { name: 'Automatic' }).check();
    await page.close();
  });

  test('axe finds no serious or critical violation in the no-article message', async () => {
    const page = await suite.lede.newPage(suite.server.url('pages', 'no-article.html'));
    await suite.lede.clickToolbarButton(page);
    await waitForOverlayMessage(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
