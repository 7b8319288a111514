import DOMPurify from 'dompurify';

const CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style'],
};

/**
 * Sanitises article HTML before it is stored. DOMPurify needs a DOM: it has one on extension
 * pages and in Firefox's background page, but not in Chrome's service worker. There the content
 * was already sanitised by the extractor in the page, and every place that renders stored HTML
 * (the reader page's ArticleBody, the HTML export) sanitises it again with a DOM at hand.
 */
export function sanitizeContent(html: string): string {
  return DOMPurify.isSupported ? DOMPurify.sanitize(html, CONFIG) : html;
}

