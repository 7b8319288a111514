import { describe, expect, it } from 'vitest';
import { numbered, makeArticle, useFreshIndexedDb, listSummaries, openTabs } from './helpers';

useFreshIndexedDb();

describe('saves from several tabs at once', () => {
  it('50 saves from 5 tabs at once give 50 articles', async () => {
    const tabs = await openTabs(5);
    const results = await Promise.all(Array.from({ length: 50 }, (_, n) => tabs[n % 5]!.saveArticle(numbered(n))));
    expect(results.every((r) => r.created)).toBe(true);
    const list = await listSummaries();
    expect(list).toHaveLength(50);
    expect(new Set(list.map((s) => s.url)).size).toBe(50);
  });

  it('2 tabs saving the same URL at once give 1 article', async () => {
    const [a, b] = await openTabs(2);
    const results = await Promise.all([
      a!.saveArticle(makeArticle({ title: 'From tab A' })),
      b!.saveArticle(makeArticle({ title: 'From tab B' })),
    ]);
    expect(results[0]!.id).toBe(results[1]!.id);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await listSummaries()).toHaveLength(1);
  });
});
