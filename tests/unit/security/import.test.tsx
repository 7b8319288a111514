import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/utils/article';
import { tokens } from '../../security/payloads';
import { findResidues } from '../../security/residue';
import { hostilePage } from '../../security/page';
import { renderLive } from '../../security/live';
import { readerResidues } from '../../security/browser';
import { installReaderDom, readerHtml } from '../../security/reader-dom';

// A backup file can say anything. A crafted export with script in every field must import as
// text and render as text; one with a script URL where a URL belongs must not import at all.
const PORT = 8123;
const js = (id: string): string => tokens(id, PORT).js;
const markup = (id: string): string => `<img src=x onerror=${js(id)}><script>${js(id)}</script>`;

const crafted: Article = {
  url: 'https://news.example/2024/05/crafted',
  title: `Crafted ${markup('import_title')}`,
  authors: [markup('import_author')],
  teaser: [markup('import_teaser')],
  content: hostilePage(PORT),
  text: markup('import_text'),
  excerpt: markup('import_excerpt'),
  publishedTime: '2024-05-02T09:30:00Z',
  siteName: markup('import_site'),
  leadImage: 'https://news.example/lead.jpg',
  lang: 'en',
  dir: 'ltr',
  wordCount: 10,
  readingMinutes: 1,
};

const file = (article: unknown, id = 'crafted-1') =>
  JSON.stringify({
    format: 'lede-library',
    version: 1,
    exportedAt: '2026-02-01T00:00:00.000Z',
    articles: [
      {
        id,
        article,
        savedAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        read: false,
        readProgress: 0,
      },
    ],
  });

let library: typeof import('@/utils/library/backup') & typeof import('@/utils/library/articles');

beforeAll(async () => {
  installReaderDom();
  // Imports run in the popup, which has a DOM: load the library (and the DOMPurify it binds to
  // the global window on first import) afresh now that there is one.
  vi.resetModules();
  library = { ...(await import('@/utils/library/backup')), ...(await import('@/utils/library/articles')) };
}, 60_000);

describe('importing a crafted export', { timeout: 60_000 }, () => {
  it('imports markup in every text field as text, and the Reader runs none of it', async () => {
    expect(await library.importLibrary(file(crafted))).toMatchObject({ ok: true });
    const id = await library.findIdByUrl(crafted.url);
    const stored = (await library.getArticle(id!))!.article;
    expect(stored.title).toBe(crafted.title);
    expect(stored.authors).toEqual(crafted.authors);

    const html = readerHtml(stored);
    const live = await renderLive(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
    try {
      expect(Object.keys(live.window).filter((k) => k.startsWith('__pwned_'))).toEqual([]);
      expect([...live.hit]).toEqual([]);
    } finally {
      live.close();
    }
    expect(readerResidues(html).map((r) => r.what)).toEqual([]);
  });

  it('stores a body without any payload markup left in it', async () => {
    expect(await library.importLibrary(file(crafted, 'crafted-2'))).toMatchObject({ ok: true });
    const stored = (await library.getArticle((await library.findIdByUrl(crafted.url))!))!.article;
    const holder = document.createElement('div');
    holder.innerHTML = stored.content;
    expect(findResidues(holder).map((r) => `${r.what} [${r.ids}]`)).toEqual([]);
  });

  it.each([
    ['url', { url: `javascript:${js('import_url')}` }],
    ['url (data:)', { url: `data:text/html,<script>${js('import_url')}</script>` }],
    ['leadImage', { leadImage: `javascript:${js('import_lead')}` }],
    ['lang', { lang: `en" onmouseover="${js('import_lang')}` }],
  ])('skips the entry when %s carries script, says so, and changes nothing', async (_field, patch) => {
    // Issue 21: one bad entry no longer refuses the whole backup; it is set aside with its
    // reason and never stored.
    const before = await library.allArticles();
    const result = await library.importLibrary(
      file({ ...crafted, url: 'https://news.example/other', ...patch }, 'bad'),
    );
    expect(result).toMatchObject({ ok: true, counts: { added: 0 }, skipped: [{ index: 0 }] });
    expect(await library.allArticles()).toEqual(before);
  });
});
