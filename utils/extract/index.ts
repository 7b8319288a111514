import { Readability } from '@mozilla/readability';
import type { Article, ExtractResult } from '../article';
import { readMetadata } from './metadata';
import { sanitize } from './sanitize';
import { absoluteUrl, clean, countWords, textOf } from './text';

/**
 * Turns a news page into an Article. Pure: reads `doc`, never changes it (Readability works on
 * one clone), and touches no extension API, so it runs alike in a content script and in Node.
 */
export function extractArticle(doc: Document, url: string): ExtractResult {
  if (!doc.documentElement || !doc.body) return { ok: false, reason: 'not-html' };
  if (!clean(doc.body.textContent)) return { ok: false, reason: 'empty-page' };

  const meta = readMetadata(doc, url);
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { serializer: (el: Node) => el as Element }).parse();
  if (!parsed?.content) return { ok: false, reason: 'no-article' };

  const win = doc.defaultView ?? (globalThis as unknown as Window);
  const body = sanitize(parsed.content.innerHTML, win);
  const text = textOf(body.root);
  const { words, cjkChars } = countWords(text);
  return {
    ok: true,
    article: {
      url: absoluteUrl(meta.canonical, url) ?? url,
      title: meta.titles.jsonLd || clean(parsed.title),
      authors: meta.authors,
      teaser: [],
      content: body.html,
      text,
      excerpt: meta.description || clean(parsed.excerpt),
      publishedTime: meta.publishedTime,
      siteName: meta.siteName || null,
      leadImage: absoluteUrl(meta.image, url),
      lang: meta.lang || 'en',
      dir: meta.dir === 'rtl' ? 'rtl' : 'ltr',
      wordCount: words + cjkChars,
      readingMinutes: Math.max(1, Math.round(words / 230 + cjkChars / 500)),
    },
  };
}
