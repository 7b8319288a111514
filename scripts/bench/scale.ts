import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHtml } from '../lib/html-file';
import { CORPUS } from './corpus';
import { deepPage, grownPage, repeatsForBytes } from './scale-pages';
import { median } from './stats';
import { PHASES, timedLede, timedRuns, type TimedPhase } from './timed';

/** A real news article of ordinary length, with the page chrome a reader must see past. */
export const SCALE_PAGE = join(CORPUS, 'readability/bbc-1/source.html');
export const URL = 'https://scale.lede.test/article';
/** The grown pages, in times the original page's bytes (its body repeated as often as that takes). */
export const TIMES = [1, 4, 16] as const;
const DEPTH = 5000;
/**
 * Timed runs per grown page at the least. The ×16 page takes some 4 s a run for Lede and as long
 * for Readability, so it gets `MIN_LARGEST_RUNS` instead: over sixteen times the bytes a tenth
 * of noise moves a slope by only 0.03, where the smaller pages' few milliseconds want more runs.
 */
export const MIN_SCALE_RUNS = 7;
const MIN_LARGEST_RUNS = 3;

/** Timed runs on the page `times` the original's bytes. */
export const runsAt = (times: number, extractRuns: number): number =>
  Math.max(extractRuns, times === TIMES[TIMES.length - 1] ? MIN_LARGEST_RUNS : MIN_SCALE_RUNS);

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
  sizes: Array<SizeTimes & { repeats: number; articleChars: number }>;
}

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
    const runs = runsAt(times, extractRuns);
    const repeats = repeatsForBytes(html, times, URL);
    progress(`  ×${times} the bytes (body ${repeats} times over), ${runs} runs`);
    const page = grownPage(html, repeats, URL);
    const doc = parseHtml(page, URL);
    const timed = timedRuns(doc, URL, runs);
    doc.defaultView?.close();
    sizes.push({ ...sizeTimes(times, Buffer.byteLength(page), timed), repeats, articleChars: timed.chars });
  }
  progress(`  ${DEPTH} levels deep`);
  const deep = parseHtml(deepPage(html, DEPTH, URL), URL);
  const deepRuns = Math.max(extractRuns, MIN_SCALE_RUNS);
  let deepNestingMs = Infinity;
  let deepError: string | undefined;
  try {
    timedLede(deep, URL);
    deepNestingMs = median(Array.from({ length: deepRuns }, () => totalMs(timedLede(deep, URL).phases)));
  } catch (error) {
    // A core that overflows the stack there is infinitely slow, not a broken bench.
    deepError = String(error);
  }
  // Not closed: jsdom's window.close() detaches the tree recursively and overflows at this depth.
  const { exponent, ratio, slopes } = growth(sizes);
  const [first, last] = [sizes[0]!, sizes[sizes.length - 1]!];
  return {
    scaleExponent: exponent,
    scaleRatio: ratio,
    deepNestingMs,
    ...(deepError ? { deepError } : {}),
    slopes: { ...slopes, articleText: slope(first.articleChars, last.articleChars, [first.bytes, last.bytes]) },
    sizes,
  };
}

const totalMs = (phases: Record<TimedPhase, number>): number => PHASES.reduce((total, p) => total + phases[p], 0);

/** One grown page's medians. */
export interface SizeTimes {
  times: number;
  bytes: number;
  ledeMs: number;
  readabilityMs: number;
  phasesMs: Record<TimedPhase, number>;
}

export function sizeTimes(
  times: number,
  bytes: number,
  { lede, readability }: { lede: Array<Record<TimedPhase, number>>; readability: number[] },
): SizeTimes {
  const phasesMs = Object.fromEntries(PHASES.map((p) => [p, median(lede.map((run) => run[p]))]));
  return {
    times,
    bytes,
    ledeMs: median(lede.map(totalMs)),
    readabilityMs: median(readability),
    phasesMs: phasesMs as Record<TimedPhase, number>,
  };
}

/** Slope of log(time) over log(page bytes) between two sizes: 1 is linear. */
const slope = (from: number, to: number, bytes: [number, number]) =>
  Math.log(to / from) / Math.log(bytes[1] / bytes[0]);

/** From the smallest grown page to the largest: Lede's slope, each phase's and Readability's, and Lede ÷ Readability at the largest. */
export function growth(sizes: SizeTimes[]): {
  exponent: number;
  ratio: number;
  slopes: Record<TimedPhase | 'readabilityAlone', number>;
} {
  const [first, last] = [sizes[0]!, sizes[sizes.length - 1]!];
  const bytes: [number, number] = [first.bytes, last.bytes];
  const phases = Object.fromEntries(PHASES.map((p) => [p, slope(first.phasesMs[p], last.phasesMs[p], bytes)]));
  return {
    exponent: slope(first.ledeMs, last.ledeMs, bytes),
    ratio: last.ledeMs / last.readabilityMs,
    slopes: {
      ...(phases as Record<TimedPhase, number>),
      readabilityAlone: slope(first.readabilityMs, last.readabilityMs, bytes),
    },
  };
}
