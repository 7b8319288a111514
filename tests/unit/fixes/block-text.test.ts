import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { elementWithText } from '../../../utils/fixes/match';

/**
 * The page element a rule is made from, found by the text of the block the reader removed. A block
 * the extraction split off a paragraph must not become a rule that takes words out of the site's
 * paragraphs on its other articles.
 */

const URL = 'https://news.example/2024/05/01/a.html';
const doc = (body: string) => parseHtml(`<!DOCTYPE html><html><body>${body}</body></html>`, URL);

describe('the page block behind a block the reader removed', () => {
  it('a link inside running text is no block: no rule is made for it', () => {
    const page = doc(
      '<article><p>The figures come from a <a href="/r">report, opens new tab</a> by the institute, published on Monday.</p></article>',
    );
    expect(elementWithText(page, 'report, opens new tab', true)).toBeNull();
    expect(elementWithText(page, 'report, opens new tab')).toBeNull();
  });

  it("a caption's text beside its credit is a block of its own, and a rule names it", () => {
    const page = doc(
      '<article><figure><img src="/p.jpg" alt=""><figcaption><span class="caption">Houseplants that freshen a home</span><span class="credit"> (Image: Getty)</span></figcaption></figure></article>',
    );
    const found = elementWithText(page, 'Houseplants that freshen a home', true);
    expect(found?.className).toBe('caption');
  });

  it('a paragraph that is all link is the paragraph, widened to the box that holds nothing else', () => {
    const page = doc(
      '<article><p>Opening words of the story, long enough to be a paragraph.</p><div class="promo"><p><a href="/more">Read more: the best houseplants</a></p></div></article>',
    );
    expect(elementWithText(page, 'Read more: the best houseplants', true)?.className).toBe('promo');
  });
});
