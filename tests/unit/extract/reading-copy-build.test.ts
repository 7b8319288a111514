import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../utils/extract';
import { defusedClone } from '../../../utils/extract/unclobber';
import { readingCopy } from '../../../utils/extract/reading-copy';
import { CLOBBERS } from '../../security/clobbering';

const URL = 'https://news.example/2026/12/05/story';

function page(body: string): Document {
  return new JSDOM(`<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`, { url: URL }).window
    .document;
}

const PROSE = [
  'The council voted on Thursday to rebuild the old harbour bridge, ending a dispute that had lasted for more than ten years.',
  'Engineers say the new span will carry twice the traffic and open to cyclists and walkers in the spring of the coming year.',
  'Residents who had campaigned against the plan said they would now watch the work closely and hold the council to its promises.',
  'The cost, shared between the city and the region, is put at forty million euros, a third more than first estimated last year.',
];

describe('how the reading copy is built', () => {
  it('copies every node in its order, whether built detached or, past 512 levels, in place', () => {
    // Sections and bold runs carry meaning, so no wrapper chain is merged: the copy keeps every level.
    const nest = (depth: number) =>
      `${'<section class="s"><b>'.repeat(depth / 2)}<p>deep</p>${'</b></section>'.repeat(depth / 2)}`;
    for (const depth of [40, 1200]) {
      const doc = page(
        `<h1 id="h">Head</h1><p>one <i>two</i> three<!-- note --></p>${nest(depth)}<ul><li>a</li><li>b</li></ul><svg><g><text>t</text></g></svg>`,
      );
      const { clone } = defusedClone(doc);
      expect(clone.body.innerHTML).toBe(doc.body.innerHTML);
      expect(clone.head.innerHTML).toBe(doc.head.innerHTML);
    }
  }, 60_000);

  it('keeps what the copy is read for from inline styles: hiding, image and video addresses', () => {
    const doc = page(
      '<div id="a" style="border: 1px solid red; display: none">x</div>' +
        '<p id="b" style="color: red; visibility: hidden">y</p>' +
        '<p id="c" style="color: red; margin: 0 auto">z</p>' +
        '<img id="d" style="background: url(/lazy/photo.jpg)">' +
        '<iframe id="e" style="border: 0; background: url(https://www.youtube.com/x)"></iframe>',
    );
    const { clone } = defusedClone(doc);
    const style = (id: string) => (clone.getElementById(id) as HTMLElement).style;
    expect(style('a').display).toBe('none');
    expect(style('b').visibility).toBe('hidden');
    expect(style('c').display).toBe('');
    expect(style('d').background).toBe(doc.querySelector<HTMLElement>('#d')!.style.background);
    expect(clone.getElementById('e')?.getAttribute('style')).toBe(doc.getElementById('e')?.getAttribute('style'));
    // The copy the field phases read (a bold lead, the trace) keeps every style.
    const all = defusedClone(doc, { reader: 'fields' }).clone;
    expect(all.getElementById('c')?.getAttribute('style')).toBe('color: red; margin: 0 auto');
  });

  it('leaves out of the article a paragraph hidden by a style that says more than that', () => {
    const hidden = 'This sentence was hidden by the page and must not be read as part of the article text.';
    const doc = page(
      `<article><h1>Harbour bridge</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}` +
        `<p style="border: 1px solid #ccc; display: none; padding: 4px">${hidden}</p></article>`,
    );
    const result = extractArticle(doc, URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain(PROSE[3]);
    expect(result.article.text).not.toContain(hidden);
  });

  it("leaves the site's navigation out of Readability's copy, and keeps it for the fields", () => {
    const doc = page(
      `<nav><a href="/">Home</a></nav><div role="navigation"><a href="/world">World</a></div>` +
        `<article><h1>Harbour bridge</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`,
    );
    const { clone } = defusedClone(doc);
    expect(clone.querySelector('nav, [role="navigation"]')).toBeNull();
    expect(clone.querySelectorAll('article p')).toHaveLength(PROSE.length);
    const fields = defusedClone(doc, { reader: 'fields' }).clone;
    expect(fields.querySelectorAll('nav, [role="navigation"]')).toHaveLength(2);
  });

  it('still reads an article that a page wraps whole in a navigation role', () => {
    const doc = page(
      `<div role="navigation"><a href="/">Home</a><main><h1>Harbour bridge</h1>` +
        `${PROSE.map((p) => `<p>${p}</p>`).join('')}</main></div>`,
    );
    const result = extractArticle(doc, URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const paragraph of PROSE) expect(result.article.text).toContain(paragraph);
  });

  it("builds the same copy by the engine (browsers) as by hand (jsdom), even on a page that names its elements after the DOM's methods", () => {
    const chain = (depth: number) =>
      `${'<div class="w">'.repeat(depth)}<p>inside ${depth}</p>${'</div>'.repeat(depth)}`;
    const shapes = [
      ...CLOBBERS.map((c) => c.html),
      // A form that is a navigation bar, with a style and the inputs that shadow what the copy calls.
      '<form role="navigation" style="color: red; display: none"><input name="getAttribute"><input name="remove"><a href="/">Home</a></form>',
      `${chain(9)}${chain(7)}<div class="w"><script>x()</script>${chain(9)}</div><span id="s">${chain(12)}</span>`,
      '<template id="B:0"><p>later</p></template><div hidden id="S:0"><p>streamed</p></div><p style="border: 1px solid; visibility: hidden">v</p>',
    ];
    for (const html of shapes) {
      const doc = page(`<h1>Head</h1>${html}<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`);
      for (const whole of [false, true]) {
        const hand = readingCopy(doc, whole, 'hand');
        const engine = readingCopy(doc, whole, 'engine');
        expect(engine.copy.documentElement.outerHTML, html).toBe(hand.copy.documentElement.outerHTML);
        expect(engine.templates.map((t) => t.id)).toEqual(hand.templates.map((t) => t.id));
      }
    }
  });
});
