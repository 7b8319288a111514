import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import type { Article } from '@/utils/article';
import { extractArticle } from '@/utils/extract';
import { PAYLOADS, mentions } from '../../security/payloads';
import { HEADLINE, PARAGRAPHS, hostilePage } from '../../security/page';
import { renderLive, type LiveRender } from '../../security/live';
import { findResidues, type Residue } from '../../security/residue';

// Place 1 of 3: the Article the core returns. The page is parsed with scripts off (its own copy
// must not muddy the flags), extracted, and the body is then rendered with scripts on.
const PAGE_URL = 'https://news.example/2024/05/council-budget';
const PORT = 8123;

let article: Article;
let live: LiveRender;
let residues: Residue[];

beforeAll(async () => {
  const page = new JSDOM(hostilePage(PORT), { url: PAGE_URL });
  const result = extractArticle(page.window.document, PAGE_URL);
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
  article = result.article;
  live = await renderLive(`<!DOCTYPE html><html><head></head><body>${article.content}</body></html>`);
  residues = findResidues(new JSDOM(article.content).window.document.body);
}, 60_000);
afterAll(() => live?.close());

/** Every text field of the Article, flattened. */
const textFields = (a: Article): string[] => [
  a.title,
  ...a.authors,
  ...a.teaser,
  a.siteName ?? '',
  a.excerpt,
  a.publishedTime ?? '',
  a.lang,
  a.text,
];

describe('extractArticle on the hostile page', { timeout: 60_000 }, () => {
  it('still returns the article: headline and every paragraph around the payloads', () => {
    // Around whatever literal markup the page put in its headline (that stays, as text).
    for (const words of HEADLINE.split(' budget ')) expect(article.title).toContain(words);
    for (const paragraph of PARAGRAPHS) expect(article.text).toContain(paragraph);
  });

  it.each(PAYLOADS.map((p) => [p.id, p] as const))('neutralises %s', (id, payload) => {
    expect(live.fired.get(id), 'flag set when the body was rendered').toBeUndefined();
    expect(live.hit.has(id), 'requested its hit URL').toBe(false);
    expect(residues.filter((r) => r.ids.includes(id)).map((r) => r.what)).toEqual([]);
    if (payload.where !== 'body' && !payload.text) {
      // Real elements in the headline, byline or teaser leave their text, never their markup.
      expect(textFields(article).filter((f) => mentions(f, id))).toEqual([]);
    }
  });

  it('leaves no dangerous markup in the body, whichever payload it came from', () => {
    expect(residues.map((r) => `${r.what} [${r.ids.join(',')}]`)).toEqual([]);
  });

  it('keeps URLs to http(s): canonical URL and lead image never carry a script scheme', () => {
    expect(article.url).toMatch(/^https?:\/\//);
    if (article.leadImage !== null) expect(article.leadImage).toMatch(/^https?:\/\//);
  });

  it('keeps the date a date', () => {
    if (article.publishedTime !== null)
      expect(article.publishedTime).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)?$/);
  });
});

describe('the live renderer itself', () => {
  // Guards the guard: if the detector could not see a payload fire, the tests above would pass
  // on a sanitiser that lets everything through.
  it('sees the raw payloads fire and request when nothing sanitises them', { timeout: 60_000 }, async () => {
    const raw = await renderLive(hostilePage(PORT), PAGE_URL);
    try {
      console.log(
        `raw page: ${raw.fired.size} flags, ${raw.hit.size} hits`,
        [...raw.fired.keys()].join(' '),
        [...raw.hit].join(' '),
      );
      expect(raw.fired.size).toBeGreaterThan(40);
      expect(raw.hit.size).toBeGreaterThan(3);
      const doc = new JSDOM(hostilePage(PORT)).window.document;
      expect(findResidues(doc).length).toBeGreaterThan(PAYLOADS.length);
    } finally {
      raw.close();
    }
  });
});
