import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract';
import { parseHtml, readHtmlFile } from '../lib/html-file';
import { listCorpusPages, pageUrl, type CorpusPage } from './corpus';
import { median, percentile } from './stats';

export interface ExtractFigures {
  pages: number;
  /** "120 of 627 pages, evenly spread" when a sample was timed, null when every page was. */
  sample: string | null;
  /** Pages jsdom could not parse or that threw in either extractor; not in the ratios. */
  skipped: string[];
  /** Median over pages of (Lede's extractArticle ÷ plain Readability), per-page medians. */
  extractRatio: number;
  extractP95Ratio: number;
  /** The pages with the highest ratios, where a fix would pay most. */
  worst: Array<{ page: string; ratio: number; ledeMs: number; readabilityMs: number }>;
}

type Side = 'lede' | 'readability';

/**
 * Both sides start from the same parsed Document and clone it (Lede clones inside
 * extractArticle), so the ratio is Lede's own cost over what Readability alone costs.
 */
function timeOnce(side: Side, doc: Document, url: string): number {
  const start = performance.now();
  if (side === 'lede') extractArticle(doc, url);
  else new Readability(doc.cloneNode(true) as Document).parse();
  return performance.now() - start;
}

/**
 * Times both extractors on every corpus page in this one process: one warm-up each, then `runs`
 * rounds whose order alternates, so neither side always runs on a cache or JIT the other warmed.
 */
export async function benchExtract(
  runs: number,
  options: { limit?: number; onPage?: (done: number, total: number) => void } = {},
): Promise<ExtractFigures> {
  const all = await listCorpusPages();
  const pages = options.limit ? spread(all, options.limit) : all;
  const ratios: Array<{ page: string; ratio: number; ledeMs: number; readabilityMs: number }> = [];
  const skipped: string[] = [];
  for (const [index, page] of pages.entries()) {
    const timed = await timePage(page, runs).catch(() => null);
    if (timed) ratios.push({ page: page.name, ...timed });
    else skipped.push(page.name);
    options.onPage?.(index + 1, pages.length);
  }
  const values = ratios.map((r) => r.ratio);
  return {
    pages: ratios.length,
    sample: pages.length < all.length ? `${pages.length} of ${all.length} pages, evenly spread` : null,
    skipped,
    extractRatio: median(values),
    extractP95Ratio: percentile(values, 0.95),
    worst: ratios.sort((a, b) => b.ratio - a.ratio).slice(0, 5),
  };
}

/**
 * A small page takes 2 ms a side, where one pause of the collector or a neighbour's burst on this
 * shared machine doubles a run: with 3 runs the p95 swung from 2.0× to 2.7× between two benches
 * of the same code. So a page is timed until each side has run this long in all (more runs on
 * small pages, none added on large ones), up to `MAX_RUNS`.
 */
const MIN_SIDE_MS = 60;
const MAX_RUNS = 25;

async function timePage(page: CorpusPage, runs: number) {
  const url = pageUrl(page);
  const doc = parseHtml(await readHtmlFile(page.file), url);
  const samples: Record<Side, number[]> = { lede: [], readability: [] };
  timeOnce('lede', doc, url);
  timeOnce('readability', doc, url);
  const timedEnough = () => sum(samples.readability) >= MIN_SIDE_MS || samples.readability.length >= MAX_RUNS;
  for (let run = 0; run < runs || !timedEnough(); run++) {
    const order: Side[] = run % 2 === 0 ? ['lede', 'readability'] : ['readability', 'lede'];
    for (const side of order) samples[side].push(timeOnce(side, doc, url));
  }
  doc.defaultView?.close();
  const ledeMs = median(samples.lede);
  const readabilityMs = median(samples.readability);
  return { ratio: ledeMs / readabilityMs, ledeMs, readabilityMs };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** `count` pages spread evenly over the list, so a quick run still sees every corpus. */
export function spread<T>(items: T[], count: number): T[] {
  if (count >= items.length) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}
