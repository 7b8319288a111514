/** From the study pages' candidates to a weights file: fit, then the threshold that scores best on the same pages. */
import { teaserScore } from '../eval/metrics';
import { FEATURE_NAMES } from '../../utils/extract/teaser-features';
import { pickTeaser, type TeaserWeights } from '../../utils/extract/teaser-model';
import { fit, rounded, type Example, type FitOptions, FIT } from './logistic';
import type { TeaserPage } from './teaser-pages';

export interface Trained {
  model: TeaserWeights;
  /** Mean teaser F1 on the study pages: the model's, an empty teaser everywhere, the best candidate everywhere. */
  study: { model: number; rules: number; none: number; oracle: number };
}

const THRESHOLDS = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

/** L2 penalties tried; the one that scores best on publishers held out of training is kept. */
export const PENALTIES = [0.002, 0.01, 0.03, 0.1];
const FOLDS = 5;

/**
 * Mean teaser F1 on each page when its publisher was left out of training (publishers dealt
 * round-robin into folds in name order): the study half's own estimate of how the model does on
 * sites it has not seen, beside the rules' figure on the same pages.
 */
export function crossValidate(pages: readonly TeaserPage[], options: FitOptions): { model: number; rules: number } {
  const publishers = [...new Set(pages.map((p) => p.publisher))].sort();
  const fold = new Map(publishers.map((p, i) => [p, i % FOLDS]));
  const scores: number[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const held = pages.filter((p) => fold.get(p.publisher) === k);
    if (!held.length) continue;
    const { model } = train(
      pages.filter((p) => fold.get(p.publisher) !== k),
      options,
    );
    for (const p of held) scores.push(teaserScore(p.expected, pickTeaser(p.candidates, model)?.bullets ?? []).f1);
  }
  return { model: mean(scores), rules: rulesScore(pages) };
}

export function train(pages: readonly TeaserPage[], options: FitOptions = FIT): Trained {
  const examples: Example[] = pages.flatMap((p) =>
    p.candidates.map((c) => ({
      features: c.features,
      label: teaserScore(p.expected, c.bullets).f1,
      weight: 1 / p.candidates.length,
    })),
  );
  const weights = rounded(fit(examples, FEATURE_NAMES.length, options));
  const scoreWith = (threshold: number): number => {
    const model = { features: FEATURE_NAMES, weights, threshold };
    return mean(pages.map((p) => teaserScore(p.expected, pickTeaser(p.candidates, model)?.bullets ?? []).f1));
  };
  // The lowest of the best thresholds, so ties resolve the same way every run.
  let threshold = 0.5;
  let best = -1;
  for (const t of THRESHOLDS) {
    const s = scoreWith(t);
    if (s > best + 1e-12) [best, threshold] = [s, t];
  }
  const oracle = mean(
    pages.map((p) =>
      Math.max(teaserScore(p.expected, []).f1, ...p.candidates.map((c) => teaserScore(p.expected, c.bullets).f1)),
    ),
  );
  // The block the hand-written cascade chose, as a candidate: the rules' figure on the same pages.
  const rules = rulesScore(pages);
  return {
    model: { features: [...FEATURE_NAMES], weights, threshold },
    study: { model: best, rules, none: mean(pages.map((p) => teaserScore(p.expected, []).f1)), oracle },
  };
}

function rulesScore(pages: readonly TeaserPage[]): number {
  const cascade = FEATURE_NAMES.indexOf('rule: the cascade choice');
  return mean(
    pages.map((p) => teaserScore(p.expected, p.candidates.find((c) => c.features[cascade] === 1)?.bullets ?? []).f1),
  );
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
