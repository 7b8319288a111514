import { textNodes } from '../text-nodes';
import { clean, wordCount } from './text';

/** DOM helpers shared by the phases, written for speed in jsdom as much as in browsers. */

/**
 * Whether `el` or an ancestor is page chrome: one of `tags`, a dialog/navigation role, or a
 * class/id matching `hints`. With `shared`, only the ancestors `el` does not share with it
 * count: a `sidebar` or `gallery` class on `<body>` says nothing about the article header.
 */
export function inChrome(el: Element, zone: { tags: ReadonlySet<string>; hints: RegExp }, shared?: Element): boolean {
  for (let n: Element | null = el; n && !(shared && n.contains(shared)); n = n.parentElement) {
    if (zone.tags.has(n.tagName)) return true;
    const role = n.getAttribute('role');
    if (role === 'dialog' || role === 'navigation' || role === 'complementary') return true;
    const hint = `${n.getAttribute('class') ?? ''} ${n.id}`;
    if (hint.length > 1 && zone.hints.test(hint)) return true;
  }
  return false;
}

/**
 * A site's navigation: `<nav>` or `role="navigation"`. Given the element's tag and role rather
 * than the element, so that a copy that must read through clobber-safe getters asks the same.
 */
export function isNavigation(localName: string, role: string | null): boolean {
  return localName === 'nav' || role === 'navigation';
}

/**
 * Whether `root` holds any text `clean` keeps, i.e. `clean(root.textContent) !== ''`, without
 * building the whole page's text: it stops at the first such text node (or CDATA section, which
 * `textContent` includes too).
 */
export function hasText(root: Node): boolean {
  for (const { node } of textNodes(root)) if (clean(node.data)) return true;
  return false;
}

/**
 * Every element under `root`, in document order. A TreeWalker, because iterating jsdom's live
 * HTMLCollection (`getElementsByTagName('*')`) goes through a proxy per index and is slower by
 * orders of magnitude.
 */
export function allElements(root: Element): Element[] {
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Element);
  return out;
}

/**
 * The elements under `root` whose local name is one of `tags` (lower case), in document order:
 * what `querySelectorAll('p, div')` or `getElementsByTagName('p')` gives, as a static list. One
 * TreeWalker pass, because jsdom's selector engine and its live collections cost more per call
 * than the passes that used them did with the elements (most of Lede's own time on a long page).
 */
export function elementsByTag(root: Element | Document, tags: ReadonlySet<string>): Element[] {
  return elementsWhere(root, (el) => tags.has(el.localName));
}

/** The elements under `root` (a document's own root element included) for which `test` holds, in document order. */
export function elementsWhere(root: Element | Document, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null)
    if (test(n)) out.push(n);
  return out;
}

/**
 * `root` and the elements under it that hold an element named one of `tags`, from one walk: the
 * answer to `el.querySelector(tags) !== null` for each of them, where asking each in turn cost a
 * selector match per element. A pass that removes elements as it goes may still ask it when it
 * visits in document order: a removal changes the answer only for the removed element's
 * ancestors, which come before it.
 *
 * Names are compared exactly, as jsdom's selector engine compares them: `P` made by a script in
 * the HTML namespace holds no `p` for either, a `p` in the SVG namespace does for both, custom
 * elements (`x-p`) and `<template>` content for neither (tests/unit/extract/holders.test.ts).
 * The two leading-duplicate passes (body.ts, fallback.ts) use it with a tag walk for their
 * candidates. They stayed on selectors for a while because switching moved one eval figure: on
 * Readability's content (a tree outside any document), jsdom's `querySelectorAll` does not return
 * document order, so in Node those passes read a Postmedia page's `<h2>` headline copy first, where
 * a browser (and the walk) reads it after a menu of links. The walk is what the extension does;
 * the menu no longer uses up the passes' budget (`allLinked` in body.ts).
 */
export function holdersOf(root: Element, tags: ReadonlySet<string>): Set<Element> {
  const holders = new Set<Element>();
  for (const el of elementsByTag(root, tags)) {
    for (let up = el.parentElement; up && !holders.has(up); up = up.parentElement) {
      holders.add(up);
      if (up === root) break;
    }
  }
  return holders;
}

/** For `elementsByTag`: the links of a box. */
export const LINKS: ReadonlySet<string> = new Set(['a']);

/**
 * A heading's permalink (`<a href="#part">¶</a>`, as documentation generators and blogs add):
 * a link within the page whose text is a symbol, with no letter or digit. Its text, or null.
 */
export function permalinkMark(a: Element): string | null {
  const mark = clean(a.textContent);
  return mark && !/[\p{L}\p{N}]/u.test(mark) && (a.getAttribute('href') ?? '').startsWith('#') ? mark : null;
}

/**
 * Share of an element's text that sits inside links, the one measure of "linked" the phases use.
 * In characters, not words: Readability measures it so, and a rule that mirrors its thresholds
 * must agree with it; and CJK text has no spaces to count words by.
 */
export function linkDensity(el: Element): number {
  return linkShare(
    clean(el.textContent),
    elementsByTag(el, LINKS).map((a) => clean(a.textContent)),
  );
}

/** `linkDensity` from texts already read: the element's cleaned text and its links' cleaned texts. */
export function linkShare(text: string, linkTexts: readonly string[]): number {
  return text ? linkTexts.reduce((n, t) => n + t.length, 0) / text.length : 0;
}

/**
 * Words of an element's text outside its links: not a share but a count, since a sentence of the
 * writer's own around a long linked title is prose however long the title ("Read more: …" is not).
 */
export function wordsOutsideLinks(el: Element): number {
  const linked = elementsByTag(el, LINKS).reduce((n, a) => n + wordCount(clean(a.textContent)), 0);
  return wordCount(clean(el.textContent)) - linked;
}

/** Elements set inside a line of text, where their own white space may be the space between two words. */
const IN_LINE: ReadonlySet<string> = new Set(['a', 'span', 'strong', 'em', 'b', 'i', 'u', 'small', 'font', 'mark']);

/**
 * Takes out the wrappers named in `tags` (never media, which show without text) under `root` left
 * with neither text nor an element inside, deepest first, so that a wrapper emptied by its
 * children goes too. An element inside a line that held only white space was the space between two words (`The film<i> </i>strains`, once
 * Readability has dropped the newline around it; `def<span> </span>main` in highlighted code):
 * it becomes that white space, kept as it was for a `<pre>`'s indentation.
 */
export function dropEmptyElements(root: Element, tags: ReadonlySet<string>): void {
  for (const el of elementsByTag(root, tags).reverse()) {
    if (el.firstElementChild) continue;
    const text = el.textContent ?? '';
    if (clean(text)) continue;
    if (text && IN_LINE.has(el.localName)) el.replaceWith(text);
    else el.remove();
  }
}

/**
 * Whether `el` is all its parent holds: no sibling element, no words beside it. Asked through its
 * neighbours, never the parent's `childElementCount`: Chromium counts every child for it, so an
 * article's paragraphs in one `<div>` cost a pass over all of them per paragraph (`npm run bench
 * -- --only scale-browser`), and jsdom keeps a live list of them that it refreshes on every later
 * change.
 */
export function soleElement(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || el.previousElementSibling || el.nextElementSibling) return false;
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue!.trim()) return false;
  return true;
}
