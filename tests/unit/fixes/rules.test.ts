import { describe, expect, it } from 'vitest';
import { emptyFixes, readFixesFile, type FixesFile } from '../../../utils/fixes/rules';
import { rulesFor, siteOf } from '../../../utils/fixes/site';
import { looksGenerated } from '../../../utils/fixes/stable';

const GOOD: FixesFile = {
  format: 'lede-site-fixes',
  version: 1,
  sites: {
    'news.example': [
      {
        kind: 'remove',
        block: { tag: 'aside', classes: ['related'], path: [], side: 'after-headline' },
        label: 'Mehr zum Thema',
      },
      {
        kind: 'remove',
        block: { tag: 'figcaption', classes: ['credit'], path: ['figure'], caption: true },
        label: 'Photo: dpa',
      },
      { kind: 'pick', field: 'authors', source: 'byline near the headline', label: 'Anna Muster' },
      { kind: 'hide', field: 'teaser' },
    ],
  },
};

describe('the site fixes file, read as untrusted input', () => {
  it('reads back what it wrote', () => {
    expect(readFixesFile(JSON.parse(JSON.stringify(GOOD)))).toEqual({ fixes: GOOD, skipped: [] });
  });

  it('refuses what is no fixes file, with the reason', () => {
    for (const input of [null, 42, 'x', [], { format: 'other' }, { format: 'lede-site-fixes', version: 99, sites: {} }])
      expect(readFixesFile(input).fixes).toEqual(emptyFixes());
    expect(readFixesFile({ format: 'lede-site-fixes', version: 2, sites: {} }).skipped[0]?.reason).toBe(
      'unknown version 2',
    );
  });

  it('skips bad entries with their reason and keeps the good ones', () => {
    const hostile = JSON.parse(`{
      "format": "lede-site-fixes", "version": 1,
      "sites": {
        "__proto__": [{ "kind": "hide", "field": "teaser" }],
        "<script>alert(1)</script>": [{ "kind": "hide", "field": "teaser" }],
        "news.example": [
          { "kind": "remove", "block": { "tag": "img onerror=alert(1)", "classes": [], "path": [] } },
          { "kind": "remove", "block": { "tag": "div", "classes": ["a b"], "path": [] } },
          { "kind": "hide", "field": "title" },
          { "kind": "pick", "field": "constructor", "source": "meta" },
          { "kind": "eval", "code": "alert(1)" },
          { "kind": "remove", "block": { "tag": "aside", "classes": ["related"], "path": [], "extra": "dropped" }, "label": "box" }
        ],
        "other.example": "not a list"
      }
    }`);
    const { fixes, skipped } = readFixesFile(hostile);
    expect(Object.keys(fixes.sites)).toEqual(['news.example']);
    expect(fixes.sites['news.example']).toEqual([
      { kind: 'remove', block: { tag: 'aside', classes: ['related'], path: [] }, label: 'box' },
    ]);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
    expect(skipped.map((s) => `${s.where}: ${s.reason}`)).toEqual([
      '__proto__: not a site name',
      '<script>alert(1)</script>: not a site name',
      'news.example rule 1: no tag for the block',
      'news.example rule 2: classes or path are not lists of names',
      'news.example rule 3: no field that can be hidden',
      'news.example rule 4: no field to pick',
      'news.example rule 5: unknown kind of rule',
      'other.example: its rules are not a list',
    ]);
  });

  it('caps what no person makes: thousands of rules, endless strings', () => {
    const many = Array.from({ length: 5000 }, () => ({ kind: 'hide', field: 'teaser' }));
    const { fixes, skipped } = readFixesFile({ format: 'lede-site-fixes', version: 1, sites: { 'a.example': many } });
    expect(fixes.sites['a.example']).toHaveLength(200);
    expect(skipped[0]?.reason).toMatch(/more than 200 rules/);
    const long = readFixesFile({
      format: 'lede-site-fixes',
      version: 1,
      sites: { 'a.example': [{ kind: 'pick', field: 'title', source: 'x'.repeat(1e6) }] },
    });
    const rule = long.fixes.sites['a.example']?.[0];
    expect(rule?.kind === 'pick' && rule.source.length).toBe(200);
  });
});

describe('the site of a page', () => {
  it('is the registrable domain, so a site’s subdomains share their fixes', () => {
    expect(siteOf('https://www.bbc.co.uk/news/a')).toBe('bbc.co.uk');
    expect(siteOf('https://news.bbc.co.uk/b')).toBe('bbc.co.uk');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteOf('http://localhost:3000/a')).toBe('localhost');
    expect(siteOf('file:///tmp/a.html')).toBe('');
    expect(siteOf('https://co.uk/')).toBe('');
    expect(siteOf('https://anna.github.io/blog/')).toBe('anna.github.io');
    expect(rulesFor(GOOD, 'https://www.news.example/x')).toHaveLength(4);
    expect(rulesFor(GOOD, 'https://other.example/x')).toEqual([]);
  });
});

describe('generated names', () => {
  it('are told from names a person wrote', () => {
    for (const name of ['css-1q2w3e', 'sc-bdVaJa', 'box-x7f2a9', 'post-5928990', 'jsx-2893472', 'bYqOiV'])
      expect(looksGenerated(name), name).toBe(true);
    for (const name of [
      'related',
      'article__aside__caption',
      'wp-block-ppi-onlineinterline',
      'teaser--wide',
      'h2',
      'col-sm-10',
    ])
      expect(looksGenerated(name), name).toBe(false);
  });
});
