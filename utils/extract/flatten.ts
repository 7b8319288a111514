/**
 * What the reading copy flattens as it is built (see `readingCopy` in unclobber.ts):
 * - chains of plain wrappers. Page builders nest `<div>` in `<div>` hundreds or thousands of
 *   levels deep; every pass over such a page (Readability scores and measures each level's
 *   text) costs the depth again, so a 5,000-deep page took minutes. A long chain of wrappers
 *   that each hold one element and nothing else is read as the one wrapper it amounts to.
 * - open shadow roots. Web components keep their text in a shadow tree the light DOM does not
 *   show; the copy holds what the page renders: the shadow tree, its slots filled.
 */

/** Links in a chain from which it is merged. Shorter chains are common and left as the page has them. */
export const MIN_CHAIN = 8;

/** Tags that only wrap: headings, lists, figures, links, tables, sections and the like carry meaning. */
const WRAPPER_TAGS = new Set(['div', 'span']);

/** The DOM reads the copy needs, taken from the prototypes so that no named element can shadow them. */
export interface DomReads {
  firstChild(node: Node): Node | null;
  nextSibling(node: Node): Node | null;
  parentNode(node: Node): Node | null;
  nodeType(node: Node): number;
  localName(el: Element): string;
  attributes(el: Element): NamedNodeMap;
  shadowRoot(el: Element): ShadowRoot | null;
}

/** The element children of `el`, or null if it holds text of its own (comments and blank text do not count). */
function soleElementChild(el: Element, dom: DomReads): Element | null {
  let only: Element | null = null;
  for (let n = dom.firstChild(el); n; n = dom.nextSibling(n)) {
    const type = dom.nodeType(n);
    if (type === 1) {
      if (only) return null;
      only = n as Element;
    } else if (type === 3 && /\S/.test(n.nodeValue ?? '')) return null;
  }
  return only;
}

/** A `<div>` or `<span>` that says nothing but its class and id: no role, no hiding, no style, no ARIA. */
function plainWrapper(el: Element, dom: DomReads): boolean {
  if (!WRAPPER_TAGS.has(dom.localName(el)) || dom.shadowRoot(el)) return false;
  const attributes = dom.attributes(el);
  for (let i = 0; i < attributes.length; i++) {
    const name = attributes[i]!.name;
    if (name !== 'class' && name !== 'id' && !name.startsWith('data-')) return false;
  }
  return true;
}

export interface Chain {
  /** The chain's last wrapper, whose children the merged wrapper takes. */
  inner: Element;
  /** Every wrapper of the chain, outermost first; the last is `inner`. */
  links: Element[];
  /** The classes of every link, so that Readability still reads `article-body` or `sidebar` from them. */
  className: string;
  id: string;
}

/** The chain of plain wrappers starting at `el`, if it is long enough to merge. */
export function wrapperChain(el: Element, dom: DomReads): Chain | null {
  if (!plainWrapper(el, dom)) return null;
  const links: Element[] = [el];
  for (let next = soleElementChild(el, dom); next && plainWrapper(next, dom); next = soleElementChild(next, dom))
    links.push(next);
  if (links.length < MIN_CHAIN) return null;
  const classes = new Set<string>();
  let id = '';
  for (const link of links) {
    for (const c of (link.getAttribute('class') ?? '').split(/\s+/)) if (c) classes.add(c);
    id ||= link.getAttribute('id') ?? '';
  }
  return { inner: links[links.length - 1]!, links, className: [...classes].join(' '), id };
}

/**
 * The nodes rendered in place of `el`'s children: an open shadow root's tree, else its own
 * children. A `<slot>` is replaced by the host's nodes assigned to it, or by its fallback
 * content when none are; light children assigned to no slot are not rendered and not read.
 */
export function renderedChildren(el: Element | Document | ShadowRoot, dom: DomReads): Node[] {
  const root = el.nodeType === 1 ? (dom.shadowRoot(el as Element) ?? el) : el;
  const out: Node[] = [];
  for (let n = dom.firstChild(root); n; n = dom.nextSibling(n)) out.push(n);
  return out;
}

/** For a `<slot>` in a shadow tree: the nodes it shows. Null for any other node. */
export function slotted(node: Node, dom: DomReads): Node[] | null {
  if (dom.nodeType(node) !== 1 || dom.localName(node as Element) !== 'slot') return null;
  const slot = node as HTMLSlotElement;
  // A shadow root is the only document fragment with a host; a `<slot>` elsewhere is an unknown tag.
  const root = slot.getRootNode();
  if (typeof slot.assignedNodes !== 'function' || root.nodeType !== 11 || !('host' in root)) return null;
  const assigned = slot.assignedNodes();
  if (assigned.length) return assigned;
  const fallback: Node[] = [];
  for (let n = dom.firstChild(slot); n; n = dom.nextSibling(n)) fallback.push(n);
  return fallback;
}
