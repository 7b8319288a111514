import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Readability from '@mozilla/readability/Readability.js';
import { extractInSteps, type ExtractPhase } from '../../utils/extract';
import { parseHtml } from '../lib/html-file';
import { CORPUS } from './corpus';
import { deepPage, grownPage, repeatsForBytes } from './scale-pages';
import { median } from './stats';

/** A real news article of ordinary length, with the page chrome a reader must see past. */
export const SCALE_PAGE = join(CORPUS, 'readability/bbc-1/source.html');
const URL = 'https://scale.lede.test/article';
/** The grown pages, in times the original page's bytes (its body repeated as often as that takes). */
const TIMES = [1, 4, 16] as const;
const DEPTH = 5000;
/**
 * Timed runs per grown page at the least. The ×16 page takes some 4 s a run for Lede and as long
 * for Readability, so it gets `MIN_LARGEST_RUNS` instead: over sixteen times the bytes a tenth
 * of noise moves a slope by only 0.03, where the smaller pages' few milliseconds want more runs.
 */
export const MIN_SCALE_RUNS = 7;
const MIN_LARGEST_RUNS = 3;

/** Each pause of `extractInSteps`; the stretch after the last pause is the sanitiser's (and the article's fields). */
export type TimedPhase = ExtractPhase | 'sanitise';
const PHASES: TimedPhase[] = ['read', 'readability', 'fields', 'cleanup', 'sanitise'];

export interface ScaleFigures {
  /** Slope of log(Lede's time) over log(page bytes) from ×1 to ×16: 1 is linear. */
  scaleExponent: number;
  /** Lede ÷ plain Readability on the ×16 page. */
  scaleRatio: number;
  /** Lede on the page nested 5,000 levels deep (median ms; Readability alone takes minutes there). */
  deepNestingMs: number;
  /** Why the deep page gave no article, if it did not. */
  deepError?: string;
  /**
   * The same slope for each phase of Lede, for Readability alone, and for the article's text.
   * The body grows faster than the page (its chrome stays), so a pass linear in the article
   * (cleanup, sanitise) has the article's slope, not 1.
   */
  slopes: Record<TimedPhase | 'readabilityAlone' | 'articleText', number>;
  sizes: Array<{
    times: number;
    repeats: number;
    bytes: number;
    articleChars: number;
    ledeMs: number;
    readabilityMs: number;
    phasesMs: Record<TimedPhase, number>;
  }>;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Lede's time in each phase, and the article's text length. */
function timedLede(doc: Document): { phases: Record<TimedPhase, number>; chars: number } {
  const phases = {} as Record<TimedPhase, number>;
  const steps = extractInSteps(doc, URL);
  let last = performance.now();
  for (;;) {
    const step = steps.next();
    const now = performance.now();
    phases[step.done ? 'sanitise' : step.value] = now - last;
    last = now;
    if (!step.done) continue;
    if (!step.value.ok) throw new Error(`scale page gave no article: ${step.value.reason}`);
    return { phases, chars: step.value.article.text.length };
  }
}

const readability = (doc: Document) => () => new Readability(doc.cloneNode(true) as Document).parse();
const sum = (phases: Record<TimedPhase, number>) => PHASES.reduce((total, p) => total + phases[p], 0);
const slope = (from: number, to: number, bytes: [number, number]) =>
  Math.log(to / from) / Math.log(bytes[1] / bytes[0]);

/**
 * One warm-up, then alternating runs of each side per size (`extractRuns`, at least
 * `MIN_SCALE_RUNS`, `MIN_LARGEST_RUNS` on the largest page), as in extract.ts.
 */
export async function benchScale(
  extractRuns: number,
  progress: (line: string) => void = () => {},
): Promise<ScaleFigures> {
  const html = await readFile(SCALE_PAGE, 'utf8');
  const sizes: ScaleFigures['sizes'] = [];
  for (const times of TIMES) {
    const runs = Math.max(extractRuns, times === TIMES[TIMES.length - 1] ? MIN_LARGEST_RUNS : MIN_SCALE_RUNS);
    const repeats = repeatsForBytes(html, times, URL);
    progress(`  ×${times} the bytes (body ${repeats} times over), ${runs} runs`);
    const page = grownPage(html, repeats, URL);
    const doc = parseHtml(page, URL);
    const lede: Array<Record<TimedPhase, number>> = [];
    const alone: number[] = [];
    const { chars } = timedLede(doc);
    time(readability(doc));
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? (['lede', 'readability'] as const) : (['readability', 'lede'] as const);
      for (const side of order) {
        if (side === 'lede') lede.push(timedLede(doc).phases);
        else alone.push(time(readability(doc)));
      }
    }
    doc.defaultView?.close();
    sizes.push({
      times,
      repeats,
      bytes: Buffer.byteLength(page),
      articleChars: chars,
      ledeMs: median(lede.map(sum)),
      readabilityMs: median(alone),
      phasesMs: Object.fromEntries(PHASES.map((p) => [p, median(lede.map((run) => run[p]))])) as Record<
        TimedPhase,
        number
      >,
    });
  }
  progress(`  ${DEPTH} levels deep`);
  const deep = parseHtml(deepPage(html, DEPTH, URL), URL);
  const deepRuns = Math.max(extractRuns, MIN_SCALE_RUNS);
  let deepNestingMs = Infinity;
  let deepError: string | undefined;
  try {
    timedLede(deep);
    deepNestingMs = median(Array.from({ length: deepRuns }, () => sum(timedLede(deep).phases)));
  } catch (error) {
    // A core that overflows the stack there is infinitely slow, not a broken bench.
    deepError = String(error);
  }
  // Not closed: jsdom's window.close() detaches the tree recursively and overflows at this depth.
  const [first, last] = [sizes[0]!, sizes[sizes.length - 1]!];
  const bytes: [number, number] = [first.bytes, last.bytes];
  return {
    scaleExponent: slope(first.ledeMs, last.ledeMs, bytes),
    scaleRatio: last.ledeMs / last.readabilityMs,
    deepNestingMs,
    ...(deepError ? { deepError } : {}),
    slopes: {
      ...(Object.fromEntries(PHASES.map((p) => [p, slope(first.phasesMs[p], last.phasesMs[p], bytes)])) as Record<
        TimedPhase,
        number
      >),
      readabilityAlone: slope(first.readabilityMs, last.readabilityMs, bytes),
      articleText: slope(first.articleChars, last.articleChars, bytes),
    },
    sizes,
  };
}
