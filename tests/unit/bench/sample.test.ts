import { describe, expect, it } from 'vitest';
import { listCorpusPages } from '../../../scripts/bench/corpus';
import { spread } from '../../../scripts/bench/extract';

describe('bench sample', () => {
  it('times an evenly spread sample of 120 pages that still holds every corpus', async () => {
    const pages = await listCorpusPages();
    const sample = spread(pages, 120);
    expect(sample).toHaveLength(120);
    expect(new Set(sample).size).toBe(120);
    const share = (list: typeof pages, set: string) =>
      list.filter((p) => p.name.startsWith(`${set}/`)).length / list.length;
    // Each corpus keeps about its share of the whole, so the sample's p95 weighs the sets as the full run does.
    for (const set of ['defuddle', 'fundus-open', 'postlight', 'readability'])
      expect(Math.abs(share(sample, set) - share(pages, set))).toBeLessThan(0.02);
  });

  it('times every page when asked for as many as there are', async () => {
    const pages = await listCorpusPages();
    expect(spread(pages, pages.length)).toEqual(pages);
  });
});
