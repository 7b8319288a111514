// @vitest-environment jsdom
/**
 * How an export (and a browser without the CSS Custom Highlight API) shows a highlight: the
 * passage's text wrapped in marks, exactly it, across inline markup, paragraphs and table cells,
 * and the page as it was once the marks are taken out.
 */
import { describe, expect, it } from 'vitest';
import { rangeFromOffsets } from '../../../utils/highlights/offsets';
import { unwrap, wrapRange } from '../../../utils/highlights/wrap';

function body(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

const mark = () => document.createElement('mark');
const marked = (root: Element) => [...root.querySelectorAll('mark')].map((m) => m.textContent).join('|');

describe('wrapping a highlight in marks', () => {
  it('marks exactly the passage, across inline markup and a paragraph break, and nothing after it', () => {
    const root = body(
      '<p>Der Rat hat <em>am Dienstag</em> entschieden.</p><p>Die Mehrheit stimmte zu.</p><p>Danach.</p>',
    );
    const text = root.textContent!;
    const start = text.indexOf('Dienstag');
    const range = rangeFromOffsets(root, start, text.indexOf(' stimmte'))!;
    const wrappers = wrapRange(range, mark);
    expect(marked(root)).toBe('Dienstag| entschieden.|Die Mehrheit');
    expect(wrappers).toHaveLength(3);
    expect(root.querySelector('p:last-child mark')).toBeNull();
    unwrap(wrappers);
    expect(root.querySelector('mark')).toBeNull();
    expect(root.textContent).toBe(text);
  });

  it('takes ranges whose ends sit between elements', () => {
    const root = body('<p>Eins <b>zwei</b></p><p>drei</p>');
    const range = document.createRange();
    range.setStart(root.firstElementChild!, 1);
    range.setEnd(root.lastElementChild!, 1);
    wrapRange(range, mark);
    expect(marked(root)).toBe('zwei|drei');
  });

  it('leaves the whitespace between table cells alone, where a mark has no place', () => {
    const root = body('<table><tbody><tr><td>Jahr</td> <td>Wert</td></tr></tbody></table>');
    const range = document.createRange();
    range.selectNodeContents(root);
    wrapRange(range, mark);
    expect(marked(root)).toBe('Jahr|Wert');
    expect(root.querySelector('tr > mark')).toBeNull();
  });
});
