import Readability from '@mozilla/readability/Readability.js';
import { extractInSteps, type ExtractPhase } from '../../utils/extract';
import { median } from './stats';

/**
 * One timed run of each side, shared by the scale sections in Node (scale.ts) and in Chromium
 * (browser-core.ts bundles this file into the page), so both measure the same thing.
 */

/** Each pause of `extractInSteps`; the stretch after the last pause is the sanitiser's (and the article's fields). */
export type TimedPhase = ExtractPhase | 'sanitise';
export const PHASES: TimedPhase[] = ['read', 'readability', 'fields', 'cleanup', 'sanitise'];

/** Lede's time in each phase, and the article's text length. */
export function timedLede(doc: Document, url: string): { phases: Record<TimedPhase, number>; chars: number } {
  const phases = {} as Record<TimedPhase, number>;
  const steps = extractInSteps(doc, url);
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

/** Plain Readability on its own deep clone of the page, as a reader mode without Lede runs it. */
export function timedReadability(doc: Document): number {
  const start = performance.now();
  new Readability(doc.cloneNode(true) as Document).parse();
  return performance.now() - start;
}

/**
 * One warm-up, then `runs` runs of each side in turn, the first side alternating, so that a
 * pause of the machine falls on both alike.
 */
export function timedRuns(
  doc: Document,
  url: string,
  runs: number,
): { lede: Array<Record<TimedPhase, number>>; readability: number[]; chars: number } {
  const { chars } = timedLede(doc, url);
  timedReadability(doc);
  const lede: Array<Record<TimedPhase, number>> = [];
  const readability: number[] = [];
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 1) readability.push(timedReadability(doc));
    lede.push(timedLede(doc, url).phases);
    if (run % 2 === 0) readability.push(timedReadability(doc));
  }
  return { lede, readability, chars };
}

export const totalMs = (phases: Record<TimedPhase, number>): number =>
  PHASES.reduce((total, p) => total + phases[p], 0);

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
export const slope = (from: number, to: number, bytes: [number, number]) =>
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
