import { sanitizeBody } from '@/utils/sanitize-body';

/**
 * Sanitises article HTML before it is stored, with the very policy the reader renders with, so
 * that storing, exporting and importing never change an article that was already clean.
 * DOMPurify needs a DOM: it has one on extension pages and in Firefox's background page, but not
 * in Chrome's service worker. There the content was already sanitised by the extractor in the
 * page, and every place that renders stored HTML (the article page's ArticleBody, the HTML
 * export) sanitises it again with a DOM at hand.
 */
export function sanitizeContent(html: string): string {
  return typeof window !== 'undefined' && typeof window.document !== 'undefined' ? sanitizeBody(html) : html;
}
