import { renderedChildren, slotted, wrapperChain, type DomReads } from './flatten';
import { isNavigation } from './dom';
import { callOwn, getterOf, methodOf, readOwn } from './dom-own';
import { hidesFromSightOnly } from './screen-reader';

/**
 * `document.cloneNode(true)` without the page's style sheets and scripts. A deep clone parses
 * every `<style>` again as it lands in the new document: on a news page with megabytes of inlined
 * CSS that was most of the click's time, for sheets Readability throws away unread. The document
 * is cloned shallow (which keeps its URL, base and quirks mode); nothing in the copy runs or
 * loads. JSON-LD stays: it is metadata, not code. `whole`: every inline style and the site's
 * navigation stay too (the field phases' copy).
 *
 * Built one of two ways, to the same tree (tests/corpus/reading-copy.test.ts holds them equal):
 * - in a browser, by the engine: the tree imported whole while detached (a detached `<style>` is
 *   never parsed), trimmed, then attached. In Chromium that is a twelfth of the time of a copy
 *   built node by node in script, which cost as much as Readability's own parse.
 * - node by node in jsdom (`stylesParsedAsSet`), and wherever the page keeps text in open shadow
 *   roots, which only such a copy shows in place, or nests deeper than `MAX_DETACHED_DEPTH`,
 *   which an engine's recursive import overflows on. A loop with its own stack, never recursion
 *   (see flatten.ts).
 */
export function readingCopy(
  doc: Document,
  whole: boolean,
  /** Which way to build it; only a test that holds the two equal chooses. */
  by?: 'engine' | 'hand',
): { copy: Document; composed: boolean; templates: Element[] } {
  const dom = domReads(doc);
  const textContent = getterOf<Node>(doc, 'textContent');
  const getAttribute = methodOf<(name: string) => string | null>(
    readOwn<Element>(doc, 'documentElement'),
    'getAttribute',
  );
  let pageTextOver: ((chars: number) => boolean) | undefined;
  /**
   * The site's navigation, in Readability's copy only, unless it holds half the page's text or
   * more: a page wrapped whole in `role="navigation"` is still read. The body's cleanup removes
   * navigation from any article anyway (body-tail.ts); left out here, it costs neither the copy
   * nor Readability's scoring: a sixth of the elements of the pages in the corpus.
   */
  const leftOut = (el: Element): boolean => {
    if (whole || !isNavigation(dom.localName(el), getAttribute.call(el, 'role'))) return false;
    pageTextOver ??= textOver(doc);
    return pageTextOver(String(textContent.call(el)).length * 2);
  };
  const skipped = (node: Node): boolean =>
    dom.nodeType(node) === ELEMENT_NODE && (isCode(node as Element, dom, getAttribute) || leftOut(node as Element));
  return (by ?? (stylesParsedAsSet(doc) || needsCopyByHand(doc, dom) ? 'hand' : 'engine')) === 'hand'
    ? copyByHand(doc, whole, dom, skipped)
    : { ...copyByEngine(doc, whole, dom, skipped), composed: false };
}

const ELEMENT_NODE = 1;

/**
 * jsdom (the CLI, the eval, the tests) parses every inline style as it is set, so its deep import
 * parses all the styles the copy by hand leaves unread, and the engine's copy cost it more than
 * the copy by hand (Lede ÷ Readability 1.33× against 1.25× on 40 corpus pages). Browsers parse a
 * style when it is read, and their import is native: the engine's copy is the fast one there.
 */
function stylesParsedAsSet(doc: Document): boolean {
  return /\bjsdom\//.test(doc.defaultView?.navigator?.userAgent ?? '');
}

/**
 * Depth up to which the copy is built detached and joins the document in one insertion. jsdom
 * attaches an inserted tree recursively, which overflows the stack some thousands of levels
 * down; deeper pages (browsers' parsers stop at 512) are built top-down, a node at a time.
 */
const MAX_DETACHED_DEPTH = 512;

/** Whether the page has an open shadow root, or nests past `MAX_DETACHED_DEPTH`: one walk, stopped at the first. */
function needsCopyByHand(doc: Document, dom: DomReads): boolean {
  let depth = 1;
  let node = dom.firstChild(doc);
  while (node) {
    if (dom.nodeType(node) === ELEMENT_NODE) {
      if (dom.shadowRoot(node as Element)) return true;
      const child = dom.firstChild(node);
      if (child) {
        if (++depth > MAX_DETACHED_DEPTH) return true;
        node = child;
        continue;
      }
    }
    let next = dom.nextSibling(node);
    while (!next) {
      node = dom.parentNode(node);
      depth--;
      if (!node || node === doc) return false;
      next = dom.nextSibling(node);
    }
    node = next;
  }
  return false;
}

/**
 * The engine's deep import, then what the copy by hand does as it goes, in an order that reads
 * the tree as the page has it: which navigation is left out (by its text) and which wrapper
 * chains merge (a script or a navigation beside a wrapper ends its chain) are decided before
 * anything is removed.
 */
function copyByEngine(
  doc: Document,
  whole: boolean,
  dom: DomReads,
  skipped: (node: Node) => boolean,
): { copy: Document; templates: Element[] } {
  const copy = callOwn<Document>(doc, 'cloneNode', false);
  const importNode = methodOf<(node: Node, deep: boolean) => Node>(copy, 'importNode');
  const parts: Node[] = [];
  for (let n = dom.firstChild(doc); n; n = dom.nextSibling(n))
    if (!skipped(n)) parts.push(importNode.call(copy, n, true));
  const templates: Element[] = [];
  for (const part of parts)
    if (dom.nodeType(part) === ELEMENT_NODE) trim(part as Element, whole, dom, skipped, templates);
  const appendChild = methodOf<(node: Node) => Node>(copy, 'appendChild');
  for (const part of parts) appendChild.call(copy, part);
  return { copy, templates };
}

/** `root`, a detached deep copy, made what `copyByHand` would have made of its source. */
function trim(root: Element, whole: boolean, dom: DomReads, skipped: (node: Node) => boolean, templates: Element[]) {
  const getAttribute = methodOf<(name: string) => string | null>(root, 'getAttribute');
  // One walk gathers, in document order, what each step below takes apart.
  const wrappers: Element[] = [];
  const dropped: Element[] = [];
  const found: Element[] = [];
  const styled: Element[] = [];
  const walker = callOwn<TreeWalker>(root.ownerDocument, 'createTreeWalker', root, 1 /* SHOW_ELEMENT */);
  for (let el: Element | null = root; el; el = walker.nextNode() as Element | null) {
    const tag = dom.localName(el);
    if (tag === 'div' || tag === 'span') wrappers.push(el);
    else if (tag === 'template') found.push(el);
    // Decided on the tree as the page has it (a navigation's share of the text); removed after the chains merge.
    if (skipped(el)) dropped.push(el);
    if (!whole && getAttribute.call(el, 'style') !== null) styled.push(el);
  }
  const merged = new Set<Element>();
  for (const el of wrappers) {
    if (merged.has(el)) continue;
    const chain = wrapperChain(el, dom);
    if (!chain) continue;
    for (const link of chain.links) merged.add(link);
    el.replaceWith(chain.inner);
    chain.inner.setAttribute('class', chain.className);
    if (chain.id) chain.inner.setAttribute('id', chain.id);
  }
  const contains = methodOf<(other: Node) => boolean>(root, 'contains');
  const remove = methodOf<() => void>(root, 'remove');
  for (const el of dropped) if (contains.call(root, el)) remove.call(el);
  for (const template of found) {
    if (!contains.call(root, template)) continue;
    // A shallow copy has no content, as the copy by hand makes it; the page's script fills it.
    (template as HTMLTemplateElement).content?.replaceChildren();
    templates.push(template);
  }
  const setAttribute = methodOf<(name: string, value: string) => void>(root, 'setAttribute');
  const removeAttribute = methodOf<(name: string) => void>(root, 'removeAttribute');
  for (const el of styled) {
    const style = getAttribute.call(el, 'style')!;
    if (ADDRESS.test(style) || hidesFromSightOnly(style)) continue;
    const hiding = hidingStyle(el);
    removeAttribute.call(el, 'style');
    if (hiding) setAttribute.call(el, 'style', hiding);
  }
}

/** The copy node by node, reading shadow roots in place and merging chains of plain wrappers as it goes. */
function copyByHand(
  doc: Document,
  whole: boolean,
  reads: DomReads,
  skipped: (node: Node) => boolean,
): { copy: Document; composed: boolean; templates: Element[] } {
  const copy = callOwn<Document>(doc, 'cloneNode', false);
  let composed = false;
  const dom: DomReads = {
    ...reads,
    shadowRoot: (el) => {
      const root = reads.shadowRoot(el);
      if (root) composed = true;
      return root;
    },
  };
  const importNode = methodOf<(node: Node, deep: boolean) => Node>(copy, 'importNode');
  const appendChild = methodOf<(node: Node) => Node>(copy, 'appendChild');
  const root = readOwn<Element>(doc, 'documentElement');
  const setAttribute = methodOf<(name: string, value: string) => void>(root, 'setAttribute');
  const getAttribute = methodOf<(name: string) => string | null>(root, 'getAttribute');
  const removeAttribute = methodOf<(name: string) => void>(root, 'removeAttribute');
  const createElementNS = methodOf<(ns: string | null, name: string) => Element>(copy, 'createElementNS');
  const setAttributeNS = methodOf<(ns: string | null, name: string, value: string) => void>(root, 'setAttributeNS');
  /** The node's shallow copy; an element's inline style only as far as the copy's readers ask it (see `ADDRESS`). */
  const copyNode = (source: Node): Node => {
    if (dom.nodeType(source) !== ELEMENT_NODE) return importNode.call(copy, source, false);
    const el = source as Element;
    const style = getAttribute.call(el, 'style');
    if (style === null || whole || ADDRESS.test(style) || hidesFromSightOnly(style))
      return importNode.call(copy, el, false);
    const hiding = hidingStyle(el);
    let made: Element;
    try {
      const prefix = el.prefix;
      made = createElementNS.call(copy, el.namespaceURI, prefix ? `${prefix}:${dom.localName(el)}` : dom.localName(el));
      for (const attr of Array.from(dom.attributes(el)))
        if (attr.name !== 'style' || attr.namespaceURI !== null)
          setAttributeNS.call(made, attr.namespaceURI, attr.name, attr.value);
    } catch {
      // A name the parser accepts but createElementNS or setAttributeNS refuses: the slow way.
      made = importNode.call(copy, el, false) as Element;
      removeAttribute.call(made, 'style');
    }
    if (hiding) setAttribute.call(made, 'style', hiding);
    return made;
  };
  // Each copied node with its copied parent and depth, in document order: linked up afterwards.
  const made: Array<[Node, Node]> = [];
  const templates: Element[] = [];
  let deepest = 0;
  const stack: Array<[Node, Node, number]> = renderedChildren(doc, dom)
    .reverse()
    .map((n) => [n, copy, 1]);
  while (stack.length) {
    const [node, parent, depth] = stack.pop()!;
    const shown = slotted(node, dom);
    if (shown) {
      for (let i = shown.length - 1; i >= 0; i--) stack.push([shown[i]!, parent, depth]);
      continue;
    }
    if (skipped(node)) continue;
    const chain = dom.nodeType(node) === ELEMENT_NODE ? wrapperChain(node as Element, dom) : null;
    const source = chain?.inner ?? node;
    const imported = chain ? importNode.call(copy, source, false) : copyNode(source);
    if (chain) {
      setAttribute.call(imported, 'class', chain.className);
      if (chain.id) setAttribute.call(imported, 'id', chain.id);
    }
    made.push([imported, parent]);
    deepest = Math.max(deepest, depth);
    if (dom.nodeType(source) !== ELEMENT_NODE) continue;
    if (dom.localName(source as Element) === 'template') templates.push(imported as Element);
    const children = renderedChildren(source as Element, dom);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, imported, depth + 1]);
  }
  const insertBefore = methodOf<(node: Node, before: Node | null) => Node>(copy, 'insertBefore');
  if (deepest <= MAX_DETACHED_DEPTH) {
    // Bottom-up: each node goes into a parent not yet in the document, so the engine updates no
    // ancestors per insertion (jsdom walks every ancestor on each one, a third of the copy's
    // time); the finished tree joins the document once. Last first, each before its siblings.
    for (let i = made.length - 1; i >= 0; i--) {
      const [node, parent] = made[i]!;
      insertBefore.call(parent, node, dom.firstChild(parent));
    }
  } else for (const [node, parent] of made) appendChild.call(parent, node);
  return { copy, composed, templates };
}

/**
 * An inline style the copy keeps whole: Readability searches every attribute of images, figures
 * and embeds (and an `<object>`'s markup) for an image file or a video's address. Any other
 * style it asks only whether it hides the element, and the body drops every style when it is
 * sanitised; yet the engine parses each style it copies (a quarter of the copy's time in jsdom,
 * for shorthands like `border` on hidden ad frames). The field phases that read a style (a bold
 * lead in teaser.ts, the trace) read the page, or a copy that keeps every style. A style that
 * hides text from sight only (screen-reader.ts) is kept whole too, for the labels to be known.
 */
const ADDRESS = /\/\/|\.(?:jpe?g|png|webp)/i;

/** The part of `el`'s inline style that Readability reads (`display: none`, `visibility: hidden`), as the page parsed it. */
function hidingStyle(el: Element): string {
  const style = getterOf<Element>(el, 'style', true)?.call(el) as CSSStyleDeclaration | undefined;
  if (!style) return '';
  const hidden = [
    style.getPropertyValue('display') === 'none' ? 'display: none' : '',
    style.getPropertyValue('visibility') === 'hidden' ? 'visibility: hidden' : '',
  ];
  return hidden.filter(Boolean).join('; ');
}

function isCode(el: Element, dom: DomReads, getAttribute: (this: Element, name: string) => string | null): boolean {
  const tag = dom.localName(el);
  if (tag === 'style') return true;
  return tag === 'script' && getAttribute.call(el, 'type')?.trim().toLowerCase() !== 'application/ld+json';
}

/**
 * Whether the page's text (its body's `textContent`) is longer than a given length, read only as
 * far as that length: a page's whole text, for each copy, was a tenth of the copy's time in
 * Chromium, to weigh navigation bars of some hundred characters. Later questions go on from
 * where the last stopped.
 */
function textOver(doc: Document): (chars: number) => boolean {
  const body = readOwn<Node | null>(doc, 'body');
  // Without a body, no navigation is ever left out, as when its text was counted as none.
  if (!body) return () => false;
  const walker = callOwn<TreeWalker>(doc, 'createTreeWalker', body, 4 | 8 /* SHOW_TEXT | SHOW_CDATA_SECTION */);
  let read = 0;
  return (chars) => {
    while (read <= chars) {
      const text = walker.nextNode() as CharacterData | null;
      if (!text) return false;
      read += text.data.length;
    }
    return true;
  };
}

/** The prototypes' getters, looked up once: per node, the walk must stay cheap. */
function domReads(doc: Document): DomReads {
  const root = readOwn<Element>(doc, 'documentElement');
  const node = getterOf<Node>(doc, 'firstChild');
  const next = getterOf<Node>(doc, 'nextSibling');
  const parent = getterOf<Node>(doc, 'parentNode');
  const type = getterOf<Node>(doc, 'nodeType');
  const localName = getterOf<Element>(root, 'localName');
  const attributes = getterOf<Element>(root, 'attributes');
  const shadowRoot = getterOf<Element>(root, 'shadowRoot', true);
  return {
    firstChild: (n) => node.call(n) as Node | null,
    nextSibling: (n) => next.call(n) as Node | null,
    parentNode: (n) => parent.call(n) as Node | null,
    nodeType: (n) => type.call(n) as number,
    localName: (el) => localName.call(el) as string,
    attributes: (el) => attributes.call(el) as NamedNodeMap,
    // An engine without shadow DOM has no getter: no element then has a shadow root.
    shadowRoot: (el) => (shadowRoot ? (shadowRoot.call(el) as ShadowRoot | null) : null),
  };
}
