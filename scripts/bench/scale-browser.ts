import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM } from '../../tests/e2e/harness';
import { SCALE_PAGE, TIMES, URL, growth, runsAt, sizeTimes, type SizeTimes } from './scale';
import type { TimedPhase } from './timed';
import { grownPage, inertScripts, repeatsForBytes } from './scale-pages';

/**
 * The scale section again, in Chromium, where Lede runs: the DOM differs from jsdom's, and so do
 * its costs. A pass that asked each paragraph's parent for its `childElementCount` was
 * quadratic in Chromium, which counts the children each time, and only this measure showed it.
 */
export interface BrowserScaleFigures {
  /** Slope of log(Lede's time) over log(page bytes), ×1 to ×16, in Chromium. */
  browserScaleExponent: number;
  /** Lede ÷ plain Readability (with its clone of the page) at ×16, in Chromium. */
  browserScaleRatio: number;
  slopes: Record<TimedPhase | 'readabilityAlone', number>;
  sizes: SizeTimes[];
}

const CORE = join(import.meta.dirname, 'browser-core.ts');

/** The core and Readability as one script for a page (browser-core.ts). */
async function bundle(): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: CORE, formats: ['iife'], name: 'ledeBenchBundle' } },
  });
  const output = (Array.isArray(built) ? built[0] : built) as { output: Array<{ type: string; code?: string }> };
  const chunk = output.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('the bench bundle of the core came out empty');
  return chunk.code;
}

/** In the page, as scale.ts times in Node. */
const timeInPage = (runs: number) => `globalThis.__ledeBench.timedRuns(document, location.href, ${runs})`;

export async function benchBrowserScale(
  extractRuns: number,
  progress: (line: string) => void = () => {},
): Promise<BrowserScaleFigures> {
  const [html, code] = await Promise.all([readFile(SCALE_PAGE, 'utf8'), bundle()]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    let pageHtml = '';
    await page.route('**/*', (route) =>
      route.request().url() === URL ? route.fulfill({ body: pageHtml, contentType: 'text/html' }) : route.abort(),
    );
    const sizes: SizeTimes[] = [];
    for (const times of TIMES) {
      const runs = runsAt(times, extractRuns);
      pageHtml = inertScripts(grownPage(html, repeatsForBytes(html, times, URL), URL));
      progress(`  ×${times} the bytes in Chromium, ${runs} runs`);
      await page.goto(URL, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      await page.evaluate(code);
      const timed = (await page.evaluate(timeInPage(runs))) as Parameters<typeof sizeTimes>[2];
      sizes.push(sizeTimes(times, Buffer.byteLength(pageHtml), timed));
    }
    const { exponent, ratio, slopes } = growth(sizes);
    return { browserScaleExponent: exponent, browserScaleRatio: ratio, slopes, sizes };
  } finally {
    await browser.close().catch(() => {});
  }
}
