import { beforeEach, describe, expect, it } from 'vitest';
import { saveArticle, searchIds } from '@/utils/library/articles';
import { makeArticle, numbered, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

let ids: Record<string, string>;

beforeEach(async () => {
  ids = {
    japan: (await saveArticle(makeArticle())).id,
    climate: (
      await saveArticle(
        makeArticle({
          url: 'https://paper.example/klima',
          title: 'Klima\u00ADwandel im Alpenraum',
          authors: ['Zoë Fischer', 'Lars Kühn'],
          teaser: ['Gletscher schmelzen schneller als erwartet'],
          text: 'Die Messreihe am Hintereisferner reicht bis 1952 zurück.',
          siteName: 'Bergpost',
        }),
      )
    ).id,
  };
});

describe('search', () => {
  it.each([
    ['the headline, across a soft hyphen', 'klimawandel', 'climate'],
    ['the site', 'BERGPOST', 'climate'],
    ['an author', 'zoë', 'climate'],
    ['the teaser', 'gletscher schmelzen', 'climate'],
    ['the body text', 'hintereisferner', 'climate'],
    ['words in any order and field', 'kühn 1952', 'climate'],
    ['part of a word while typing', 'verteidigungsmin', 'japan'],
  ])('finds %s', async (_label, query, expected) => {
    expect(await searchIds(query)).toEqual(new Set([ids[expected]]));
  });

  it('searches past the first batch of a large library', async () => {
    for (let n = 0; n < 600; n++) await saveArticle(numbered(n, { text: 'Lawinenwarnstufe drei' }));
    expect((await searchIds('lawinenwarnstufe')).size).toBe(600);
  });

  it('needs every word to match', async () => {
    expect(await searchIds('klima japan')).toEqual(new Set());
  });

  it('an empty query matches everything', async () => {
    expect(await searchIds('  ')).toEqual(new Set(Object.values(ids)));
  });
});
