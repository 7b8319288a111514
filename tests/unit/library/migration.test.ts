import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { getArticle } from '@/utils/library/articles';
import { DB_NAME, DB_VERSION, type SavedArticle } from '@/utils/library/db';
import { searchIds } from '@/utils/library/list';
import { highlightsOf } from '@/utils/library/highlights';
import { pageOf } from '@/utils/library/pages';
import { getPictures } from '@/utils/library/pictures';
import { summarise, wordsEntry } from '@/utils/library/records';
import { upgradeSteps } from '@/utils/library/schema';
import { listSummaries, makeArticle, numbered, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

/** Creates the library at `version` with Lede's own steps and writes `fill`'s records into it, as that Lede did. */
async function writeOldLibrary(
  version: number,
  fill: (put: (store: string, value: object) => Promise<unknown>) => Promise<void>,
) {
  const db = await openDB(DB_NAME, version, {
    upgrade: async (database, _old, _new, tx) => {
      for (let v = 0; v < version; v++) await upgradeSteps[v]!(database, tx);
    },
  });
  await fill((store, value) => db.put(store, value));
  db.close();
}

/** A library as Lede with schema v1 left it: whole records, no progress, no summaries. */
function v1Records() {
  return Array.from({ length: 30 }, (_, i) => ({
    id: `v1-${i}`,
    article: numbered(i, { text: `Body ${i} mentions Wladiwostok${i}`, authors: [`Zoë Fischer${i}`] }),
    savedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
    updatedAt: new Date(Date.UTC(2025, 1, 1 + i)).toISOString(),
    read: i % 3 === 0,
  }));
}

/** A library as Lede with schema v2 left it: records with progress, v2 summaries and one search string each. */
function v2Records(): SavedArticle[] {
  return Array.from({ length: 30 }, (_, i) => ({
    id: `v2-${i}`,
    article: numbered(i, { text: `Körper ${i} erwähnt Tromsø${i}`, siteName: `Blatt ${i}` }),
    savedAt: new Date(Date.UTC(2025, 5, 1 + i)).toISOString(),
    updatedAt: new Date(Date.UTC(2025, 6, 1 + i)).toISOString(),
    read: i % 4 === 0,
    readProgress: i % 4 === 0 ? 1 : i / 40,
  }));
}

describe('schema migration', () => {
  it('the current schema is v7', () => {
    expect(DB_VERSION).toBe(7);
  });

  it('migrates a v6 library to v7: a row without a teaser gains how its article opens, nothing else changes', async () => {
    const records: SavedArticle[] = v2Records().map((r, i) => ({
      ...r,
      id: `v6-${i}`,
      article: {
        ...r.article,
        teaser: i % 2 ? [] : r.article.teaser,
        excerpt: i % 4 === 1 ? `Die Stadt  plant\n einen Hafen ${i}.` : '',
        text: i === 3 ? '' : r.article.text,
      },
    }));
    // v6's summary had no opening.
    const v6Summary = (record: SavedArticle) => {
      const { opening: _, ...summary } = summarise(record);
      return summary;
    };
    await writeOldLibrary(6, async (put) => {
      for (const record of records) {
        await put('articles', record);
        await put('summaries', v6Summary(record));
        await put('words', wordsEntry(record));
      }
    });

    const rows = new Map((await listSummaries()).map((row) => [row.id, row]));
    expect(rows.size).toBe(30);
    for (const record of records) expect(await getArticle(record.id)).toEqual(record);
    expect(rows.get('v6-0')).toEqual(v6Summary(records[0]!));
    expect(rows.get('v6-1')?.opening).toBe('Die Stadt plant einen Hafen 1.');
    expect(rows.get('v6-7')?.opening).toBe('Körper 7 erwähnt Tromsø7');
    // Nothing to show: the row stays as it was.
    expect(rows.get('v6-3')).toEqual(v6Summary(records[3]!));
    // What v7 wrote is what a save today writes.
    for (const record of records) expect(rows.get(record.id)).toEqual(summarise(record));
  });

  it('migrates a v5 library to v6: every article, summary, word, picture and highlight kept, no page', async () => {
    const v5 = v2Records().map((r, i) => ({ ...r, id: `v5-${i}` }));
    const picture = {
      articleId: 'v5-3',
      src: 'https://news.example/a.jpg',
      type: 'image/jpeg',
      bytes: new ArrayBuffer(8),
    };
    const highlight = {
      id: 'h1',
      articleId: 'v5-4',
      color: 'yellow',
      note: 'Warum?',
      text: 'Körper 4',
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'Körper 4', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 8 },
        block: 0,
      },
      createdAt: '2025-08-01T00:00:00.000Z',
      updatedAt: '2025-08-01T00:00:00.000Z',
    };
    await writeOldLibrary(5, async (put) => {
      for (const record of v5) {
        await put('articles', record);
        await put('summaries', summarise(record));
        await put('words', wordsEntry(record));
      }
      await put('pictures', picture);
      await put('highlights', highlight);
    });

    for (const old of v5) expect(await getArticle(old.id)).toEqual(old);
    expect(await listSummaries()).toHaveLength(30);
    expect(await searchIds('tromso17')).toEqual(new Set(['v5-17']));
    expect(await getPictures('v5-3')).toEqual([picture]);
    expect(await highlightsOf('v5-4')).toEqual([highlight]);
    const db = await openDB(DB_NAME);
    expect(await db.count('pages')).toBe(0);
    db.close();
    expect(await pageOf('v5-0')).toEqual({ state: 'none' });
  });

  it('migrates a v1 library to v3 with every field intact and searchable', async () => {
    const v1 = v1Records();
    await writeOldLibrary(1, async (put) => {
      for (const record of v1) await put('articles', record);
    });

    const list = await listSummaries();
    expect(list).toHaveLength(30);
    expect(list[0]).toMatchObject({
      id: 'v1-29',
      title: 'Article number 29',
      authors: ['Zoë Fischer29'],
      readProgress: 0,
    });
    for (const old of v1) {
      expect(await getArticle(old.id)).toEqual({ ...old, readProgress: old.read ? 1 : 0 });
    }
    expect(await searchIds('wladiwostok7')).toEqual(new Set(['v1-7']));
    expect(await searchIds('zoe fischer12')).toEqual(new Set(['v1-12']));
    expect(await searchIds('article number 3')).toEqual(new Set(['v1-3']));
    expect((await listSummaries({ unreadOnly: true })).map((s) => s.id)).toEqual(
      v1
        .filter((r) => !r.read)
        .map((r) => r.id)
        .reverse(),
    );
  });

  it('migrates a v2 library to v3 with every field intact and searchable', async () => {
    const v2 = v2Records();
    await writeOldLibrary(2, async (put) => {
      for (const record of v2) {
        const { article } = record;
        await put('articles', record);
        await put('summaries', {
          id: record.id,
          url: article.url,
          title: article.title,
          siteName: article.siteName,
          firstTeaser: article.teaser[0] ?? null,
          readingMinutes: article.readingMinutes,
          savedAt: record.savedAt,
          read: record.read,
        });
        await put('search', { id: record.id, text: [article.title, article.text].join('\n').toLowerCase() });
      }
    });

    for (const old of v2) expect(await getArticle(old.id)).toEqual(old);
    const list = await listSummaries();
    expect(list.map((s) => s.id)).toEqual(v2.map((r) => r.id).reverse());
    expect(list.find((s) => s.id === 'v2-5')).toEqual({
      id: 'v2-5',
      url: 'https://news.example/article/5',
      title: 'Article number 5',
      siteName: 'Blatt 5',
      firstTeaser: makeArticle().teaser[0],
      authors: ['Hannah Janz'],
      readingMinutes: 1,
      savedAt: v2[5]!.savedAt,
      read: false,
      readProgress: 5 / 40,
      unreadSince: v2[5]!.savedAt,
    });
    expect(await searchIds('tromso17')).toEqual(new Set(['v2-17']));
    expect(await searchIds('blatt 9')).toEqual(new Set(['v2-9']));
    expect(await searchIds('verteidigungsminister')).toEqual(new Set(v2.map((r) => r.id)));
    expect((await listSummaries({ unreadOnly: true })).every((s) => !s.read)).toBe(true);
    expect(await listSummaries({ unreadOnly: true })).toHaveLength(v2.filter((r) => !r.read).length);
  });

  it('keeps the v1 library untouched when it is opened again after the migration', async () => {
    await writeOldLibrary(1, async (put) => {
      await put('articles', {
        id: 'a',
        article: makeArticle(),
        savedAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
        read: false,
      });
    });
    expect(await listSummaries()).toHaveLength(1);
    const db = await openDB(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'articles',
      'highlights',
      'pages',
      'pictures',
      'summaries',
      'words',
    ]);
    db.close();
  });
});
