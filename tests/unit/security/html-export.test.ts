import { beforeAll, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import type { SavedArticle } from '@/utils/library/db';
import { tokens } from '../../security/payloads';
import { PARAGRAPHS, hostilePage } from '../../security/page';
import { renderLive } from '../../security/live';
import { findResidues } from '../../security/residue';
import { installReaderDom } from '../../security/reader-dom';

// The standalone HTML export is opened from disk, in whatever viewer, maybe without honouring
// its CSP: what it holds must be harmless on its own. A tampered record (markup in every field,
// raw page HTML as body) is exported and the file run with scripts on, CSP ignored.
const PORT = 8123;
const js = (id: string): string => tokens(id, PORT).js;

const tampered = {
  id: 'tampered',
  savedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  read: false,
  readProgress: 0,
  article: {
    url: `https://news.example/a"><img src=x onerror=${js('export_url')}>`,
    title: `Council passes budget <img src=x onerror=${js('export_title')}>`,
    authors: [`<svg onload=${js('export_author')}>`],
    teaser: [`<script>${js('export_teaser')}</script>`],
    content: hostilePage(PORT),
    text: 'text',
    excerpt: '',
    publishedTime: `2024<img src=x onerror=${js('export_date')}>`,
    siteName: `</title><script>${js('export_site')}</script>`,
    leadImage: null,
    lang: `en"><img src=x onerror=${js('export_lang')}>`,
    dir: `ltr"><img src=x onerror=${js('export_dir')}>`,
    wordCount: 1,
    readingMinutes: 1,
  },
} as unknown as SavedArticle;

let exported: string;

beforeAll(async () => {
  installReaderDom();
  // Exports are made in the popup, which has a DOM for the library's sanitiser to bind to.
  vi.resetModules();
  const { articlesToHtml } = await import('@/utils/library/html-export');
  exported = articlesToHtml([tampered], { source: 'Source' }, `Export <img src=x onerror=${js('export_file_title')}>`);
}, 60_000);

describe('the HTML export of a tampered record', { timeout: 60_000 }, () => {
  it('runs nothing when opened, even by a viewer that ignores its CSP', async () => {
    const live = await renderLive(exported);
    try {
      expect(Object.keys(live.window).filter((k) => k.startsWith('__pwned_'))).toEqual([]);
      expect([...live.hit]).toEqual([]);
    } finally {
      live.close();
    }
  });

  it('holds no dangerous markup in the article', () => {
    const doc = new JSDOM(exported).window.document;
    const article = doc.querySelector('article')!;
    // The source line links the stored URL by design; the file's no-referrer policy covers it.
    const source = article.querySelector(':scope > p.meta:last-child a')!;
    expect(doc.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer');
    source.remove();
    expect(findResidues(article).map((r) => `${r.what} [${r.ids}]`)).toEqual([]);
    expect(article.querySelector('h1')!.textContent).toContain('<img src=x onerror=');
    for (const p of PARAGRAPHS) expect(article.textContent).toContain(p);
  });

  it('declares a CSP that allows no script, first thing in the head', () => {
    const doc = new JSDOM(exported).window.document;
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(doc.head.querySelector('meta:not([charset])')).toBe(csp);
    expect(csp?.getAttribute('content')).toMatch(/default-src 'none'/);
    expect(csp?.getAttribute('content')).not.toMatch(/script-src|unsafe-eval|'unsafe-inline'[^;]*script/);
  });
});
