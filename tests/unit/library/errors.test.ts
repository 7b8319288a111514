import { IDBObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { libraryHandlers } from '@/entrypoints/background/library-handlers';
import { getArticle, saveArticle } from '@/utils/library/articles';
import { searchIds } from '@/utils/library/list';
import { DB_NAME, disconnect } from '@/utils/library/db';
import { upgradeSteps } from '@/utils/library/schema';
import { makeArticle, numbered, useFreshIndexedDb, listSummaries } from './helpers';

useFreshIndexedDb();

const lede = { id: fakeBrowser.runtime.id };

function failPutsWith(error: unknown): void {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw error;
  });
}

describe('a full disk or a failed write', () => {
  it('reports quota-exceeded and keeps what was saved before, with nothing half-written', async () => {
    const { id } = await saveArticle(numbered(1));
    failPutsWith(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    const result = await libraryHandlers.saveArticle(numbered(2), lede);

    expect(result).toEqual({ ok: false, error: 'quota-exceeded' });
    vi.restoreAllMocks();
    expect((await listSummaries()).map((s) => s.id)).toEqual([id]);
    expect(await searchIds('article 2')).toEqual(new Set());
    expect((await getArticle(id))?.article).toEqual(numbered(1));
  });

  it('reports write-failed for any other write error', async () => {
    await saveArticle(numbered(1));
    failPutsWith(new DOMException('Disk I/O', 'UnknownError'));
    expect(await libraryHandlers.saveArticle(numbered(2), lede)).toEqual({ ok: false, error: 'write-failed' });
    vi.restoreAllMocks();
    expect(await listSummaries()).toHaveLength(1);
  });
});

describe('a database held by another version', () => {
  it('reports blocked when an old connection will not let go', async () => {
    // An old Lede's page with a v1 connection that ignores versionchange.
    const old = await openDB(DB_NAME, 1, {
      upgrade: (database, _old, _new, tx) => upgradeSteps[0]!(database, tx),
    });
    expect(await libraryHandlers.articleStatus('https://news.example/a', lede)).toEqual({
      ok: false,
      error: 'blocked',
    });
    old.close();
    await disconnect();
    expect(await libraryHandlers.articleStatus('https://news.example/a', lede)).toEqual({
      ok: true,
      value: { id: null },
    });
  });

  it('reports blocked when the library was written by a newer Lede', async () => {
    (await openDB(DB_NAME, 99)).close();
    expect(await libraryHandlers.saveArticle(makeArticle(), lede)).toEqual({ ok: false, error: 'blocked' });
  });
});

describe('the message handlers', () => {
  it('save, report the status of and remove an article', async () => {
    const saved = await libraryHandlers.saveArticle(makeArticle(), lede);
    expect(saved).toEqual({ ok: true, value: { id: expect.any(String), created: true } });
    const id = saved.ok ? saved.value.id : '';
    expect(await libraryHandlers.articleStatus(makeArticle().url, lede)).toEqual({ ok: true, value: { id } });
    expect(await libraryHandlers.removeArticle(id, lede)).toEqual({ ok: true, value: null });
    expect(await libraryHandlers.removeArticle(id, lede)).toEqual({ ok: false, error: 'not-found' });
  });

  it('refuse messages from anyone but Lede itself', async () => {
    expect(await libraryHandlers.saveArticle(makeArticle(), { id: 'some-other-extension' })).toEqual({
      ok: false,
      error: 'invalid-input',
    });
    expect(await listSummaries()).toEqual([]);
  });

  it.each([
    ['not an object', 'hello'],
    ['a missing field', { ...makeArticle(), text: undefined }],
    ['a javascript: URL', makeArticle({ url: 'javascript:alert(1)' })],
    ['authors that are not strings', { ...makeArticle(), authors: [{ name: 'x' }] }],
    ['a huge headline', makeArticle({ title: 'x'.repeat(100_000) })],
    ['a data: lead image', makeArticle({ leadImage: 'data:image/png;base64,AAAA' })],
    ['a wrong text direction', { ...makeArticle(), dir: 'up' }],
    ['a negative word count', makeArticle({ wordCount: -1 })],
  ])('refuse an article with %s', async (_label, payload) => {
    expect(await libraryHandlers.saveArticle(payload, lede)).toEqual({ ok: false, error: 'invalid-input' });
    expect(await listSummaries()).toEqual([]);
  });

  it('refuse a status request for something that is not a web URL', async () => {
    expect(await libraryHandlers.articleStatus('chrome://settings', lede)).toEqual({
      ok: false,
      error: 'invalid-input',
    });
  });

  it('store only the Article fields, not extra properties smuggled along', async () => {
    const result = await libraryHandlers.saveArticle({ ...makeArticle(), extra: '<script>' }, lede);
    const stored = await getArticle(result.ok ? result.value.id : '');
    expect(stored?.article).toEqual(makeArticle());
  });
});
