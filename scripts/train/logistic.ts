/**
 * Logistic regression by full-batch gradient descent: a few dozen lines, no dependency, and
 * deterministic (weights start at zero, examples are summed in the order given), so the same
 * corpus always gives the same weights file.
 */

export interface Example {
  features: readonly number[];
  /** The target in [0, 1]: how well this candidate's text matches the expected teaser. */
  label: number;
  /** How much the example counts; a page's candidates share one unit so long pages do not dominate. */
  weight: number;
}

export interface FitOptions {
  epochs: number;
  rate: number;
  /** L2 penalty on every weight but the bias (index 0). */
  l2: number;
}

export const FIT: FitOptions = { epochs: 3000, rate: 0.5, l2: 0.002 };

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function fit(examples: readonly Example[], size: number, options: FitOptions = FIT): number[] {
  const w = new Array<number>(size).fill(0);
  const total = examples.reduce((n, e) => n + e.weight, 0) || 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const grad = new Array<number>(size).fill(0);
    for (const e of examples) {
      let z = 0;
      for (let i = 0; i < size; i++) z += w[i]! * e.features[i]!;
      const err = (sigmoid(z) - e.label) * e.weight;
      for (let i = 0; i < size; i++) grad[i]! += err * e.features[i]!;
    }
    for (let i = 0; i < size; i++) w[i]! -= options.rate * (grad[i]! / total + (i ? options.l2 * w[i]! : 0));
  }
  return w;
}

/** Weights as written to JSON: four decimals keep the file small and the scores unchanged in practice. */
export function rounded(weights: readonly number[]): number[] {
  return weights.map((x) => Math.round(x * 1e4) / 1e4);
}
