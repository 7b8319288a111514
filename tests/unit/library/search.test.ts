import { beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '@/utils/library/articles';
import { listIds, searchIds, searchList } from '@/utils/library/list';
import { makeArticle, numbered, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

let ids: Record<string, string>;

beforeEach(async () => {
  ids = {
    japan: (await saveArticle(makeArticle(), new Date('2026-01-01T00:00:00Z'))).id,
    climate: (
      await saveArticle(
        makeArticle({
          url: 'https://paper.example/klima',
          title: 'Klima\u00ADwandel im Alpenraum',
          authors: ['Zoë Fischer', 'Lars Kühn'],
          teaser: ['Gletscher schmelzen schneller als erwartet'],
          text: 'Die Messreihe am Hintereisferner reicht bis 1952 zurück. Später mehr aus München.',
          siteName: 'Bergpost',
        }),
        new Date('2026-01-02T00:00:00Z'),
      )
    ).id,
    tokyo: (
      await saveArticle(
        makeArticle({
          url: 'https://shimbun.example/tokyo',
          title: '東京都庁で会議',
          authors: [],
          teaser: [],
          text: '東京都の知事は新しい計画を発表した。',
          siteName: 'ＳＨＩＭＢＵＮ',
        }),
        new Date('2026-01-03T00:00:00Z'),
      )
    ).id,
  };
});

describe('search', () => {
  it.each([
    ['the headline, across a soft hyphen', 'klimawandel', 'climate'],
    ['the site', 'BERGPOST', 'climate'],
    ['an author', 'zoë', 'climate'],
    ['an author without the diaeresis', 'zoe fischer', 'climate'],
    ['the teaser', 'gletscher schmelzen', 'climate'],
    ['the body text', 'hintereisferner', 'climate'],
    ['words in any order and field', 'kühn 1952', 'climate'],
    ['a word without its umlaut', 'Munchen', 'climate'],
    ['part of a word while typing', 'verteidigungsmin', 'japan'],
    ['a full-width site name typed plainly', 'shimbun', 'tokyo'],
    ['a Japanese word inside a run of text', '都庁', 'tokyo'],
    ['a Japanese phrase across words', '東京都の知事', 'tokyo'],
    ['one Japanese character while typing', '知', 'tokyo'],
  ])('finds %s', async (_label, query, expected) => {
    expect(await searchIds(query)).toEqual(new Set([ids[expected]]));
  });

  it('finds the first letters of a word as they are typed', async () => {
    for (const query of ['1', '19', '195', 'hi', 'hin', 'hint', 'gletscher s', 'gletscher sc', 'gletscher sch']) {
      expect(await searchIds(query)).toEqual(new Set([ids.climate]));
    }
    expect(await searchIds('h')).toEqual(new Set([ids.japan, ids.climate]));
    expect(await searchIds('東')).toEqual(new Set([ids.tokyo]));
  });

  it('matches only the last word as a prefix: a finished word must be whole', async () => {
    expect(await searchIds('gletscher schm')).toEqual(new Set([ids.climate]));
    expect(await searchIds('glet schmelzen')).toEqual(new Set());
    expect(await searchIds('gle schmelzen')).toEqual(new Set());
  });

  it('searches past the first batch of a large library', async () => {
    for (let n = 0; n < 600; n++) await saveArticle(numbered(n, { text: 'Lawinenwarnstufe drei' }));
    expect((await searchIds('lawinenwarnstufe')).size).toBe(600);
  });

  it('needs every word to match', async () => {
    expect(await searchIds('klima japan')).toEqual(new Set());
    expect(await searchIds('東京 alpenraum')).toEqual(new Set());
  });

  it('an empty query matches everything', async () => {
    expect(await searchIds('  ')).toEqual(new Set(Object.values(ids)));
  });

  it('lists the matches newest first', async () => {
    const saved: Record<string, string> = {};
    for (const day of ['05', '09', '07']) {
      saved[day] = (
        await saveArticle(numbered(Number(day), { text: 'Hochwasser am Rhein' }), new Date(`2026-02-${day}T00:00:00Z`))
      ).id;
    }
    const order = await listIds();
    expect(await searchList(order, 'hochwasser rh')).toEqual([saved['09'], saved['07'], saved['05']]);
    expect(await searchList(order, 'klima')).toEqual([ids.climate]);
  });

  it('a search the user has typed past is cancelled, not reported as a failure', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(searchList(await listIds(), 'klimawandel', controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    await expect(searchIds('klimawandel', controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
