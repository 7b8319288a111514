import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { blindNames } from '../../../scripts/eval/blind';
import { extractArticle } from '../../../utils/extract';

const PARAGRAPH =
  'The council voted on Tuesday to extend the tram line to the new district, after a debate that ran late into the night. ';

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Council extends the tram line</title></head><body>
<article class="story" id="main-story"><h1 class="story__title">Council extends the tram line</h1>
<p class="byline">Jane Doe</p>
<div class="story__body">${`<p class="para">${PARAGRAPH.repeat(3)}</p>`.repeat(6)}</div></article>
<span itemprop="author" class="hidden-meta" hidden>Jane Doe</span></body></html>`;

describe('eval --blind', () => {
  it('replaces every class and id by a token that says nothing, the same name by the same token', () => {
    const doc = parseHtml(PAGE, 'https://news.example/a');
    blindNames(doc);
    const html = doc.documentElement.outerHTML;
    for (const name of ['story', 'main-story', 'byline', 'story__body', 'para', 'hidden-meta']) {
      expect(html).not.toMatch(new RegExp(`(class|id)="[^"]*\\b${name}\\b`));
    }
    const paragraphs = Array.from(doc.querySelectorAll('.story__body, article p')).map((p) => p.className);
    expect(new Set(paragraphs.slice(1)).size).toBe(1);
    expect(doc.querySelector('[itemprop="author"]')?.textContent).toBe('Jane Doe');
  });

  it('changes names only: the article reads the same, word for word', () => {
    const url = 'https://news.example/a';
    const named = extractArticle(parseHtml(PAGE, url), url);
    const doc = parseHtml(PAGE, url);
    blindNames(doc);
    const blinded = extractArticle(doc, url);
    expect(named.ok && blinded.ok).toBe(true);
    if (!named.ok || !blinded.ok) return;
    expect(blinded.article.title).toBe(named.article.title);
    expect(blinded.article.text).toBe(named.article.text);
  });
});
