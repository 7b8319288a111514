import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import { settle, type LedeBrowser, type StaticServer } from '../../tests/e2e/harness';
import type { CorpusPage } from './corpus';
import { median } from './stats';
import { openBenchWorld, type BenchWorld } from './world';

/**
 * The overlay's first heading: the article's headline (`READER_HEADING_ID` in components/Reader)
 * or, on a page without an article, the message's title (`MESSAGE_HEADING_ID` in NoArticle).
 */
const HEADING = '#lede-headline, #lede-message-title';
const PAINT_TIMEOUT_MS = 60_000;

export interface ClickFigures {
  /** Median over pages of (click → headline painted) ÷ (clone + Readability parse in the page). */
  clickToPaintRatio: number;
  pages: Array<{ page: string; clickMs: number; readabilityMs: number; ratio: number; shown: string }>;
}

/**
 * Installed in the bench's world before the click: polls each animation frame for the overlay's
 * heading in an open shadow root; once it is rendered visibly (the dialog is open) in a frame,
 * a message posted from that frame's rAF callback is delivered after the frame is painted, and
 * its wall-clock time is taken as the first paint.
 */
const PAINT_PROBE = `globalThis.__ledePaint = new Promise((resolve, reject) => {
  const deadline = setTimeout(() => reject(new Error('the overlay never painted a heading')), ${PAINT_TIMEOUT_MS});
  const heading = () => {
    for (const el of document.documentElement.children) {
      const found = el.shadowRoot && el.shadowRoot.querySelector(${JSON.stringify(HEADING)});
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
export async function benchClickToPaint(lede: LedeBrowser, server: StaticServer, pages: CorpusPage[], runs: number): Promise<ClickFigures> {
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
    const readabilityMs = median(parse);
    results.push({ page: corpusPage.name, clickMs, readabilityMs, ratio: clickMs / readabilityMs, shown: [...shown].join(' ') });
  }
  await session.detach();
  return { clickToPaintRatio: median(results.map((r) => r.ratio)), pages: results };
}

async function load(tab: Page, url: string): Promise<void> {
  await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await settle(tab);
}

async function clickAndWaitForPaint(session: CDPSession, extensionId: string, tab: Page, world: BenchWorld) {
  await tab.bringToFront();
  const targetId = await tabTargetId(session, tab);
  await world.evaluate(PAINT_PROBE);
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
