// @vitest-environment jsdom
/**
 * The one walk over an article's text that highlights and the extraction core share: its offsets
 * are offsets in `textContent`, whatever markup, comments or CDATA sections the text sits among,
 * so a highlight described in one place is found at the same words in another.
 */
import { describe, expect, it } from 'vitest';
import { offsetsOfRange, rangeFromOffsets } from '../../../utils/highlights/offsets';
import { textNodes, textPoint } from '../../../utils/text-nodes';

function body(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

describe('walking the text of an article', () => {
  it('gives each text node at its offset in textContent, past inline markup, comments and emoji', () => {
    const root = body('<p>Ein 🎉 <em>Fest</em><!-- Anzeige --> am <b>Main<i>ufer</i></b>.</p><p>Danach.</p>');
    const text = root.textContent!;
    const placed = [...textNodes(root)];
    expect(placed.map(({ node }) => node.data).join('')).toBe(text);
    for (const { node, start } of placed) expect(text.slice(start, start + node.data.length)).toBe(node.data);
  });

  it('counts a CDATA section as text, as textContent does, so a passage after one is selected exactly', () => {
    const doc = new DOMParser().parseFromString(
      '<article><p>Code: <![CDATA[a < b]]> und dann der Satz danach.</p></article>',
      'application/xml',
    );
    const root = doc.documentElement;
    const text = root.textContent!;
    const start = text.indexOf('der Satz');
    const range = rangeFromOffsets(root, start, start + 'der Satz'.length)!;
    expect(range.toString()).toBe('der Satz');
    expect(offsetsOfRange(root, range)).toEqual({ start, end: start + 'der Satz'.length });
  });

  it('starts at a given text node, counting from there', () => {
    const root = body('<p>Eins</p><p>zwei <b>drei</b></p>');
    const zwei = root.lastElementChild!.firstChild as Text;
    expect([...textNodes(root, zwei)].map(({ node, start }) => [node.data, start])).toEqual([
      ['zwei ', 0],
      ['drei', 5],
    ]);
  });

  it('takes a boundary between elements as the start of the next text, and the very end as none', () => {
    const root = body('<p>Eins <b>zwei</b></p><p>drei</p>');
    const first = root.firstElementChild!;
    expect(textPoint(root, first, 1)).toEqual({ node: first.lastChild!.firstChild, offset: 0 });
    expect(textPoint(root, root.lastElementChild!, 0)).toEqual({ node: root.lastElementChild!.firstChild, offset: 0 });
    expect(textPoint(root, root, root.childNodes.length)).toEqual({ node: null, offset: 0 });
  });
});
