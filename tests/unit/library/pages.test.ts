import { IDBObjectStore } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { libraryHandlers } from '@/entrypoints/background/library-handlers';
import { getArticle, mergeArticles, removeArticle, restoreArticle, saveArticle } from '@/utils/library/articles';
import { read } from '@/utils/library/access';
import { PAGE_CAP } from '@/utils/library/page-markup';
import { keepPage, pageOf } from '@/utils/library/pages';
import { makeArticle, numbered, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();
// The background prunes a kept page where a DOM exists: Firefox's background is a page (Chrome's
// hands it to the offscreen document, which the browser tests go through).
beforeAll(() => vi.stubGlobal('DOMParser', new JSDOM('').window.DOMParser));
afterAll(() => vi.unstubAllGlobals());

const lede = { id: fakeBrowser.runtime.id };
const URL = 'https://news.example/2017/03/japan-russland?ref=home';
/** A page whose markup repeats, as a news page's does: gzip shrinks it many times over. */
const HTML = `<!DOCTYPE html><html><head><title>Japan</title></head><body>${'<p class="para">Am Montag trafen sich die Minister in Tokio.</p>'.repeat(400)}</body></html>`;

const stored = (id: string) => read((db) => db.get('pages', id));

describe('the page kept with a saved article (schema v6)', () => {
  it('keeps the page gzip-compressed and gives back the same markup', async () => {
    const { id } = await saveArticle(makeArticle());
    expect(await keepPage(id, URL, HTML)).toBeNull();

    const page = await stored(id);
    const bytes = new Uint8Array(page!.gzip!);
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(bytes.length).toBeLessThan(HTML.length / 10);
    expect(await pageOf(id)).toEqual({ state: 'kept', url: URL, html: HTML });
  });

  it('an article saved without a page has none, and says so', async () => {
    const { id } = await saveArticle(makeArticle());
    expect(await pageOf(id)).toEqual({ state: 'none' });
  });

  it('removing an article removes its page; Undo brings both back', async () => {
    const { id } = await saveArticle(makeArticle());
    const other = await saveArticle(numbered(2));
    await keepPage(id, URL, HTML);
    await keepPage(other.id, URL, '<p>other</p>');

    const removed = await removeArticle(id);
    expect(await stored(id)).toBeUndefined();
    expect(await pageOf(other.id)).toMatchObject({ state: 'kept', html: '<p>other</p>' });

    await restoreArticle(removed);
    expect(await pageOf(id)).toEqual({ state: 'kept', url: URL, html: HTML });
  });

  it('does not keep a page for an article deleted meanwhile', async () => {
    const { id } = await saveArticle(makeArticle());
    await removeArticle(id);
    await keepPage(id, URL, HTML);
    expect(await stored(id)).toBeUndefined();
  });

  it('a page over the cap is skipped, the article saved, and the reason kept', async () => {
    const huge = `<html><body>${'x'.repeat(PAGE_CAP)}</body></html>`;
    const saved = await libraryHandlers.saveArticle(makeArticle(), lede);
    expect(saved).toMatchObject({ ok: true });
    const id = saved.ok ? saved.value.id : '';

    expect(await libraryHandlers.keepPage({ id, url: URL, html: huge }, lede)).toEqual({ ok: true, value: null });
    expect((await getArticle(id))?.article.title).toBe(makeArticle().title);
    expect(await pageOf(id)).toEqual({ state: 'skipped', reason: 'too-large' });
    expect((await stored(id))?.gzip).toBeUndefined();
  });

  it('a page that could not be prepared for keeping is noted so, and costs nothing else', async () => {
    const { id } = await saveArticle(makeArticle());
    // What the offscreen document closing mid-prune leaves the background with: no pruned page.
    class Failing {
      parseFromString(): Document {
        throw new Error('document closed');
      }
    }
    vi.stubGlobal('DOMParser', Failing);
    try {
      expect(await libraryHandlers.keepPage({ id, url: URL, html: HTML }, lede)).toEqual({ ok: true, value: null });
    } finally {
      vi.stubGlobal('DOMParser', new JSDOM('').window.DOMParser);
    }
    expect(await getArticle(id)).toBeDefined();
    // Not "saved before Lede kept pages", which would be untrue.
    expect(await pageOf(id)).toEqual({ state: 'skipped', reason: 'unprepared' });
  });

  it('a full disk costs the page, never the article', async () => {
    const { id } = await saveArticle(makeArticle());
    const put = IDBObjectStore.prototype.put;
    // Only the page's bytes do not fit; the short note of why still does.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if ((value as { gzip?: unknown }).gzip)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    expect(await keepPage(id, URL, HTML)).toBe('no-room');
    vi.restoreAllMocks();
    expect(await getArticle(id)).toBeDefined();
    expect(await pageOf(id)).toEqual({ state: 'skipped', reason: 'no-room' });
  });

  it('the background keeps a page only from Lede, with an address and markup', async () => {
    const { id } = await saveArticle(makeArticle());
    expect(await libraryHandlers.keepPage({ id, url: URL, html: HTML }, { id: 'another-extension' })).toEqual({
      ok: false,
      error: 'invalid-input',
    });
    for (const bad of [
      null,
      'x',
      { id, url: 'javascript:alert(1)', html: HTML },
      { id, url: URL, html: 5 },
      { url: URL, html: HTML },
    ])
      expect(await libraryHandlers.keepPage(bad, lede)).toEqual({ ok: false, error: 'invalid-input' });
    expect(await stored(id)).toBeUndefined();
    expect(await libraryHandlers.keepPage({ id, url: URL, html: HTML }, lede)).toEqual({ ok: true, value: null });
    expect(await pageOf(id)).toEqual({ state: 'kept', url: URL, html: HTML });
  });

  it('the background keeps the page the tab sent without its scripts and without Lede’s reader', async () => {
    const { id } = await saveArticle(makeArticle());
    const sent = HTML.replace(
      '<title>',
      '<script>track()</script><script type="application/ld+json">{}</script><title>',
    ).replace('</body>', '<lede-reader></lede-reader></body>');
    expect(await libraryHandlers.keepPage({ id, url: URL, html: sent }, lede)).toEqual({ ok: true, value: null });
    expect(await pageOf(id)).toEqual({
      state: 'kept',
      url: URL,
      html: HTML.replace('<title>', '<script type="application/ld+json">{}</script><title>'),
    });
  });

  it('an imported article has no page, and the library knows it was imported', async () => {
    const record = {
      id: 'from-backup',
      article: makeArticle(),
      savedAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-02T00:00:00.000Z',
      read: false,
      readProgress: 0,
    };
    await mergeArticles([record]);
    expect(await pageOf('from-backup')).toEqual({ state: 'skipped', reason: 'imported' });
  });
});
