import shipped from './teaser-weights.json';
import { FEATURE_NAMES, type TeaserCandidate } from './teaser-features';

/**
 * Issue 19 §4: which block, if any, is the standfirst, chosen by a logistic regression over
 * the candidate blocks' features (teaser-features.ts) instead of the hand-written cascade.
 * Trained on the study half by `npm run train` (scripts/train/); the weights ship as JSON.
 */

export interface TeaserWeights {
  features: readonly string[];
  weights: readonly number[];
  /** The least probability at which the best candidate is shown; below it the page has no teaser. */
  threshold: number;
}

export const TEASER_WEIGHTS: TeaserWeights = shipped;

export function probability(model: TeaserWeights, features: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** The likeliest candidate when it clears the threshold; the first one on a tie, as the page reads. */
export function pickTeaser<C extends Pick<TeaserCandidate, 'features'>>(
  candidates: readonly C[],
  model: TeaserWeights = TEASER_WEIGHTS,
): C | null {
  if (model.features.length !== FEATURE_NAMES.length) return null;
  let best: C | null = null;
  let bestP = -1;
  for (const c of candidates) {
    const p = probability(model, c.features);
    if (p > bestP) [best, bestP] = [c, p];
  }
  return best && bestP >= model.threshold ? best : null;
}
