import { describe, expect, it } from 'vitest';
import { median, medianRatio, percentile } from '../../../scripts/bench/stats';

describe('bench statistics', () => {
  it('takes the middle of an odd count and the mean of the middle pair of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates percentiles and keeps their ends at the extremes', () => {
    const samples = [10, 20, 30, 40, 50];
    expect(percentile(samples, 0)).toBe(10);
    expect(percentile(samples, 1)).toBe(50);
    expect(percentile(samples, 0.95)).toBeCloseTo(48);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('lets one outlier run not move a ratio of medians', () => {
    expect(medianRatio([11, 11, 900], [10, 10, 10])).toBeCloseTo(1.1);
  });

  it('refuses an empty sample instead of reporting NaN as a figure', () => {
    expect(() => median([])).toThrow();
  });
});
