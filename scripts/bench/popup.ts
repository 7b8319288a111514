import type { Page } from 'playwright-core';
import { launchLede, type LedeBrowser } from '../../tests/e2e/harness';
import { loadTemplates, SEARCH_TERM, seedLibrary } from './library-seed';
import { closeQuietly } from './quiet';
import { median } from './stats';

/** The list's rows and headlines (components/SavedList.tsx) and the search box (entrypoints/popup/App.tsx). */
const ROW = '.lib-row';
const ROW_HEADLINE = '.lib-row .lib-headline';
const SEARCH_BOX = 'input.lib-search';

export interface PopupFigures {
  small: number;
  large: number;
  /** Medians, in ms: navigation start → first row painted; input event → results painted. */
  listMs: { small: number; large: number };
  searchMs: { small: number; large: number };
  /** The larger of the two ratios (large ÷ small). */
  popupScaleRatio: number;
  listRatio: number;
  searchRatio: number;
  /** JS heap used by the popup after a full GC, with the large library. */
  libraryMemoryMB: number;
  smallLibraryMemoryMB: number;
}

/**
 * Polls each animation frame until `ready()` holds; a message posted from that frame's rAF
 * callback arrives after the frame is painted, and that moment is the figure.
 */
const PAINTED_WHEN = `(ready, since) => new Promise((resolve) => {
  const frame = () => {
    if (!ready()) return requestAnimationFrame(frame);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - since);
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(frame);
})`;

/** Runs from the popup's first script on: the time from navigation start to the first painted row. */
const LIST_PROBE = `globalThis.__ledeListPainted = (${PAINTED_WHEN})(() => {
  const row = document.querySelector(${JSON.stringify(ROW)});
  return !!row && row.checkVisibility();
}, 0);`;

/**
 * Two browsers, one library each (`small` and `large` articles), measured turn about so that the
 * machine's load weighs on both alike. Each run opens popup.html in a fresh tab (the toolbar popup
 * is the same page) and measures, in the page: navigation start → first list row painted, then
 * typing a query (one input event) → a list whose first row matches, painted. The popup's own
 * search delay is part of what a user waits for, so it is in both figures.
 */
export async function benchPopup(runs: number, small = 10, large = 5000): Promise<PopupFigures> {
  const templates = await loadTemplates();
  const browsers = await Promise.all([launchLede(), launchLede()]);
  try {
    const [smallLede, largeLede] = browsers as [LedeBrowser, LedeBrowser];
    await Promise.all([prepare(smallLede, small), prepare(largeLede, large)]);
    const samples = {
      list: { small: [] as number[], large: [] as number[] },
      search: { small: [] as number[], large: [] as number[] },
    };
    for (let run = 0; run <= runs; run++) {
      const order: Array<['small' | 'large', LedeBrowser]> =
        run % 2 === 0
          ? [
              ['small', smallLede],
              ['large', largeLede],
            ]
          : [
              ['large', largeLede],
              ['small', smallLede],
            ];
      for (const [size, lede] of order) {
        const figures = await measureOnce(lede);
        // Run 0 warms the browser's caches and is not kept.
        if (run === 0) continue;
        samples.list[size].push(figures.listMs);
        samples.search[size].push(figures.searchMs);
      }
    }
    const listMs = { small: median(samples.list.small), large: median(samples.list.large) };
    const searchMs = { small: median(samples.search.small), large: median(samples.search.large) };
    const listRatio = listMs.large / listMs.small;
    const searchRatio = searchMs.large / searchMs.small;
    return {
      small,
      large,
      listMs,
      searchMs,
      listRatio,
      searchRatio,
      popupScaleRatio: Math.max(listRatio, searchRatio),
      libraryMemoryMB: await heapMB(largeLede),
      smallLibraryMemoryMB: await heapMB(smallLede),
    };
  } finally {
    await Promise.all(browsers.map(closeQuietly));
  }

  async function prepare(lede: LedeBrowser, count: number): Promise<void> {
    // Opening the popup creates the library at Lede's current schema.
    const page = await lede.openExtensionPage('popup.html');
    await page.waitForSelector('.lib-empty, .lib-row');
    await seedLibrary(page, templates, count);
    await page.close();
  }
}

async function openPopup(lede: LedeBrowser): Promise<Page> {
  const page = await lede.context.newPage();
  await page.addInitScript(LIST_PROBE);
  await page.goto(`chrome-extension://${lede.extensionId}/popup.html`);
  return page;
}

async function measureOnce(lede: LedeBrowser): Promise<{ listMs: number; searchMs: number }> {
  const page = await openPopup(lede);
  try {
    const listMs = await page.evaluate('globalThis.__ledeListPainted');
    const searchMs = await page.evaluate(
      `(${PAINTED_WHEN})(() => {
        const first = document.querySelector(${JSON.stringify(ROW_HEADLINE)});
        return !!first && first.textContent.includes(${JSON.stringify(SEARCH_TERM)}) && first.checkVisibility();
      }, (() => {
        const box = document.querySelector(${JSON.stringify(SEARCH_BOX)});
        const start = performance.now();
        box.value = ${JSON.stringify(SEARCH_TERM)};
        box.dispatchEvent(new Event('input', { bubbles: true }));
        return start;
      })())`,
    );
    return { listMs: listMs as number, searchMs: searchMs as number };
  } finally {
    await page.close();
  }
}

/** The popup's JS heap with its list shown, after a full garbage collection. */
async function heapMB(lede: LedeBrowser): Promise<number> {
  const page = await openPopup(lede);
  try {
    await page.evaluate('globalThis.__ledeListPainted');
    const session = await lede.context.newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    await session.detach();
    return usedSize / 2 ** 20;
  } finally {
    await page.close();
  }
}
