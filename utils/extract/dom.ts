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
 * Share of an element's text that sits inside links, the one measure of "linked" the phases use.
 * In characters, not words: Readability measures it so, and a rule that mirrors its thresholds
 * must agree with it; and CJK text has no spaces to count words by.
 */
export function linkDensity(el: Element): number {
  const all = clean(el.textContent).length;
  if (!all) return 0;
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + clean(a.textContent).length, 0);
  return linked / all;
}

/**
 * Words of an element's text outside its links: not a share but a count, since a sentence of the
 * writer's own around a long linked title is prose however long the title ("Read more: …" is not).
 */
export function wordsOutsideLinks(el: Element): number {
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + wordCount(clean(a.textContent)), 0);
  return wordCount(clean(el.textContent)) - linked;
}
