import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import { settle, type LedeBrowser, type StaticServer } from '../../tests/e2e/harness';
import type { CorpusPage } from './corpus';
import { serveGenerated } from '../../tests/e2e/generated-server';
import { largeArticle } from '../../tests/e2e/large-page';
import { median, percentile } from './stats';
import { openBenchWorld, type BenchWorld } from './world';

/**
 * The overlay's first heading: the article's headline (`READER_HEADING_ID` in components/Reader)
 * or, on a page without an article, the message's title (`MESSAGE_HEADING_ID` in NoArticle).
 */
const HEADING = '#lede-headline, #lede-message-title';
const PAINT_TIMEOUT_MS = 120_000;

export interface ClickFigures {
  /** Median over pages of (click → headline painted) ÷ (clone + Readability parse in the page). */
  clickToPaintRatio: number;
  /** Median over pages of the click's 95th percentile ÷ Readability's median: the slow clicks. */
  clickToPaintP95Ratio: number;
  pages: Array<{
    page: string;
    clickMs: number;
    clickP95Ms: number;
    readabilityMs: number;
    ratio: number;
    shown: string;
  }>;
}

/**
 * Installed in the bench's world before the click: polls each animation frame for the overlay's
 * heading in an open shadow root; once it is rendered visibly (the dialog is open) in a frame,
 * a message posted from that frame's rAF callback is delivered after the frame is painted, and
 * its wall-clock time is taken as the first paint.
 */
const paintProbe = (heading: string) => `globalThis.__ledePaint = new Promise((resolve, reject) => {
  const deadline = setTimeout(() => reject(new Error('the overlay never painted a heading')), ${PAINT_TIMEOUT_MS});
  const heading = () => {
    for (const el of document.documentElement.children) {
      const found = el.shadowRoot && el.shadowRoot.querySelector(${JSON.stringify(heading)});
      if (found) return found;
    }
    return null;
  };
  const frame = () => {
    const found = heading();
    if (!found || !found.checkVisibility()) return requestAnimationFrame(frame);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      clearTimeout(deadline);
      resolve({ at: Date.now(), shown: found.id });
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(frame);
}); 0`;

async function readabilitySource(): Promise<string> {
  const require = createRequire(import.meta.url);
  return readFile(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
}

/**
 * On each page, alternately: (a) a fresh load, then a toolbar click (CDP
 * `Extensions.triggerAction`, like a user's) timed from just before the command is sent to the
 * overlay's first painted heading, both read from the system clock (`Date.now()` in Node and in
 * the page); (b) a fresh load, then `new Readability(document.cloneNode(true)).parse()` timed in
 * the page. Lede's side includes everything a user waits for: the background's handling,
 * injection, extraction, settings, and the overlay's render.
 */
export async function benchClickToPaint(
  lede: LedeBrowser,
  server: StaticServer,
  pages: CorpusPage[],
  runs: number,
): Promise<ClickFigures> {
  const session = await lede.browser.newBrowserCDPSession();
  const readability = await readabilitySource();
  const results: ClickFigures['pages'] = [];
  for (const corpusPage of pages) {
    const url = server.url('shared', corpusPage.sharedPath);
    const tab = await lede.newPage();
    const click: number[] = [];
    const parse: number[] = [];
    const shown = new Set<string>();
    // Run 0 warms the browser's caches and the service worker on both sides and is not kept.
    for (let run = 0; run <= runs; run++) {
      const order = run % 2 === 0 ? ['click', 'parse'] : ['parse', 'click'];
      for (const side of order) {
        await load(tab, url);
        const world = await openBenchWorld(tab);
        try {
          if (side === 'click') {
            const painted = await clickAndWaitForPaint(session, lede.extensionId, tab, world);
            if (run > 0) click.push(painted.ms);
            shown.add(painted.shown);
          } else {
            const ms = await world.evaluate<number>(`${readability}
;(() => { const start = performance.now(); new Readability(document.cloneNode(true)).parse(); return performance.now() - start; })()`);
            if (run > 0) parse.push(ms);
          }
        } finally {
          await world.detach();
        }
      }
    }
    await tab.close();
    const clickMs = median(click);
    const clickP95Ms = percentile(click, 0.95);
    const readabilityMs = median(parse);
    results.push({
      page: corpusPage.name,
      clickMs,
      clickP95Ms,
      readabilityMs,
      ratio: clickMs / readabilityMs,
      shown: [...shown].join(' '),
    });
  }
  await session.detach();
  return {
    clickToPaintRatio: median(results.map((r) => r.ratio)),
    clickToPaintP95Ratio: median(results.map((r) => r.clickP95Ms / r.readabilityMs)),
    pages: results,
  };
}

/**
 * A 10 MB article (the seed page's body repeated, as the e2e tests make it): click to its
 * headline painted, the median of `runs` fresh loads. A "still reading" note painted on the way
 * does not count: the figure is what a reader waits for the article.
 */
export async function benchClickToPaintLarge(
  lede: LedeBrowser,
  runs: number,
): Promise<{ clickToPaintLargeMs: number; runsMs: number[] }> {
  const pages = await serveGenerated({
    '/large.html': { type: 'text/html; charset=utf-8', body: async () => (await largeArticle(10_000_000)).html },
  });
  const session = await lede.browser.newBrowserCDPSession();
  const tab = await lede.newPage();
  const runsMs: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await load(tab, pages.url('/large.html'));
      const world = await openBenchWorld(tab);
      try {
        runsMs.push((await clickAndWaitForPaint(session, lede.extensionId, tab, world, '#lede-headline')).ms);
      } finally {
        await world.detach();
      }
    }
  } finally {
    await tab.close();
    await session.detach();
    await pages.close();
  }
  return { clickToPaintLargeMs: median(runsMs), runsMs };
}

async function load(tab: Page, url: string): Promise<void> {
  await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await settle(tab);
}

async function clickAndWaitForPaint(
  session: CDPSession,
  extensionId: string,
  tab: Page,
  world: BenchWorld,
  heading = HEADING,
) {
  await tab.bringToFront();
  const targetId = await tabTargetId(session, tab);
  await world.evaluate(paintProbe(heading));
  const clickedAt = Date.now();
  await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId } as never);
  const painted = await world.evaluate<{ at: number; shown: string }>('globalThis.__ledePaint');
  return { ms: painted.at - clickedAt, shown: painted.shown };
}

/**
 * `Extensions.triggerAction` wants the tab target, which CDP does not link to Playwright's page:
 * the tab just brought to front shows the page's URL and is the active one. (As the e2e harness
 * does; looked up before the clock starts, so it is not part of the figure.)
 */
async function tabTargetId(session: CDPSession, tab: Page): Promise<string> {
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: Array<{ targetId: string; type: string; url: string; embedderData?: { tabActive?: boolean } }>;
  };
  const sameUrl = targetInfos.filter((t) => t.type === 'tab' && t.url === tab.url());
  const active = sameUrl.filter((t) => t.embedderData?.tabActive);
  const match = active.length === 1 ? active[0] : sameUrl.length === 1 ? sameUrl[0] : undefined;
  if (!match) throw new Error(`No single tab target for ${tab.url()}`);
  return match.targetId;
}
