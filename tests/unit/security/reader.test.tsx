import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import type { Article } from '@/utils/article';
import { extractArticle } from '@/utils/extract';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { Reader } from '@/components/Reader';
import { tokens } from '../../security/payloads';
import { hostilePage } from '../../security/page';
import { renderLive } from '../../security/live';
import { findResidues } from '../../security/residue';

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

const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { url: PAGE_URL });

/** The Reader's markup for an article, as a page or extension page would hold it. */
function readerHtml(article: Article): string {
  const host = window.document.createElement('div');
  render(<Reader article={article} settings={DEFAULT_SETTINGS} onSettingsChange={() => {}} />, host);
  const html = host.innerHTML;
  render(null, host);
  return html;
}

beforeAll(() => {
  // Preact and the Reader's sanitiser use the global DOM, as they do in a browser.
  const { document, Node, NodeFilter, Element, HTMLElement, DocumentFragment } = window;
  Object.assign(globalThis, { window, document, Node, NodeFilter, Element, HTMLElement, DocumentFragment });
  // The fake browser has no i18n; a message shows its key and substitutions, which is all we read.
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
    [key, ...[subs ?? []].flat()].join(' '),
  );
});
afterAll(() => window.close());

describe.each([
  ['the article extracted from the hostile page', () => {
    const result = extractArticle(new JSDOM(hostilePage(PORT), { url: PAGE_URL }).window.document, PAGE_URL);
    if (!result.ok) throw new Error(result.reason);
    return result.article;
  }],
  ['a forged article with markup in every field', () => forged],
])('the Reader given %s', (_name, articleOf) => {
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
    const doc = new JSDOM(html).window.document;
    const parts = [...doc.querySelectorAll('.lede-body, .lede-article > header, .lede-footer, .lede-lead')];
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.flatMap((part) => findResidues(part)).map((r) => `${r.what} [${r.ids.join(',')}]`)).toEqual([]);
  });

  it('shows markup in the headline, byline and teaser as literal text, creating no element', () => {
    const doc = new JSDOM(html).window.document;
    const header = doc.querySelector('.lede-article > header')!;
    const headline = header.querySelector('h1')!;
    expect(headline.textContent).toContain('<img src=x onerror=');
    expect(headline.children.length).toBe(0);
    for (const el of header.querySelectorAll('.lede-byline, .lede-teaser li')) expect(el.children.length).toBe(0);
    expect(header.querySelectorAll('img, svg, script, iframe, a').length).toBe(0);
  });
});

describe('the forged article', () => {
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
