import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { elementsByTag, elementsWhere, holdersOf } from '../../../utils/extract/dom';

/*
 * The walks that replaced jsdom's selector engine in the passes (one TreeWalker pass each, not a
 * selector match per element) must find exactly what the selectors found, or the article changes.
 * Asked of a real news page with its chrome, and of markup that mixes SVG and odd nesting.
 */
const PAGE = readFileSync(new URL('../../../../shared/corpus/readability/bbc-1/source.html', import.meta.url), 'utf8');
const ODD = `<div><p>a<span>b<em>c</em></span></p><svg><a href="#x"><text>t</text></a><image href="i.png"/></svg>
  <ul><li><div><img src="x.png"></div></li><li>plain</li></ul><figure><figcaption>© A</figcaption></figure>
  <section aria-hidden="true"><p aria-hidden="true">hidden</p></section><nav role="navigation"></nav></div>`;

// jsdom is slow on a shared machine; these tests assert what is found, never how fast.
const SLOW = 120_000;
let parsed: Document[] | undefined;
const docs = () => (parsed ??= [parseHtml(PAGE, 'https://example.com/a'), parseHtml(ODD, 'https://example.com/b')]);

describe('element walks match the selectors they replace', () => {
  it(
    'elementsByTag lists what querySelectorAll lists, in the same order, from a document or an element',
    () => {
      for (const doc of docs()) {
        for (const tags of [['p'], ['p', 'li', 'div'], ['h1', 'h2', 'h3', 'img'], ['a'], ['meta', 'link', 'script']]) {
          const set = new Set(tags);
          expect(elementsByTag(doc, set)).toEqual(Array.from(doc.querySelectorAll(tags.join(', '))));
          expect(elementsByTag(doc.body, set)).toEqual(Array.from(doc.body.querySelectorAll(tags.join(', '))));
        }
        const hidden = elementsWhere(doc, (el) => el.getAttribute('aria-hidden') === 'true');
        expect(hidden).toEqual(Array.from(doc.querySelectorAll('[aria-hidden="true"]')));
      }
    },
    SLOW,
  );

  it(
    'holdersOf answers el.querySelector(tags) for every element under the root',
    () => {
      for (const doc of docs()) {
        for (const tags of [['p', 'div', 'img', 'picture', 'video', 'figure', 'iframe'], ['h2', 'h3'], ['img']]) {
          const holders = holdersOf(doc.body, new Set(tags));
          const wrong = Array.from(doc.body.querySelectorAll('*')).filter(
            (el) => holders.has(el) !== (el.querySelector(tags.join(', ')) !== null),
          );
          expect(wrong).toEqual([]);
        }
      }
    },
    SLOW,
  );
});
