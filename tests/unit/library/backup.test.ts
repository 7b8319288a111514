// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { allArticles, getArticle, saveArticle, setProgress, setRead } from '@/utils/library/articles';
import { BACKUP_VERSION, backupOf, exportLibrary, importLibrary, parseBackup } from '@/utils/library/backup';
import { disconnect, type SavedArticle } from '@/utils/library/db';
import { getPictures, storePictures } from '@/utils/library/pictures';
import { IDBFactory } from 'fake-indexeddb';
import { makeArticle, numbered, useFreshIndexedDb, listSummaries } from './helpers';

useFreshIndexedDb();

function record(n: number, overrides: Partial<SavedArticle> = {}): SavedArticle {
  return {
    id: `id-${n}`,
    article: numbered(n),
    savedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    read: false,
    readProgress: 0,
    ...overrides,
  };
}

const file = (articles: unknown[], extra: object = {}) =>
  JSON.stringify({
    format: 'lede-library',
    version: BACKUP_VERSION,
    exportedAt: '2026-02-01T00:00:00.000Z',
    articles,
    ...extra,
  });

describe('export then import', () => {
  it('gives the same library in a fresh profile', async () => {
    const a = await saveArticle(numbered(1), new Date('2026-01-01T00:00:00Z'));
    const b = await saveArticle(numbered(2), new Date('2026-01-02T00:00:00Z'));
    await setRead(a.id, true);
    await setProgress(b.id, 0.3);
    const before = await allArticles();
    const exported = await exportLibrary(new Date('2026-03-01T00:00:00Z'));
    expect(JSON.parse(exported)).toMatchObject({
      format: 'lede-library',
      version: 1,
      exportedAt: '2026-03-01T00:00:00.000Z',
    });

    await disconnect();
    globalThis.indexedDB = new IDBFactory();
    expect(await listSummaries()).toEqual([]);

    expect(await importLibrary(exported)).toEqual({
      ok: true,
      counts: { added: 2, updated: 0, skipped: 0 },
      updated: [],
      skipped: [],
    });
    expect(await allArticles()).toEqual(before);
  });

  it('merges by URL: newer wins, older and equal are skipped, new ones are added', async () => {
    const mine = await saveArticle(numbered(1), new Date('2026-01-10T00:00:00Z'));
    await saveArticle(numbered(2), new Date('2026-01-10T00:00:00Z'));
    const result = await importLibrary(
      file([
        record(1, { article: numbered(1, { title: 'Newer title' }), updatedAt: '2026-01-20T00:00:00.000Z' }),
        record(2, { article: numbered(2, { title: 'Older title' }), updatedAt: '2026-01-05T00:00:00.000Z' }),
        record(3),
      ]),
    );
    expect(result).toEqual({
      ok: true,
      counts: { added: 1, updated: 1, skipped: 1 },
      updated: [{ id: mine.id, title: 'Newer title' }],
      skipped: [],
    });
    expect((await getArticle(mine.id))?.article.title).toBe('Newer title');
    expect((await listSummaries()).map((s) => s.title).sort()).toEqual([
      'Article number 2',
      'Article number 3',
      'Newer title',
    ]);
  });
});

it('leaves an already clean body exactly as it was (links that open a new tab, video embeds)', async () => {
  const content =
    '<p>Siehe <a href="https://news.example/x" target="_blank" rel="noopener noreferrer">Bericht</a>.</p>' +
    '<iframe src="https://www.youtube-nocookie.com/embed/abc" allowfullscreen="" referrerpolicy="no-referrer" loading="lazy"></iframe>';
  const clean = record(1, { article: numbered(1, { content }) });
  await importLibrary(file([clean]));
  expect((await allArticles())[0]?.article.content).toBe(content);
});

it('keeps the newest of several entries for one URL within a file', async () => {
  const result = await importLibrary(
    file([
      record(1, { id: 'old', article: numbered(1, { title: 'Old' }) }),
      record(1, { id: 'new', article: numbered(1, { title: 'New' }), updatedAt: '2026-01-09T00:00:00.000Z' }),
    ]),
  );
  expect(result).toEqual({ ok: true, counts: { added: 1, updated: 0, skipped: 1 }, updated: [], skipped: [] });
  expect((await listSummaries()).map((s) => s.title)).toEqual(['New']);
});

describe('a bad file changes nothing', () => {
  const cases: Array<[string, string, string]> = [
    ['not JSON', 'this is not json', 'not-json'],
    ['truncated', file([record(1), record(2)]).slice(0, 200), 'not-json'],
    ['foreign JSON', JSON.stringify({ bookmarks: [] }), 'foreign'],
    ['an array', JSON.stringify([record(1)]), 'foreign'],
    ['from a newer Lede', file([record(1)], { version: BACKUP_VERSION + 1 }), 'newer-version'],
    ['huge', ' '.repeat(200 * 1024 * 1024 + 1), 'too-large'],
  ];
  it.each(cases)('%s', async (_label, text, problem) => {
    await saveArticle(numbered(1));
    const before = await allArticles();
    const result = await importLibrary(text);
    expect(result).toMatchObject({ ok: false, problem });
    expect(await allArticles()).toEqual(before);
  });
});

describe('a file with some bad entries', () => {
  it('imports the good ones and names each bad one with the reason', async () => {
    const noUrl = record(2, { article: { ...numbered(2), url: undefined } as unknown as SavedArticle['article'] });
    const result = await importLibrary(
      file([
        record(1),
        noUrl,
        record(3, { article: numbered(3, { url: 'javascript:alert(1)' }) }),
        record(4, { article: { ...numbered(4), title: undefined } as unknown as SavedArticle['article'] }),
        { ...record(5), read: 'yes' },
        'not an article',
        record(6),
      ]),
    );
    expect(result).toEqual({
      ok: true,
      counts: { added: 2, updated: 0, skipped: 0 },
      updated: [],
      skipped: [
        { index: 1, reason: 'no-url' },
        { index: 2, reason: 'bad-url' },
        { index: 3, reason: 'no-title' },
        { index: 4, reason: 'damaged' },
        { index: 5, reason: 'not-an-article' },
      ],
    });
    expect((await listSummaries()).map((s) => s.title).sort()).toEqual(['Article number 1', 'Article number 6']);
  });

  it('can be looked at before anything is written, so the import can be cancelled', async () => {
    await saveArticle(numbered(1));
    const before = await allArticles();
    const parsed = parseBackup(file([record(7), { ...record(8), article: { title: 'x' } }]));
    expect(parsed).toMatchObject({ ok: true, articles: [{ id: 'id-7' }], skipped: [{ index: 1, reason: 'no-url' }] });
    expect(await allArticles()).toEqual(before);
  });
});

describe('duplicates on import', () => {
  it('an older and a newer copy of a saved article: the newest content is stored, and named as updated', async () => {
    const mine = await saveArticle(
      numbered(1, { title: 'Mine', content: '<p>Saved first.</p>' }),
      new Date('2026-01-10T00:00:00Z'),
    );
    const result = await importLibrary(
      file([
        record(1, {
          id: 'older',
          article: numbered(1, { title: 'Older', content: '<p>Old text.</p>' }),
          updatedAt: '2026-01-05T00:00:00.000Z',
        }),
        record(1, {
          id: 'newer',
          article: numbered(1, { title: 'Newer', content: '<p>Corrected text.</p>' }),
          updatedAt: '2026-01-20T00:00:00.000Z',
          read: true,
          readProgress: 1,
        }),
      ]),
    );
    expect(result).toMatchObject({
      ok: true,
      counts: { added: 0, updated: 1, skipped: 1 },
      updated: [{ id: mine.id, title: 'Newer' }],
    });
    const stored = await getArticle(mine.id);
    expect(stored?.article.title).toBe('Newer');
    expect(stored?.article.content).toBe('<p>Corrected text.</p>');
    expect(stored?.updatedAt).toBe('2026-01-20T00:00:00.000Z');
    expect(await listSummaries()).toHaveLength(1);
  });

  it('only older copies: the library keeps its own and names nothing as updated', async () => {
    const mine = await saveArticle(numbered(1, { title: 'Mine' }), new Date('2026-01-10T00:00:00Z'));
    const result = await importLibrary(
      file([record(1, { article: numbered(1, { title: 'Older' }), updatedAt: '2026-01-05T00:00:00.000Z' })]),
    );
    expect(result).toMatchObject({ ok: true, counts: { added: 0, updated: 0, skipped: 1 }, updated: [] });
    expect((await getArticle(mine.id))?.article.title).toBe('Mine');
  });
});

describe('script payloads', () => {
  it('import as text in every metadata field and are stripped from the body', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const hostile = record(9, {
      id: payload,
      article: makeArticle({
        url: 'https://evil.example/a?<script>',
        title: payload,
        authors: [payload],
        teaser: [payload],
        excerpt: payload,
        text: payload,
        siteName: payload,
        content: `<p>Fine</p>${payload}<a href="javascript:alert(3)">x</a><iframe src="https://evil.example"></iframe>`,
      }),
    });
    expect(await importLibrary(file([hostile]))).toMatchObject({ ok: true, counts: { added: 1 } });
    const [stored] = await allArticles();
    expect(stored?.article.title).toBe(payload);
    expect(stored?.article.authors).toEqual([payload]);
    expect(stored?.article.teaser).toEqual([payload]);
    expect(stored?.article.siteName).toBe(payload);
    expect(stored?.article.content).toContain('<p>Fine</p>');
    expect(stored?.article.content).not.toMatch(/<script|onerror|javascript:|<iframe/i);
  });
});

it('a backup carries every field of every record', () => {
  const r = record(1, { read: true, readProgress: 0.5 });
  expect(backupOf([r], new Date('2026-01-01T00:00:00Z')).articles).toEqual([r]);
});

describe('pictures in a backup', () => {
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3];
  const pngBytes = () => new Uint8Array(PNG).buffer;
  const b64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));

  it('go with the JSON only when asked, and come back on import', async () => {
    const { id } = await saveArticle(numbered(1));
    await storePictures(id, [{ src: 'https://i.example/a.png', type: 'image/png', bytes: pngBytes() }]);
    expect(JSON.parse(await exportLibrary())).not.toHaveProperty('pictures');
    const json = await exportLibrary(new Date(), { pictures: true });
    expect(JSON.parse(json).pictures).toEqual([
      { articleId: id, src: 'https://i.example/a.png', type: 'image/png', data: b64(PNG) },
    ]);

    await disconnect();
    globalThis.indexedDB = new IDBFactory();
    expect(await importLibrary(json)).toMatchObject({ ok: true, counts: { added: 1 } });
    const [back] = await allArticles();
    const pictures = await getPictures(back!.id);
    expect(pictures.map((p) => [p.src, p.type, [...new Uint8Array(p.bytes)]])).toEqual([
      ['https://i.example/a.png', 'image/png', PNG],
    ]);
  });

  it('follow their article to the id it has in this library', async () => {
    const mine = await saveArticle(numbered(1), new Date('2026-01-01T00:00:00Z'));
    const newer = record(1, { id: 'other-id', updatedAt: '2026-06-01T00:00:00.000Z' });
    const picture = { articleId: 'other-id', src: 'https://i.example/new.png', type: 'image/png', data: b64(PNG) };
    const result = await importLibrary(file([newer], { pictures: [picture] }));
    expect(result).toMatchObject({ ok: true, counts: { updated: 1 } });
    expect((await getPictures(mine.id)).map((p) => p.src)).toEqual(['https://i.example/new.png']);
    expect(await getPictures('other-id')).toEqual([]);
  });

  it('a corrupt picture is skipped with its reason and never stored; the rest imports', async () => {
    const entry = (overrides: object) => ({
      articleId: 'id-1',
      src: 'https://i.example/p.png',
      type: 'image/png',
      data: b64(PNG),
      ...overrides,
    });
    const pictures = [
      entry({ src: 'https://i.example/good.png' }),
      entry({ data: 'not base64!' }),
      entry({ type: 'image/svg+xml', data: b64([...'<svg onload=alert(1)>'].map((c) => c.charCodeAt(0))) }),
      entry({ data: b64([...'<script>alert(1)</script>'].map((c) => c.charCodeAt(0))) }),
      entry({ articleId: 'id-404' }),
      entry({ src: 'javascript:alert(1)' }),
      'a string',
    ];
    const result = await importLibrary(file([record(1)], { pictures }));
    expect(result).toMatchObject({
      ok: true,
      counts: { added: 1 },
      skippedPictures: [
        { index: 1, reason: 'damaged' },
        { index: 2, reason: 'not-an-image' },
        { index: 3, reason: 'not-an-image' },
        { index: 4, reason: 'no-article' },
        { index: 5, reason: 'damaged' },
        { index: 6, reason: 'damaged' },
      ],
    });
    expect((await getPictures('id-1')).map((p) => p.src)).toEqual(['https://i.example/good.png']);
    expect(await getPictures('id-404')).toEqual([]);
  });
});
