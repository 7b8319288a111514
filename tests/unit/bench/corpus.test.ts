import { describe, expect, it } from 'vitest';
import { listCorpusPages } from '../../../scripts/bench/corpus';

describe('bench corpus', () => {
  it('times the pages of every corpus and never an expected output', async () => {
    const pages = await listCorpusPages();
    const sets = new Set(pages.map((p) => p.name.split('/')[0]));
    expect([...sets].sort()).toEqual(['defuddle', 'fundus-open', 'postlight', 'readability']);
    expect(pages.filter((p) => /(^|\/)expected(\/|\.html$)/.test(p.name))).toEqual([]);
    expect(pages.some((p) => p.name.endsWith('.html.gz'))).toBe(true);
  });
});
