import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveGenerated } from './generated-server';
import { largeArticle, longTextArticle } from './large-page';
import { inOverlay, useLede } from './overlay-helpers';

// Pages of unusual size and shape: the click always ends in a clear state, and the tab stays usable.
const suite = useLede();

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

/** What the overlay ends on: an article's headline, or a message (no article, too large). */
async function finalState(page: Page): Promise<{ headline: string; message: string; save: boolean }> {
  await page.waitForFunction(
    () => {
      const root = Document.prototype.getElementsByTagName.call(document, 'lede-reader')[0]?.shadowRoot;
      return (
        root?.querySelector('article h1') != null || root?.querySelector('.lede-message:not(.lede-reading)') != null
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
