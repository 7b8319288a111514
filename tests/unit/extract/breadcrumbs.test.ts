import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { doc, EN_BODY, extract, URL } from './page';

const headline = '<h1>Ministers agree on closer ties</h1>';
const trail = (named: string) =>
  `<ol ${named}><li><a href="https://news.example/">Home</a></li><li><a href="https://news.example/politik/">Politik</a></li><li><a href="https://news.example/politik/asien/">Asien</a></li></ol>`;

describe('breadcrumb trails', () => {
  it('above the headline are not printed as the body’s first lines, where plain Readability prints them', () => {
    // Set in the article's own box, which Readability keeps whole.
    const parts = { header: headline, body: `${trail('class="id-Breadcrumb lp_breadcrumb"')}${EN_BODY}` };
    expect(new Readability(doc(parts)).parse()?.textContent).toContain('Politik');

    const read = extractArticle(doc(parts), URL, { trace: true });
    if (!read.ok) throw new Error(read.reason);
    expect(read.article.text.startsWith('The ministers met on Monday')).toBe(true);
    expect(read.article.text).not.toMatch(/\bAsien\b/);
    expect(read.trace.passes.find((p) => p.pass === 'breadcrumbs')?.text).toContain('Home');
  });

  it('are known by their label or by schema.org’s BreadcrumbList as well as by their class', () => {
    for (const named of ['aria-label="Breadcrumb"', 'itemscope itemtype="https://schema.org/BreadcrumbList"']) {
      const text = extract({ header: headline, body: `${trail(named)}${EN_BODY}` }).text;
      expect(text, named).not.toMatch(/\bAsien\b/);
      expect(text, named).toContain('The ministers met on Monday');
    }
  });

  it('a box named after its breadcrumb that also holds the headline and the story stays whole', () => {
    const parts = { header: `<div class="with-breadcrumb">${trail('')}${headline}${EN_BODY}</div>`, body: '' };
    const article = extract(parts);
    expect(article.title).toBe('Ministers agree on closer ties');
    expect(article.text).toContain('The ministers met on Monday');
  });
});
