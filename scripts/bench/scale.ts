import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Readability from '@mozilla/readability/Readability.js';
import { extractArticle } from '../../utils/extract';
import { parseHtml } from '../lib/html-file';
import { CORPUS } from './corpus';
import { deepPage, grownPage } from './scale-pages';
import { median } from './stats';

/** A real news article of ordinary length, with the page chrome a reader must see past. */
export const SCALE_PAGE = join(CORPUS, 'readability/bbc-1/source.html');
const URL = 'https://scale.lede.test/article';
const FACTORS = [1, 4, 16] as const;
const DEPTH = 5000;
/**
 * Timed runs per grown page at the least. The ×16 page is only about three times the bytes of
 * ×1 (the page's chrome stays), so a tenth of noise on either end moves the exponent by 0.08;
 * the median of three runs on a shared machine is one slow run away from such a tenth.
 */
export const MIN_SCALE_RUNS = 7;

export interface ScaleFigures {
  /** Slope of log(Lede's time) over log(page bytes) from ×1 to ×16: 1 is linear. */
  scaleExponent: number;
  /** Lede ÷ plain Readability on the ×16 page. */
  scaleRatio: number;
  /** Lede on the page nested 5,000 levels deep (median ms; Readability alone takes minutes there). */
  deepNestingMs: number;
  /** Why the deep page gave no article, if it did not. */
  deepError?: string;
  sizes: Array<{ factor: number; bytes: number; ledeMs: number; readabilityMs: number }>;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const lede = (doc: Document) => () => {
  const result = extractArticle(doc, URL);
  if (!result.ok) throw new Error(`scale page gave no article: ${result.reason}`);
};
const readability = (doc: Document) => () => new Readability(doc.cloneNode(true) as Document).parse();

/**
 * One warm-up, then alternating runs of each side per size (`extractRuns`, at least
 * `MIN_SCALE_RUNS`), as in extract.ts. Sizes are page bytes, not the factor: the repeated body
 * is only part of the page.
 */
export async function benchScale(
  extractRuns: number,
  progress: (line: string) => void = () => {},
): Promise<ScaleFigures> {
  const runs = Math.max(extractRuns, MIN_SCALE_RUNS);
  const html = await readFile(SCALE_PAGE, 'utf8');
  const sizes: ScaleFigures['sizes'] = [];
  for (const factor of FACTORS) {
    progress(`  ×${factor}`);
    const page = grownPage(html, factor, URL);
    const doc = parseHtml(page, URL);
    const samples = { lede: [] as number[], readability: [] as number[] };
    time(lede(doc));
    time(readability(doc));
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? (['lede', 'readability'] as const) : (['readability', 'lede'] as const);
      for (const side of order) samples[side].push(time(side === 'lede' ? lede(doc) : readability(doc)));
    }
    doc.defaultView?.close();
    sizes.push({
      factor,
      bytes: Buffer.byteLength(page),
      ledeMs: median(samples.lede),
      readabilityMs: median(samples.readability),
    });
  }
  progress(`  ${DEPTH} levels deep`);
  const deep = parseHtml(deepPage(html, DEPTH, URL), URL);
  let deepNestingMs = Infinity;
  let deepError: string | undefined;
  try {
    time(lede(deep));
    deepNestingMs = median(Array.from({ length: runs }, () => time(lede(deep))));
  } catch (error) {
    // A core that overflows the stack there is infinitely slow, not a broken bench.
    deepError = String(error);
  }
  // Not closed: jsdom's window.close() detaches the tree recursively and overflows at this depth.
  const [first, last] = [sizes[0]!, sizes[sizes.length - 1]!];
  return {
    scaleExponent: Math.log(last.ledeMs / first.ledeMs) / Math.log(last.bytes / first.bytes),
    scaleRatio: last.ledeMs / last.readabilityMs,
    deepNestingMs,
    ...(deepError ? { deepError } : {}),
    sizes,
  };
}
