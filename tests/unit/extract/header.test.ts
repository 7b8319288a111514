import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHeader } from '@/utils/extract/header';
import { extractArticle } from '@/utils/extract';
import { parseHtml } from '../../../scripts/lib/html-file';
import { page, URL } from './page';

const SEED = resolve(import.meta.dirname, '../../../../shared/seed/seed-article.bare.html');

describe('the header of a large page, before its body is read', () => {
  it('has the headline, authors, teaser, date and site the full article has', async () => {
    const seed = parseHtml(await readFile(SEED, 'utf8'), URL);
    const full = extractArticle(seed, URL);
    const header = extractHeader(seed, URL);
    if (!full.ok) throw new Error(full.reason);
    expect(header).toEqual({
      url: full.article.url,
      title: full.article.title,
      authors: full.article.authors,
      teaser: full.article.teaser,
      publishedTime: full.article.publishedTime,
      siteName: full.article.siteName,
      leadImage: full.article.leadImage,
      lang: full.article.lang,
      dir: full.article.dir,
    });
  });

  it('is not read where a named element shadows a DOM method the rules call', () => {
    const header = '<h1>Island keeps its ferry</h1><p class="byline">By Mara Quell</p>';
    const clobbered = page({ header, around: '<form><input name="parentNode"></form>' });
    const ordinary = page({ header, around: '<form><input name="submit"><input name="author"></form>' });
    expect(extractHeader(parseHtml(clobbered, URL), URL)).toBeNull();
    expect(extractHeader(parseHtml(ordinary, URL), URL)?.title).toBe('Island keeps its ferry');
    expect(extractHeader(parseHtml(page({ header, around: '<img name="querySelectorAll">' }), URL), URL)).toBeNull();
  });
});
