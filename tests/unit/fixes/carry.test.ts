import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import type { ElementDescription, TraceFields } from '../../../utils/article';
import { FixRun } from '../../../utils/fixes/apply';
import { pickRule } from '../../../utils/fixes/make';
import { findBlocks, selectorFor } from '../../../utils/fixes/match';
import { extract } from '../extract/page';

/**
 * What lets a fix made on one article find its target on the site's next one (issue 16, found
 * with `eval --fixes` on fundus pairs): a template that regroups its wrappers, and a source
 * such as `h1` that names more than one element.
 */

describe('a rule finds the same element on a sibling article', () => {
  it('finds a named block whose wrappers were regrouped, by a wrapper name they still share', () => {
    const a = parseHtml(
      `<body><h1>A</h1><div id="content" class="entry-content inner"><p class="credit">Reuters/ab</p><p>Text</p></div></body>`,
      'https://news.example/a',
    );
    const b = parseHtml(
      `<body><h1>B</h1><article id="content"><div class="inner"><div class="entry-content"><p class="credit">dpa/cd</p><p>Text</p></div></div></article></body>`,
      'https://news.example/b',
    );
    const rule = selectorFor(a.querySelector('.credit')!, a.querySelector('h1'));
    expect(findBlocks(b, rule, b.querySelector('h1')).map((el) => el.textContent)).toEqual(['dpa/cd']);
    // A block of the same name somewhere else in the page, with no wrapper in common, is another block.
    const c = parseHtml(
      `<body><h1>C</h1><aside class="sidebar"><p class="credit">Photo: ef</p></aside></body>`,
      'https://news.example/c',
    );
    expect(findBlocks(c, rule, c.querySelector('h1'))).toEqual([]);
  });

  it('picks the same headline element, not whichever element the source also names', () => {
    const article = extract();
    const head: ElementDescription = { tag: 'h1', classes: [], landmark: 'header.article-head', path: [] };
    const teasers: ElementDescription = { tag: 'h1', classes: [], landmark: 'section.more', path: ['div.box'] };
    const rule = pickRule('title', { value: 'The headline on A', source: 'h1', element: head });
    expect(rule).toMatchObject({ element: { tag: 'h1', landmark: 'header.article-head' } });

    const fields = (candidates: TraceFields['title']['candidates']): Partial<TraceFields> => ({
      title: { value: 'From JSON-LD', source: 'json-ld headline', also: [], candidates },
    });
    const other = { value: 'More from the region', source: 'h1', element: teasers };
    const run = new FixRun([rule]);
    expect(run.fields(article, fields([other])).title).toBe(article.title);
    expect(run.report().outcomes[0]).toMatchObject({ applied: false, reason: 'no-match' });

    const again = new FixRun([rule]);
    const right = { value: 'The headline on B', source: 'h1', element: head };
    expect(again.fields(article, fields([other, right])).title).toBe('The headline on B');
  });

  it('finds a box label whose names a new template dropped by its text, only when its names find nothing', () => {
    const a = parseHtml(
      `<body><h1>A</h1><div class="summary"><h2 class="summaryTitle">Kort fortalt</h2><p>Point one.</p></div><p>Text</p></body>`,
      'https://news.example/a',
    );
    const rule = selectorFor(a.querySelector('.summaryTitle')!, a.querySelector('h1'));
    expect(rule).toMatchObject({ classes: ['summaryTitle'], recurring: 'kort fortalt' });
    const b = parseHtml(
      `<body><h1>B</h1><section><h2>Kort fortalt</h2><ul><li>Point.</li></ul></section><p>Text</p></body>`,
      'https://news.example/b',
    );
    expect(findBlocks(b, rule, b.querySelector('h1')).map((el) => el.outerHTML)).toEqual(['<h2>Kort fortalt</h2>']);
    // Where the names still find the block, the text is not looked for: another heading with it stays.
    const c = parseHtml(
      `<body><h1>C</h1><h2 class="summaryTitle">Kort fortalt</h2><p>Text</p><h3>Kort fortalt</h3></body>`,
      'https://news.example/c',
    );
    expect(findBlocks(c, rule, c.querySelector('h1')).map((el) => el.localName)).toEqual(['h2']);
    // A block with a sentence of the article's own words keeps no text to be found by.
    const long = parseHtml(
      `<body><h1>D</h1><p class="note">The minister resigned on Tuesday evening after the vote in parliament failed.</p></body>`,
      'https://news.example/d',
    );
    expect(selectorFor(long.querySelector('.note')!, long.querySelector('h1')).recurring).toBeUndefined();
  });

  it('finds a boilerplate line that the next article shows with a few words more (a link’s hidden “opens new tab”)', () => {
    const a = parseHtml(
      `<body><h1>A</h1><p>Text</p><p class="body__large_x1">Our Standards: The Harbour Post Trust Principles.</p></body>`,
      'https://news.example/a',
    );
    const rule = selectorFor(a.querySelector('.body__large_x1')!, a.querySelector('h1'));
    expect(rule.recurring).toBe('our standards the harbour post trust principles');
    const b = parseHtml(
      `<body><h1>B</h1><div class="over-6-para"><p>Our Standards: The Harbour Post Trust Principles. They say how our reporters work, and what we correct.</p>
<p><a href="/principles">Our Standards: The Harbour Post Trust Principles.<span class="sr-only">, opens new tab</span></a></p></div></body>`,
      'https://news.example/b',
    );
    // The line itself, not the paragraph that merely opens with the same words.
    expect(findBlocks(b, rule, b.querySelector('h1')).map((el) => el.textContent)).toEqual([
      'Our Standards: The Harbour Post Trust Principles., opens new tab',
    ]);
  });
});
