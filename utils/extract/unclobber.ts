import { renderedChildren, slotted, wrapperChain, type DomReads } from './flatten';
import { isNavigation } from './dom';
import { guarded } from './guard';
import { hidesFromSightOnly } from './screen-reader';
import { placeStreamedParts } from './streamed';
import { NO_TRACE, type Recorder } from './trace';
/** Elements that become named properties of a document or a form (HTML's "named elements"). */
const NAMED_BRANDS = new Set(
  ['Form', 'Image', 'Embed', 'IFrame', 'Object', 'Input', 'Button', 'Select', 'TextArea', 'FieldSet', 'Output'].map(
    (n) => `[object HTML${n}Element]`,
  ),
);

/**
 * Named elements shadow DOM properties: in `<form><input name="parentNode"></form>` the form's
 * `parentNode` is the input, and `<img name="createElement">` replaces `document.createElement`.
 * Readability walks and edits every node of the clone through such properties, so one hostile
 * form made extraction throw, and `parentNode` made it loop forever and freeze the tab (found by
 * the clobbering pages in tests/security). On the clone only, the `name` and `id` that would
 * shadow a property of the document or of a form are dropped; the page itself is not touched.
 * `shadowed`: one shadowed a property the field phases may read on the page too (the document's,
 * or one every element has), so they must read a defused copy instead.
 */
export function defuseClobbering(clone: Document): { shadowed: boolean } {
  const documentProto = Object.getPrototypeOf(clone) as object;
  const shadowable = [documentProto];
  // A walk into a plain array: copying a live HTMLCollection element by element was most of the
  // core's time in jsdom, and a static NodeList still goes through a proxy per index.
  const elements: Element[] = [];
  const walker = callOwn<TreeWalker>(clone, 'createTreeWalker', clone, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) elements.push(n as Element);
  // The brand, not `localName`: a form's own `localName` can be one of its inputs.
  const form = elements.find((el) => Object.prototype.toString.call(el) === '[object HTMLFormElement]');
  const formProto = form && (Object.getPrototypeOf(form) as object);
  if (formProto) shadowable.push(formProto);
  // What every element has (`parentNode`, `getAttribute`, `id`, `style`), as against what only a
  // form has (`submit`, `action`, `method`): a login box's `<input name="submit">` shadows the
  // second, which no phase reads, and made every such page pay for a second copy.
  const elementProto = formProto && (Object.getPrototypeOf(formProto) as object);
  let shadowed = false;
  for (const el of elements) {
    // The brand, not `localName`, which a form's own input can shadow.
    if (!NAMED_BRANDS.has(Object.prototype.toString.call(el))) continue;
    for (const attribute of ['name', 'id']) {
      const value = callOwn<string | null>(el, 'getAttribute', attribute);
      if (!value || !shadowable.some((proto) => value in proto)) continue;
      if (value in documentProto || (elementProto && value in elementProto)) shadowed = true;
      callOwn(el, 'removeAttribute', attribute);
    }
  }
  return { shadowed };
}

/**
 * A copy of the page that no named element can subvert, for reading it safely.
 * - `composed`: the page keeps some of its text in open shadow roots, which only the copy shows
 *   in place.
 * - `streamed`: the page's streamed parts waited hidden for their scripts, and the copy shows
 *   them in place (streamed.ts).
 * - `reader`: `readability` gets a copy that keeps only the inline styles that may hide an
 *   element, without the site's navigation (`leftOut`); `fields` (the field phases, which
 *   read bold leads and breadcrumbs) gets the whole page with every style.
 */
export function defusedClone(
  doc: Document,
  { reader = 'readability', rec = NO_TRACE }: { reader?: 'readability' | 'fields'; rec?: Recorder } = {},
): { clone: Document; shadowed: boolean; composed: boolean; streamed: boolean } {
  const { copy, composed, templates } = readingCopy(doc, reader === 'fields');
  const { shadowed } = defuseClobbering(copy);
  // After defusing: the parts are placed with the copy's own DOM methods.
  const streamed = guarded(false, () => placeStreamedParts(copy, templates, doc, rec));
  return { clone: copy, shadowed, composed, streamed };
}

/**
 * `document.cloneNode(true)` without the page's style sheets and scripts. A deep clone parses
 * every `<style>` again as it lands in the new document: on a news page with megabytes of inlined
 * CSS that was most of the click's time, for sheets Readability throws away unread. So the copy
 * is built node by node, which also lets it read what a deep clone cannot: the text in open
 * shadow roots, and markup nested thousands of levels deep, whose recursive clone overflowed the
 * stack (see flatten.ts). A loop with its own stack, never recursion. The document is cloned
 * shallow (which keeps its URL, base and quirks mode); nothing in the copy runs or loads.
 * JSON-LD stays: it is metadata, not code. `whole`: every inline style and the site's navigation
 * stay too (the field phases' copy).
 */
function readingCopy(doc: Document, whole: boolean): { copy: Document; composed: boolean; templates: Element[] } {
  const copy = callOwn<Document>(doc, 'cloneNode', false);
  const reads = domReads(doc);
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
  const setAttribute = methodOf<(name: string, value: string) => void>(
    readOwn<Element>(doc, 'documentElement'),
    'setAttribute',
  );
  const getAttribute = methodOf<(name: string) => string | null>(
    readOwn<Element>(doc, 'documentElement'),
    'getAttribute',
  );
  const removeAttribute = methodOf<(name: string) => void>(readOwn<Element>(doc, 'documentElement'), 'removeAttribute');
  const createElementNS = methodOf<(ns: string | null, name: string) => Element>(copy, 'createElementNS');
  const setAttributeNS = methodOf<(ns: string | null, name: string, value: string) => void>(
    readOwn<Element>(doc, 'documentElement'),
    'setAttributeNS',
  );
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
  const textContent = getterOf<Node>(doc, 'textContent');
  let pageChars: number | undefined;
  /**
   * The site's navigation, in Readability's copy only, unless it holds half the page's text or
   * more: a page wrapped whole in `role="navigation"` is still read. The body's cleanup removes
   * navigation from any article anyway (body-tail.ts); left out here, it costs neither the copy
   * nor Readability's scoring: a sixth of the elements of the pages in the corpus.
   */
  const leftOut = (el: Element): boolean => {
    if (!isNavigation(dom.localName(el), callOwn<string | null>(el, 'getAttribute', 'role'))) return false;
    pageChars ??= String(textContent.call(readOwn<Node>(doc, 'body') ?? doc) ?? '').length;
    return String(textContent.call(el)).length * 2 < pageChars;
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
    if (dom.nodeType(node) === ELEMENT_NODE && (isCode(node as Element, dom) || (!whole && leftOut(node as Element))))
      continue;
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

const ELEMENT_NODE = 1;

/**
 * Depth up to which the copy is built detached and joins the document in one insertion. jsdom
 * attaches an inserted tree recursively, which overflows the stack some thousands of levels
 * down; deeper pages (browsers' parsers stop at 512) are built top-down, a node at a time.
 */
const MAX_DETACHED_DEPTH = 512;

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

function isCode(el: Element, dom: DomReads): boolean {
  const tag = dom.localName(el);
  if (tag === 'style') return true;
  return (
    tag === 'script' &&
    callOwn<string | null>(el, 'getAttribute', 'type')?.trim().toLowerCase() !== 'application/ld+json'
  );
}

/** The prototypes' getters, looked up once: per node, the walk must stay cheap. */
function domReads(doc: Document): DomReads {
  const root = readOwn<Element>(doc, 'documentElement');
  const node = getterOf<Node>(doc, 'firstChild');
  const next = getterOf<Node>(doc, 'nextSibling');
  const type = getterOf<Node>(doc, 'nodeType');
  const localName = getterOf<Element>(root, 'localName');
  const attributes = getterOf<Element>(root, 'attributes');
  const shadowRoot = getterOf<Element>(root, 'shadowRoot', true);
  return {
    firstChild: (n) => node.call(n) as Node | null,
    nextSibling: (n) => next.call(n) as Node | null,
    nodeType: (n) => type.call(n) as number,
    localName: (el) => localName.call(el) as string,
    attributes: (el) => attributes.call(el) as NamedNodeMap,
    // An engine without shadow DOM has no getter: no element then has a shadow root.
    shadowRoot: (el) => (shadowRoot ? (shadowRoot.call(el) as ShadowRoot | null) : null),
  };
}

function getterOf<T extends object>(target: T, property: string, optional = false): (this: T) => unknown {
  const getter =
    ownerOf(target, property) && Object.getOwnPropertyDescriptor(ownerOf(target, property)!, property)?.get;
  if (!getter && !optional) throw new TypeError(`no DOM property ${property}`);
  return getter as (this: T) => unknown;
}

function methodOf<F>(target: object, method: string): F {
  const fn = (ownerOf(target, method) as Record<string, unknown> | null)?.[method];
  if (typeof fn !== 'function') throw new TypeError(`no DOM method ${method}`);
  return fn as F;
}

function ownerOf(target: object, property: string): object | null {
  let proto = Object.getPrototypeOf(target) as object | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, property))
    proto = Object.getPrototypeOf(proto) as object | null;
  return proto;
}

/** Reads a DOM property through the prototype's getter, whatever the object's named properties say. */
function readOwn<T>(target: object, property: string): T {
  let proto = Object.getPrototypeOf(target) as object | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, property))
    proto = Object.getPrototypeOf(proto) as object | null;
  const getter = proto && Object.getOwnPropertyDescriptor(proto, property)?.get;
  if (!getter) throw new TypeError(`no DOM property ${property}`);
  return getter.call(target) as T;
}

/** Calls a DOM method as the prototype defines it, whatever the object's named properties say. */
function callOwn<T = unknown>(target: object, method: string, ...args: unknown[]): T {
  let proto = Object.getPrototypeOf(target) as Record<string, unknown> | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, method))
    proto = Object.getPrototypeOf(proto) as Record<string, unknown> | null;
  const fn = proto?.[method];
  if (typeof fn !== 'function') throw new TypeError(`no DOM method ${method}`);
  return fn.apply(target, args) as T;
}
