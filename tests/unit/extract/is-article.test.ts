import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';

const URL = 'https://deals.example/2016/12/19/deals.html';
const deal = (n: number): string =>
  `<li><a href="https://shop.example/item-${n}">Noise-cancelling headphones, model ${n}, now a third off their usual price for one day only</a></li>`;
/** A page whose readable text is nearly all links: a deals post, or a list of other pages. */
const linkPage = (head: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Deals of the day</title>${head}</head><body><main><article>
<h1>Deals of the day</h1><p>Here is what caught our eye today.</p><ul>${Array.from({ length: 12 }, (_, i) => deal(i)).join('')}</ul>
</article></main></body></html>`;

describe('what counts as an article', { timeout: 60_000 }, () => {
  it('accepts a post made of links when its markup dates it', () => {
    const result = extractArticle(
      parseHtml(linkPage('<meta property="article:published_time" content="2016-12-19T12:29:00Z">'), URL),
      URL,
    );
    expect(result.ok && result.article.title).toBe('Deals of the day');
  });

  it('refuses the same links without such a date, as an index of other pages', () => {
    // A <time> in the page is no such date: index pages print one on every card.
    const result = extractArticle(
      parseHtml(linkPage('').replace('<h1>', '<time datetime="2016-12-19">Dec 19</time><h1>'), URL),
      URL,
    );
    expect(result).toEqual({ ok: false, reason: 'no-article' });
  });
});
