import { describe, expect, it } from 'vitest';
import { saveArticle } from '@/utils/library/articles';
import { searchIds } from '@/utils/library/list';
import { spellings } from '@/utils/library/spellings';
import { makeArticle, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

async function saveGerman(): Promise<{ german: string; english: string }> {
  const german = await saveArticle(
    makeArticle({
      url: 'https://zeitung.example/berlin',
      title: 'Außenminister trifft Amtskollegen in München',
      teaser: ['Die Straße vor dem Ministerium bleibt gesperrt'],
      text: 'Über den Ärger um das Öl sprachen beide lange. Die neue Quelle der Übersee-Zeitung.',
      authors: ['Jürgen Müller'],
    }),
  );
  const english = await saveArticle(
    makeArticle({
      url: 'https://paper.example/to',
      title: 'A walk to the pot of gold',
      teaser: [],
      text: 'It went to the end.',
      authors: [],
    }),
  );
  return { german: german.id, english: english.id };
}

describe('search: German spelled without umlauts and ß', () => {
  it.each([
    ['Muenchen'],
    ['Aussenminister'],
    ['Strasse'],
    ['STRASSE gesperrt'],
    ['Juergen Mueller'],
    ['ueber aerger oel'],
    ['Uebersee'],
    ['neue Quelle'],
    // Typing, the last word is a beginning: "Mue" may be "Mü".
    ['Mue'],
    ['Muel'],
    ['Aussenmin'],
  ])('%s finds the article written with umlauts and ß', async (query) => {
    const { german } = await saveGerman();
    expect(await searchIds(query)).toEqual(new Set([german]));
  });

  it('still finds a word written with the digraph itself', async () => {
    const { german } = await saveGerman();
    expect(await searchIds('neue')).toEqual(new Set([german]));
    expect(await searchIds('quelle')).toEqual(new Set([german]));
  });

  it('a finished English word is not cut to a shorter one', async () => {
    await saveGerman();
    // "toe" is not "to". (Inside a word the digraph stays ambiguous: "poet" also finds "pot".)
    expect(await searchIds('toe walk')).toEqual(new Set());
    expect(await searchIds('blue walk')).toEqual(new Set());
  });
});

describe('spellings', () => {
  it('gives each umlaut digraph both readings', () => {
    expect(spellings('muenchen', { complete: true })).toEqual(['muenchen', 'munchen']);
    expect(spellings('gruenfaerber', { complete: true }).sort()).toEqual(
      ['grunfarber', 'grunfaerber', 'gruenfarber', 'gruenfaerber'].sort(),
    );
  });

  it('leaves a digraph after a vowel, after q, and at the end of a finished word', () => {
    expect(spellings('neue', { complete: true })).toEqual(['neue']);
    expect(spellings('bauer', { complete: true })).toEqual(['bauer']);
    expect(spellings('quelle', { complete: true })).toEqual(['quelle']);
    expect(spellings('blue', { complete: true })).toEqual(['blue']);
    expect(spellings('mue', { complete: false })).toEqual(['mue', 'mu']);
  });

  it('stays small for a long word full of digraphs', () => {
    expect(spellings('aeoeueaeoeue', { complete: false }).length).toBeLessThanOrEqual(16);
  });
});
