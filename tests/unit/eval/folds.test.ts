import { describe, expect, it } from 'vitest';
import { halfOf, hostPublisher, isPlaceholderHost } from '../../../scripts/eval/folds';
import { loadSet, OPEN_SETS } from '../../../scripts/eval/sets';

describe('publisher folds', () => {
  it('puts a publisher in the same half every time, whatever the case of its name', () => {
    expect(halfOf('de/Spiegel')).toBe(halfOf('de/Spiegel'));
    expect(halfOf('DE/SPIEGEL')).toBe(halfOf('de/spiegel'));
  });

  it('uses both halves', () => {
    const names = Array.from({ length: 40 }, (_, i) => `publisher-${i}`);
    const halves = new Set(names.map(halfOf));
    expect([...halves].sort()).toEqual(['check', 'study']);
  });

  it('names a page by its host without www', () => {
    expect(hostPublisher('https://www.nytimes.com/2020/a.html')).toBe('nytimes.com');
    expect(isPlaceholderHost('blog.example.com')).toBe(true);
    expect(isPlaceholderHost('example.dev')).toBe(true);
    expect(isPlaceholderHost('socket.dev')).toBe(false);
  });

  for (const set of OPEN_SETS) {
    it(`${set}: every publisher's pages sit in one half, and both halves hold pages`, async () => {
      const cases = await loadSet(set);
      const byPublisher = new Map<string, Set<string>>();
      for (const c of cases)
        byPublisher.set(c.publisher, (byPublisher.get(c.publisher) ?? new Set()).add(halfOf(c.publisher)));
      expect([...byPublisher.values()].every((halves) => halves.size === 1)).toBe(true);
      const counts = { study: 0, check: 0 };
      for (const c of cases) counts[halfOf(c.publisher)]++;
      // No half is starved: each holds at least a third of the set's pages.
      expect(Math.min(counts.study, counts.check)).toBeGreaterThanOrEqual(cases.length / 3);
    });
  }

  it('defuddle: reads the URL a fixture names, and every page expects some metadata', async () => {
    const cases = await loadSet('defuddle');
    expect(cases.length).toBe(208);
    const hn = cases.find((c) => c.id.startsWith('comments--news.ycombinator.com'));
    expect(hn?.url).toBe('https://news.ycombinator.com/item?id=12345678');
    expect(hn?.publisher).toBe('news.ycombinator.com');
    const withTitle = await Promise.all(cases.map(async (c) => (await c.expected(null as unknown as Document)).title));
    expect(withTitle.filter(Boolean).length).toBeGreaterThan(180);
  });
});
