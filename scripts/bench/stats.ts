/**
 * Order statistics for timings. Machines running the bench are shared and noisy, so every figure
 * is a median (or a high percentile) of several runs, and costs are ratios against a baseline
 * taken in the same run rather than absolute times.
 */

/** The value below which `p` (0..1) of the samples fall, interpolated between neighbours. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = Math.min(1, Math.max(0, p)) * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

/**
 * The cost of `subject` relative to `baseline` from paired runs: the ratio of their medians, so
 * that one slow outlier on either side (a GC, another process) does not decide the figure.
 */
export function medianRatio(subject: readonly number[], baseline: readonly number[]): number {
  return median(subject) / median(baseline);
}
