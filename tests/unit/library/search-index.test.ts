// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { removeArticle, restoreArticle, saveArticle, setProgress, setRead } from '@/utils/library/articles';
import { BACKUP_VERSION, importLibrary } from '@/utils/library/backup';
import { searchIds } from '@/utils/library/list';
import { MAX_WORDS } from '@/utils/library/words';
import { makeArticle, numbered, useFreshIndexedDb, openTabs } from './helpers';

useFreshIndexedDb();

const file = (articles: unknown[]) =>
  JSON.stringify({ format: 'lede-library', version: BACKUP_VERSION, exportedAt: '2026-02-01T00:00:00.000Z', articles });

describe('the word index stays true', () => {
  it('a saved article is found at once', async () => {
    const { id } = await saveArticle(numbered(1, { text: 'Ein Murmeltier pfeift.' }));
    expect(await searchIds('murmeltier')).toEqual(new Set([id]));
  });

  it('a re-save finds the new words and no longer the old ones', async () => {
    const { id } = await saveArticle(makeArticle({ title: 'Erste Fassung', text: 'Vorläufiger Bericht' }));
    await saveArticle(makeArticle({ title: 'Zweite Fassung', text: 'Endgültiger Bericht' }));
    expect(await searchIds('endgultiger')).toEqual(new Set([id]));
    expect(await searchIds('zweite')).toEqual(new Set([id]));
    expect(await searchIds('vorlaufiger')).toEqual(new Set());
    expect(await searchIds('erste')).toEqual(new Set());
  });

  it('marking read and moving the progress keep the article findable', async () => {
    const { id } = await saveArticle(makeArticle());
    await setRead(id, true);
    await setProgress(id, 0.5);
    expect(await searchIds('spitzentreffen')).toEqual(new Set([id]));
  });

  it('a deleted article is not found, and is found again after undo', async () => {
    const { id } = await saveArticle(makeArticle());
    const removed = await removeArticle(id);
    expect(await searchIds('spitzentreffen')).toEqual(new Set());
    await restoreArticle(removed);
    expect(await searchIds('spitzentreffen')).toEqual(new Set([id]));
  });

  it('an import indexes added articles and replaces the words of updated ones', async () => {
    const mine = await saveArticle(numbered(1, { text: 'Altes Wort Quittengelee' }), new Date('2026-01-01T00:00:00Z'));
    const record = (n: number, text: string, updatedAt: string) => ({
      id: `import-${n}`,
      article: numbered(n, { text }),
      savedAt: '2026-01-01T00:00:00.000Z',
      updatedAt,
      read: false,
      readProgress: 0,
    });
    const result = await importLibrary(
      file([
        record(1, 'Neues Wort Holunderblüte', '2026-01-20T00:00:00.000Z'),
        record(2, 'Ein Eichhörnchen', '2026-01-02T00:00:00.000Z'),
      ]),
    );
    expect(result).toEqual({
      ok: true,
      counts: { added: 1, updated: 1, skipped: 0 },
      updated: [{ id: mine.id, title: 'Article number 1' }],
      skipped: [],
    });
    expect(await searchIds('holunderblute')).toEqual(new Set([mine.id]));
    expect(await searchIds('quittengelee')).toEqual(new Set());
    expect(await searchIds('eichhornchen')).toEqual(new Set(['import-2']));
  });

  it('a huge article indexes a bounded number of words, its headline always among them', async () => {
    const words = Array.from({ length: MAX_WORDS + 500 }, (_, i) => `wort${i}`);
    const { id } = await saveArticle(makeArticle({ title: 'Riesenartikel', text: words.join(' ') }));
    expect(await searchIds('riesenartikel')).toEqual(new Set([id]));
    expect(await searchIds('wort100')).toEqual(new Set([id]));
    expect(await searchIds(`wort${MAX_WORDS + 400}`)).toEqual(new Set());
  });
});

describe('the word index under saves from several tabs at once', () => {
  it('50 saves from 5 tabs at once are each found by their own words', async () => {
    const tabs = await openTabs(5);
    const saved = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        tabs[n % 5]!.saveArticle(numbered(n, { text: `Kennwort${n} und Gemeinwort` })),
      ),
    );
    expect((await searchIds('gemeinwort')).size).toBe(50);
    for (const [n, { id }] of saved.entries())
      expect(await searchIds(`kennwort${n} gemeinwort`)).toEqual(new Set([id]));
  });

  it('2 tabs saving the same URL at once leave the words of the save that won', async () => {
    const [a, b] = await openTabs(2);
    const [first] = await Promise.all([
      a!.saveArticle(makeArticle({ title: 'Fassung Ahorn' })),
      b!.saveArticle(makeArticle({ title: 'Fassung Birke' })),
    ]);
    const found = [...(await searchIds('ahorn')), ...(await searchIds('birke'))];
    expect(found).toEqual([first!.id]);
    expect(await searchIds('fassung')).toEqual(new Set([first!.id]));
  });
});
