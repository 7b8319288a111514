import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ruleInWords } from '@/entrypoints/options/rule-words';
import type { SiteRule } from '@/utils/fixes/rules';
import {
  deleteAllFixes,
  deleteRule,
  exportFixes,
  importFixes,
  loadFixes,
  migrate,
  setSiteRules,
  siteRules,
} from '@/utils/fixes/store';

beforeEach(() => fakeBrowser.reset());

const REMOVE: SiteRule = {
  kind: 'remove',
  block: { tag: 'aside', classes: ['related'], path: [], side: 'after-headline' },
  label: 'Mehr zum Thema',
};
const PICK: SiteRule = { kind: 'pick', field: 'authors', source: 'byline near the headline', label: 'Anna Muster' };

describe('site fixes in extension storage', () => {
  it('keeps each site’s rules, deletes one or all', async () => {
    expect(await loadFixes()).toEqual({ format: 'lede-site-fixes', version: 1, sites: {} });
    await setSiteRules('news.example', [REMOVE, PICK]);
    await setSiteRules('other.example', [{ kind: 'hide', field: 'teaser' }]);
    expect((await loadFixes()).sites['news.example']).toEqual([REMOVE, PICK]);
    await deleteRule('news.example', 0);
    expect((await loadFixes()).sites['news.example']).toEqual([PICK]);
    await deleteRule('news.example', 0);
    expect(Object.keys((await loadFixes()).sites)).toEqual(['other.example']);
    await deleteAllFixes();
    expect((await loadFixes()).sites).toEqual({});
  });

  it('exports what an import reads back; an import adds, skips bad entries with reasons, never doubles', async () => {
    await setSiteRules('news.example', [REMOVE]);
    const exported = await exportFixes();
    await deleteAllFixes();
    expect(await importFixes(exported)).toEqual({ added: 1, skipped: [] });
    expect(await importFixes(exported)).toEqual({ added: 0, skipped: [] });
    const file = JSON.parse(exported);
    file.sites['news.example'].push(PICK, { kind: 'run', code: 'x' });
    file.sites['bad site!'] = [PICK];
    const result = await importFixes(JSON.stringify(file));
    expect(result.added).toBe(1);
    expect(result.skipped).toEqual([
      { where: 'news.example rule 3', reason: 'unknown kind of rule' },
      { where: 'bad site!', reason: 'not a site name' },
    ]);
    expect((await loadFixes()).sites['news.example']).toEqual([REMOVE, PICK]);
    expect(await importFixes('{not json')).toEqual({ added: 0, skipped: [{ where: 'file', reason: 'not JSON' }] });
  });

  it('reads whatever storage holds through the migration hook', async () => {
    expect(migrate(undefined).sites).toEqual({});
    expect(migrate('garbage').sites).toEqual({});
    expect(migrate({ format: 'lede-site-fixes', version: 7, sites: { 'a.example': [PICK] } }).sites).toEqual({
      'a.example': [PICK],
    });
    await fakeBrowser.storage.local.set({ siteFixes: { format: 'lede-site-fixes', version: 1, sites: { x: 1 } } });
    expect((await loadFixes()).sites).toEqual({});
  });
});

describe('rules in words', () => {
  const en = JSON.parse(readFileSync(join(__dirname, '../../../public/_locales/en/messages.json'), 'utf8'));
  const t = (key: string, subs?: string | string[]): string => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const entry = en[key];
    return entry.message.replace(/\$(\w+)\$/g, (_: string, name: string) => {
      const n = Number(entry.placeholders[name.toLowerCase()].content.slice(1));
      return list[n - 1] ?? '';
    });
  };
  it('say what each rule does, naming the block as CSS would', () => {
    expect(ruleInWords(REMOVE, t)).toBe('remove the block “Mehr zum Thema” (aside.related)');
    expect(ruleInWords(PICK, t)).toBe('show the byline from byline near the headline (“Anna Muster”)');
    expect(ruleInWords({ kind: 'hide', field: 'teaser' }, t)).toBe('hide the teaser');
    // A caption's rule also takes the site's picture captions after a redesign: the words say so.
    const caption = {
      ...REMOVE,
      label: 'Photo: dpa',
      block: { tag: 'figcaption', classes: [], path: [], caption: true as const },
    };
    expect(ruleInWords(caption, t)).toBe(
      'remove the caption “Photo: dpa” (figcaption), and on pages without such a caption (after a redesign) their pictures’ captions',
    );
  });
});

describe('the rules for a page', () => {
  it('are its registrable domain’s, found from any of the site’s hosts', async () => {
    await setSiteRules('bbc.co.uk', [PICK]);
    await setSiteRules('127.0.0.1', [REMOVE]);
    expect(await siteRules('https://www.bbc.co.uk/news/a')).toEqual([PICK]);
    expect(await siteRules('https://news.bbc.co.uk/b')).toEqual([PICK]);
    expect(await siteRules('http://127.0.0.1:8080/a')).toEqual([REMOVE]);
    expect(await siteRules('https://bbc.com/a')).toEqual([]);
    expect(await siteRules('file:///bbc.co.uk/a.html')).toEqual([]);
    expect(await siteRules('not a url')).toEqual([]);
  });
});

describe('an import through the Site fixes page', () => {
  it('refuses a public suffix or a subdomain as a site, which would apply to other sites', async () => {
    const { notASite } = await import('@/entrypoints/options/not-a-site');
    const file = {
      format: 'lede-site-fixes',
      version: 1,
      sites: { 'co.uk': [PICK], 'www.news.example': [PICK], 'news.example': [PICK] },
    };
    const result = await importFixes(JSON.stringify(file), notASite);
    expect(result.skipped.map((s) => s.where)).toEqual(['co.uk', 'www.news.example']);
    expect(Object.keys((await loadFixes()).sites)).toEqual(['news.example']);
  });
});
