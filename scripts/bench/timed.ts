import Readability from '@mozilla/readability/Readability.js';
import { extractInSteps, type ExtractPhase } from '../../utils/extract';

/**
 * What the scale sections time, the same in Node (scale.ts) and in a page in Chromium
 * (browser-core.ts bundles this file), so both measure one thing.
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
