import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { holdersOf } from '../../../utils/extract/dom';

const BLOCKS = 'p, div, ul, ol, h1, h2, h3, img';
const TAGS = new Set(BLOCKS.split(', '));

/** A body with every kind of element whose name a selector and a `localName` might read differently. */
function body(): Element {
  const doc = new JSDOM(
    '<!DOCTYPE html><body><article>' +
      '<section id="svg"><svg><foreignObject><p>in foreign content</p></foreignObject><image href="a.png"/></svg></section>' +
      '<section id="math"><math><mi><img src="m.png"></mi></math></section>' +
      '<section id="custom"><x-p>custom</x-p><p-x>custom</p-x></section>' +
      '<section id="template"><template><p>inert</p></template></section>' +
      '<section id="made"><span></span><b></b><i></i></section>' +
      '<section id="nested"><div><span><ul><li>a</li></ul></span></div><h4><span>leaf</span></h4></section>' +
      '</article></body>',
    { url: 'https://news.example/a' },
  ).window.document;
  // Names only a script (or an XML page) makes: upper case in the HTML namespace, other namespaces.
  const [upper, svg, none] = Array.from(doc.querySelectorAll('#made > *'));
  upper!.append(doc.createElementNS('http://www.w3.org/1999/xhtml', 'P'));
  svg!.append(doc.createElementNS('http://www.w3.org/2000/svg', 'p'));
  none!.append(doc.createElementNS(null, 'DIV'));
  return doc.querySelector('article')!;
}

function elementsOf(root: Element): Element[] {
  return [root, ...Array.from(root.querySelectorAll('*'))];
}

describe('holdersOf: which elements hold a block, in one walk', () => {
  it("answers as the element's own selector does, whatever the element's name or namespace", () => {
    const root = body();
    const holders = holdersOf(root, TAGS);
    const disagree = elementsOf(root).filter((el) => holders.has(el) !== (el.querySelector(BLOCKS) !== null));
    expect(disagree.map((el) => el.outerHTML)).toEqual([]);
    // The cases themselves: names match exactly, as the selector matches them in jsdom.
    expect(holders.has(root.querySelector('#svg foreignObject')!)).toBe(true);
    expect(holders.has(root.querySelector('#math mi')!)).toBe(true);
    expect(holders.has(root.querySelector('#custom')!)).toBe(false);
    expect(holders.has(root.querySelector('#template')!)).toBe(false);
    expect(holders.has(root.querySelector('#made > span')!)).toBe(false);
    expect(holders.has(root.querySelector('#made > b')!)).toBe(true);
    expect(holders.has(root.querySelector('#made > i')!)).toBe(false);
  });

  it('stays right for a pass that removes leaf blocks as it visits them in document order', () => {
    const root = body();
    const holders = holdersOf(root, TAGS);
    for (const el of elementsOf(root)) {
      if (el === root || !root.contains(el)) continue;
      expect(holders.has(el), el.outerHTML).toBe(el.querySelector(BLOCKS) !== null);
      if (!holders.has(el) && TAGS.has(el.localName)) el.remove();
    }
    expect(root.querySelectorAll(BLOCKS).length).toBeLessThan(body().querySelectorAll(BLOCKS).length);
  });
});
