import { beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import type { Article } from '@/utils/article';
import { extractArticle } from '@/utils/extract';
import { tokens } from '../../security/payloads';
import { hostilePage } from '../../security/page';
import { renderLive } from '../../security/live';
import { readerResidues } from '../../security/browser';
import { installReaderDom, readerHtml } from '../../security/reader-dom';

// Metadata is text, never HTML: the Reader (the one component both hosts render) is given
// articles whose every field carries markup, and its output is then run with scripts on.
const PORT = 8123;
const PAGE_URL = 'https://news.example/2024/05/council-budget';
const js = (id: string): string => tokens(id, PORT).js;

/** What a tampered library record or an old export could hold: markup in every field. */
const forged: Article = {
  url: `javascript:${js('forged_url')}`,
  title: `Budget <img src=x onerror=${js('forged_title')}> night`,
  authors: [`<svg onload=${js('forged_author')}>`, 'Maya Lindqvist'],
  teaser: [`<script>${js('forged_teaser')}</script>`, `<a href="javascript:${js('forged_teaser')}">x</a>`],
  content: hostilePage(PORT),
  text: 'text',
  excerpt: `<img src=x onerror=${js('forged_excerpt')}>`,
  publishedTime: `2024-05-02<img src=x onerror=${js('forged_date')}>`,
  siteName: `<iframe srcdoc="<script>${js('forged_site')}</script>">`,
  leadImage: `javascript:${js('forged_lead')}`,
  lang: `en" onmouseover="${js('forged_lang')}`,
  dir: 'ltr',
  wordCount: 1,
  readingMinutes: 1,
};

beforeAll(installReaderDom);

describe.each([
  [
    'the article extracted from the hostile page',
    () => {
      const result = extractArticle(new JSDOM(hostilePage(PORT), { url: PAGE_URL }).window.document, PAGE_URL);
      if (!result.ok) throw new Error(result.reason);
      return result.article;
    },
  ],
  ['a forged article with markup in every field', () => forged],
])('the Reader given %s', { timeout: 60_000 }, (_name, articleOf) => {
  let html: string;
  beforeAll(() => {
    html = readerHtml(articleOf());
  }, 60_000);

  it('runs nothing and requests nothing from any payload', async () => {
    const live = await renderLive(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, PAGE_URL);
    try {
      expect([...live.fired.keys()]).toEqual([]);
      expect([...live.hit]).toEqual([]);
      expect(Object.keys(live.window).filter((k) => k.startsWith('__pwned_'))).toEqual([]);
    } finally {
      live.close();
    }
  });

  it('leaves no dangerous markup in the body or the header', () => {
    expect(readerResidues(html).map((r) => `${r.what} [${r.ids.join(',')}]`)).toEqual([]);
  });

  it('shows markup in the headline, byline and teaser as literal text, creating no element', () => {
    const doc = new JSDOM(html).window.document;
    const header = doc.querySelector('.lede-article > header')!;
    const headline = header.querySelector('h1')!;
    expect(headline.textContent).toContain('<img src=x onerror=');
    expect(headline.children.length).toBe(0);
    // The byline's one element is the reader's own isolating span (for RTL articles); the names in it are text.
    for (const byline of header.querySelectorAll('.lede-byline')) expect(byline.querySelectorAll('*').length).toBe(1);
    for (const el of header.querySelectorAll('.lede-byline > span, .lede-teaser li'))
      expect(el.children.length).toBe(0);
    expect(header.querySelectorAll('img, svg, script, iframe, a').length).toBe(0);
  });
});

describe('the forged article', { timeout: 60_000 }, () => {
  it('shows its teaser markup as text', () => {
    const doc = new JSDOM(readerHtml(forged)).window.document;
    const items = [...doc.querySelectorAll('.lede-teaser li')].map((li) => li.textContent);
    expect(items).toEqual(forged.teaser);
  });

  it('never links to or loads a script URL', () => {
    const doc = new JSDOM(readerHtml(forged)).window.document;
    for (const el of doc.querySelectorAll('[href], [src]')) {
      expect(el.getAttribute('href') ?? el.getAttribute('src')).not.toMatch(/^\s*javascript:/i);
    }
  });
});
