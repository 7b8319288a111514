import type { Article } from '../../utils/article';
import { speechPlan } from '../../utils/speech/plan';
import { parseHtml } from './html-file';

/** The article's body as a parsed element, the way the reader renders it. */
export function parsedBody(article: Article): Element {
  return parseHtml(`<!doctype html><body>${article.content}</body>`, article.url || 'about:blank').body;
}

/** `--speech`: one JSON line per chunk, `{"part","text"}`, in speaking order. */
export function speechLines(article: Article): string {
  return speechPlan(article, parsedBody(article))
    .chunks.map(({ part, text }) => JSON.stringify({ part, text }) + '\n')
    .join('');
}
