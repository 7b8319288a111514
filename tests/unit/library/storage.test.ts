import { describe, expect, it } from 'vitest';
import {
  findIdByUrl,
  getArticle,
  removeArticle,
  restoreArticle,
  saveArticle,
  setProgress,
  setRead,
} from '@/utils/library/articles';
import { countArticles, newestSummaries } from '@/utils/library/list';
import { listSummaries, makeArticle, numbered, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

describe('saving', () => {
  it('stores the whole article, unread, with the time it was saved', async () => {
    const article = makeArticle();
    const { id, created } = await saveArticle(article, new Date('2026-01-02T03:04:05Z'));
    expect(created).toBe(true);
    const stored = await getArticle(id);
    expect(stored).toEqual({
      id,
      article,
      savedAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
      read: false,
      readProgress: 0,
    });
  });

  it('updates the entry when the same URL is saved again, fragment or not', async () => {
    const first = await saveArticle(makeArticle(), new Date('2026-01-01T00:00:00Z'));
    await setRead(first.id, true);
    const again = await saveArticle(
      makeArticle({ url: makeArticle().url + '#comments', title: 'Corrected headline' }),
      new Date('2026-01-05T00:00:00Z'),
    );
    expect(again).toEqual({ id: first.id, created: false });
    const list = await listSummaries();
    expect(list).toHaveLength(1);
    const stored = await getArticle(first.id);
    expect(stored?.article.title).toBe('Corrected headline');
    expect(stored?.article.url).toBe(makeArticle().url);
    expect(stored?.savedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(stored?.updatedAt).toBe('2026-01-05T00:00:00.000Z');
    expect(stored?.read).toBe(true);
  });

  it('finds an article by URL, ignoring the fragment', async () => {
    const { id } = await saveArticle(makeArticle());
    expect(await findIdByUrl(makeArticle().url + '#top')).toBe(id);
    expect(await findIdByUrl('https://news.example/other')).toBeNull();
  });
});

describe('listing', () => {
  it('lists summaries newest first with the first teaser bullet and no body', async () => {
    for (let n = 1; n <= 3; n++) await saveArticle(numbered(n), new Date(`2026-01-0${n}T00:00:00Z`));
    const list = await listSummaries();
    expect(list.map((s) => s.title)).toEqual(['Article number 3', 'Article number 2', 'Article number 1']);
    expect(list[0]).toEqual({
      id: expect.any(String),
      url: 'https://news.example/article/3',
      title: 'Article number 3',
      siteName: 'Japan Digest',
      firstTeaser: makeArticle().teaser[0],
      authors: ['Hannah Janz'],
      readingMinutes: 1,
      savedAt: '2026-01-03T00:00:00.000Z',
      read: false,
      readProgress: 0,
      unreadSince: '2026-01-03T00:00:00.000Z',
    });
  });
});

describe('read state and progress', () => {
  it('marks read and unread, and shows it in the list', async () => {
    const { id } = await saveArticle(makeArticle());
    await setRead(id, true);
    expect((await listSummaries())[0]?.read).toBe(true);
    await setRead(id, false);
    expect((await listSummaries())[0]?.read).toBe(false);
  });

  it('stores reading progress within 0..1, and shows it in the list', async () => {
    const { id } = await saveArticle(makeArticle());
    await setProgress(id, 0.42);
    expect((await getArticle(id))?.readProgress).toBe(0.42);
    expect((await listSummaries())[0]?.readProgress).toBe(0.42);
    await setProgress(id, 7);
    expect((await getArticle(id))?.readProgress).toBe(1);
  });

  it('the unread filter lists only unread articles, newest first, and follows the read state', async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 4; n++) ids.push((await saveArticle(numbered(n), new Date(`2026-01-0${n}T00:00:00Z`))).id);
    await setRead(ids[1]!, true);
    await setRead(ids[3]!, true);
    expect((await listSummaries({ unreadOnly: true })).map((s) => s.title)).toEqual([
      'Article number 3',
      'Article number 1',
    ]);
    await setRead(ids[3]!, false);
    expect((await listSummaries({ unreadOnly: true })).map((s) => s.title)).toEqual([
      'Article number 4',
      'Article number 3',
      'Article number 1',
    ]);
  });

  it('refuses to update an article that is not there', async () => {
    await expect(setRead('nope', true)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('deleting', () => {
  it('deletes for real and undo puts the same record back', async () => {
    const { id } = await saveArticle(makeArticle());
    await setProgress(id, 0.5);
    const before = await getArticle(id);
    const removed = await removeArticle(id);
    expect(await getArticle(id)).toBeUndefined();
    expect(await listSummaries()).toEqual([]);
    expect(await restoreArticle(removed)).toBe(id);
    expect(await getArticle(id)).toEqual(before);
    expect(await listSummaries()).toHaveLength(1);
  });

  it('undo keeps a newer save of the same URL made in the meantime', async () => {
    const { id } = await saveArticle(makeArticle());
    const removed = await removeArticle(id);
    const newer = await saveArticle(makeArticle({ title: 'Saved again' }));
    expect(await restoreArticle(removed)).toBe(newer.id);
    const list = await listSummaries();
    expect(list.map((s) => s.title)).toEqual(['Saved again']);
  });

  it('says not-found for an unknown id', async () => {
    await expect(removeArticle('missing')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('the first screen', () => {
  it('the newest summaries come first, all or unread only, as many as asked', async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 5; n++) ids.push((await saveArticle(numbered(n), new Date(`2026-01-0${n}T00:00:00Z`))).id);
    await setRead(ids[4]!, true);
    expect((await newestSummaries(3)).map((s) => s.title)).toEqual([
      'Article number 5',
      'Article number 4',
      'Article number 3',
    ]);
    expect((await newestSummaries(2, { unreadOnly: true })).map((s) => s.title)).toEqual([
      'Article number 4',
      'Article number 3',
    ]);
    expect(await countArticles()).toBe(5);
    expect(await countArticles({ unreadOnly: true })).toBe(4);
  });
});
