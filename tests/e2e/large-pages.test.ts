import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveGenerated } from './generated-server';
import { largeArticle, longTextArticle } from './large-page';
import { settle } from './harness';
import { inOverlay, useLede } from './overlay-helpers';

// Pages of unusual size and shape: the click always ends in a clear state, and the tab stays usable.
const suite = useLede();

/** A 10 MB page takes a while to load in a busy browser: more than Playwright's default 30 s. */
async function load(path: string): Promise<Page> {
  const page = await suite.lede.newPage();
  await page.goto(pages.url(path), { waitUntil: 'load', timeout: 120_000 });
  await settle(page);
  return page;
}

const PARAGRAPHS = [
  'The ferry that links the island to the mainland will keep running through the winter, the council decided on Tuesday after a long debate.',
  'Its old boat is to be replaced by a second-hand vessel from the north, which the harbour master says can carry twice as many cars.',
  'The region has been asked to share the cost, and a decision on that is expected before the end of the year, officials said.',
  'Residents had collected more than four thousand signatures for the service, which many of them use every day to get to work.',
];

/** A page built from a web component: the whole article lives in its open shadow root. */
const SHADOW_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Island keeps its ferry through the winter</title></head>
<body><news-story></news-story>
<script>
customElements.define('news-story', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<article><h1>Island keeps its ferry through the winter</h1><p class="byline">By Mara Quell</p>'
      + ${JSON.stringify(PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''))} + '</article>';
  }
});
</script></body></html>`;

/** The page's own clock: a timer that records when it ran, as a page script's would. */
const TICKER = `<script>window.__ticks = []; setInterval(() => window.__ticks.push(performance.now()), 25);</script>`;

const SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400" viewBox="0 0 800 400">
  <title>Rainfall in March</title>
  <rect width="800" height="400" fill="#eef"/>
  <text x="40" y="80" font-size="32">Rainfall in March, by week</text>
  <text x="40" y="140" font-size="18">Week one was the wettest since records began in the valley.</text>
</svg>`;

let pages: Awaited<ReturnType<typeof serveGenerated>>;
beforeAll(async () => {
  pages = await serveGenerated({
    '/huge.html': {
      type: 'text/html; charset=utf-8',
      body: async () => (await largeArticle(10_000_000)).html.replace('</head>', `${TICKER}</head>`),
    },
    '/long-text.html': { type: 'text/html; charset=utf-8', body: async () => (await longTextArticle(6_000_000)).html },
    '/rainfall.svg': { type: 'image/svg+xml', body: SVG },
    '/shadow-story.html': { type: 'text/html; charset=utf-8', body: SHADOW_PAGE },
  });
});
afterAll(() => pages?.close());

/**
 * What the overlay ends on: an article's headline, or a message (no article, too large). Not the
 * header a large page shows first while its body is still being read (the dialog is busy then).
 */
async function finalState(page: Page): Promise<{ headline: string; message: string; save: boolean }> {
  await page.waitForFunction(
    () => {
      const root = Document.prototype.getElementsByTagName.call(document, 'lede-reader')[0]?.shadowRoot;
      return (
        root?.querySelector('dialog:not([aria-busy="true"]) article h1') != null ||
        root?.querySelector('.lede-message:not(.lede-reading)') != null
      );
    },
    null,
    { timeout: 110_000, polling: 100 },
  );
  return inOverlay(page, (root) => ({
    headline: root.querySelector('article h1')?.textContent?.trim() ?? '',
    message: root.querySelector('.lede-message')?.textContent?.trim() ?? '',
    save: [...root.querySelectorAll('button')].some((b) => /^(Save|Saved)$/.test(b.textContent?.trim() ?? '')),
  }));
}

describe('a 10 MB article', () => {
  test(
    'opens the reader or says the page is too large, and the page keeps running meanwhile',
    { timeout: 300_000 },
    async () => {
      const { headline } = await largeArticle(10_000_000);
      const page = await load('/huge.html');
      const clickedAt = await page.evaluate(() => performance.now());
      await suite.lede.clickToolbarButton(page);
      const end = await finalState(page);
      const doneAt = await page.evaluate(() => performance.now());
      if (end.headline) expect(end.headline).toBe(headline);
      else expect(end.message).toContain('This page is too large to read in Lede');

      // Lede read the page in steps: the page's own timer ran while it was reading, not only
      // before and after. (The middle of the wait, so injection and painting do not count.)
      const ticks = await page.evaluate(() => (window as unknown as { __ticks: number[] }).__ticks);
      const span = doneAt - clickedAt;
      const middle = ticks.filter((at) => at > clickedAt + span * 0.1 && at < doneAt - span * 0.1);
      expect(middle.length).toBeGreaterThan(0);
      await page.close();
    },
  );
});

describe('pages that are not articles', () => {
  test('an SVG document gets the overlay and the no-article answer, with nothing to save', async () => {
    const page = await suite.lede.newPage(pages.url('/rainfall.svg'));
    await suite.lede.clickToolbarButton(page);
    const end = await finalState(page);
    expect(end.message).toContain('No article found');
    expect(end.save).toBe(false);
    const visible = await inOverlay(page, (root) => root.querySelector('.lede-message h1')!.checkVisibility());
    expect(visible).toBe(true);
    await page.close();
  });

  test(
    'a page that replaces itself with document.open() during the click gets the no-article answer',
    { timeout: 300_000 },
    async () => {
      const page = await load('/huge.html');
      // The page replaces its document while Lede is reading it: as soon as Lede's reader appears
      // on it (a large page shows its header first), or at the first long stretch the page's timer
      // did not get to run, whichever comes first.
      await page.evaluate(() => {
        let done = false;
        const replace = () => {
          if (done) return;
          done = true;
          clearInterval(timer);
          observer.disconnect();
          document.open();
          document.write('<p>Four words, nothing more.</p>');
          document.close();
        };
        const observer = new MutationObserver(() => {
          if (document.getElementsByTagName('lede-reader').length) setTimeout(replace, 0);
        });
        observer.observe(document.documentElement, { childList: true });
        let last = performance.now();
        const timer = setInterval(() => {
          const now = performance.now();
          if (now - last > 100) replace();
          last = now;
        }, 10);
      });
      await suite.lede.clickToolbarButton(page);
      const end = await finalState(page);
      expect(end.headline).toBe('');
      expect(end.message).toMatch(/No article found|This page is too large to read in Lede/);
      expect(end.save).toBe(false);
      await page.close();
    },
  );
});

describe('saving what the reader shows', () => {
  test(
    'an article larger than the library keeps opens, and Save says why it is not kept, with the numbers',
    { timeout: 300_000 },
    async () => {
      const page = await load('/long-text.html');
      await suite.lede.clickToolbarButton(page);
      const end = await finalState(page);
      expect(end.headline).not.toBe('');
      await page
        .locator('lede-reader')
        .getByRole('button', { name: /^Save$/ })
        .click();
      await expect
        .poll(() => inOverlay(page, (root) => root.textContent ?? ''), { timeout: 30_000 })
        .toContain('This article is larger than Lede keeps: 6 MB of text, limit 5 MB');
      await page.close();
    },
  );
});

describe("a large page and the site's fixes", () => {
  test(
    'a page read off its main thread comes out with the site’s fixes, and the reader says so',
    { timeout: 300_000 },
    async () => {
      const rules = {
        format: 'lede-site-fixes',
        version: 1,
        sites: { '127.0.0.1': [{ kind: 'hide', field: 'authors' }] },
      };
      await suite.lede.inWorker(`chrome.storage.local.set({ siteFixes: ${JSON.stringify(rules)} })`);
      try {
        const page = await load('/long-text.html');
        await suite.lede.clickToolbarButton(page);
        const end = await finalState(page);
        expect(end.headline).not.toBe('');
        const shown = await inOverlay(page, (root) => ({
          byline: root.querySelector('.lede-byline')?.textContent ?? '',
          badge: root.querySelector('.lede-fix-badge')?.textContent?.trim() ?? '',
        }));
        expect(shown).toEqual({ byline: '', badge: 'Site fixes applied Show without them' });
        await page.close();
      } finally {
        await suite.lede.inWorker(`chrome.storage.local.remove('siteFixes')`);
      }
    },
  );
});

describe('web components', () => {
  // Needs the core to read open shadow roots (issue 20's other half): the reader shows the text
  // a visitor sees, wherever the page keeps it.
  test('an article whose text lives in an open shadow root opens in the reader', async () => {
    const page = await suite.lede.newPage(pages.url('/shadow-story.html'));
    await suite.lede.clickToolbarButton(page);
    const end = await finalState(page);
    expect(end.headline).toBe('Island keeps its ferry through the winter');
    const body = await inOverlay(page, (root) => root.querySelector('.lede-body')?.textContent ?? '');
    for (const paragraph of PARAGRAPHS) expect(body).toContain(paragraph);
    await page.close();
  });
});
