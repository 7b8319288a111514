/** Elements that become named properties of a document or a form (HTML's "named elements"). */
const NAMED_BRANDS = new Set(['Form', 'Image', 'Embed', 'IFrame', 'Object', 'Input', 'Button', 'Select', 'TextArea', 'FieldSet', 'Output'].map((n) => `[object HTML${n}Element]`));

/**
 * Named elements shadow DOM properties: in `<form><input name="parentNode"></form>` the form's
 * `parentNode` is the input, and `<img name="createElement">` replaces `document.createElement`.
 * Readability walks and edits every node of the clone through such properties, so one hostile
 * form made extraction throw, and `parentNode` made it loop forever and freeze the tab (found by
 * the clobbering pages in tests/security). On the clone only, the `name` and `id` that would
 * shadow a property of the document or of a form are dropped; the page itself is not touched.
 */
export function defuseClobbering(clone: Document): { shadowed: boolean } {
  const documentProto = Object.getPrototypeOf(clone) as object;
  const shadowable = [documentProto];
  // A static list: copying a live HTMLCollection element by element was most of the core's time in jsdom.
  const elements = Array.from(callOwn<NodeListOf<Element>>(clone, 'querySelectorAll', '*'));
  // The brand, not `localName`: a form's own `localName` can be one of its inputs.
  const form = elements.find((el) => Object.prototype.toString.call(el) === '[object HTMLFormElement]');
  if (form) shadowable.push(Object.getPrototypeOf(form) as object);
  let shadowed = false;
  for (const el of elements) {
    // The brand, not `localName`, which a form's own input can shadow.
    if (!NAMED_BRANDS.has(Object.prototype.toString.call(el))) continue;
    for (const attribute of ['name', 'id']) {
      const value = callOwn<string | null>(el, 'getAttribute', attribute);
      if (!value || !shadowable.some((proto) => value in proto)) continue;
      shadowed = true;
      callOwn(el, 'removeAttribute', attribute);
    }
  }
  return { shadowed };
}

/** A copy of the page that no named element can subvert, for reading it safely. */
export function defusedClone(doc: Document): { clone: Document; shadowed: boolean } {
  const clone = readingCopy(doc);
  return { clone, ...defuseClobbering(clone) };
}

/**
 * `document.cloneNode(true)` without the page's style sheets and scripts. A deep clone parses
 * every `<style>` again as it lands in the new document: on a news page with megabytes of inlined
 * CSS that was most of the click's time, for sheets Readability throws away unread. So the
 * document is cloned shallow (which keeps its URL, base and quirks mode), the tree is imported
 * while detached (nothing parses, nothing runs or loads), trimmed, then attached. JSON-LD stays:
 * it is metadata, not code.
 */
function readingCopy(doc: Document): Document {
  const copy = callOwn<Document>(doc, 'cloneNode', false);
  for (const child of Array.from(readOwn<NodeListOf<ChildNode>>(doc, 'childNodes'))) {
    const imported = callOwn<Node>(copy, 'importNode', child, true);
    if (readOwn<number>(imported, 'nodeType') === ELEMENT_NODE) dropStylesAndScripts(imported as Element);
    callOwn(copy, 'appendChild', imported);
  }
  return copy;
}

const ELEMENT_NODE = 1;

function dropStylesAndScripts(root: Element): void {
  // getElementsByTagName, not a selector: it is several times faster in jsdom, and as fast here.
  const tagged = (tag: string) => Array.from(callOwn<HTMLCollectionOf<Element>>(root, 'getElementsByTagName', tag));
  const code = tagged('script').filter((el) => callOwn<string | null>(el, 'getAttribute', 'type')?.trim().toLowerCase() !== 'application/ld+json');
  for (const el of [...tagged('style'), ...code]) callOwn(el, 'remove');
}

/** Reads a DOM property through the prototype's getter, whatever the object's named properties say. */
function readOwn<T>(target: object, property: string): T {
  let proto = Object.getPrototypeOf(target) as object | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, property)) proto = Object.getPrototypeOf(proto) as object | null;
  const getter = proto && Object.getOwnPropertyDescriptor(proto, property)?.get;
  if (!getter) throw new TypeError(`no DOM property ${property}`);
  return getter.call(target) as T;
}

/** Calls a DOM method as the prototype defines it, whatever the object's named properties say. */
function callOwn<T = unknown>(target: object, method: string, ...args: unknown[]): T {
  let proto = Object.getPrototypeOf(target) as Record<string, unknown> | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, method)) proto = Object.getPrototypeOf(proto) as Record<string, unknown> | null;
  const fn = proto?.[method];
  if (typeof fn !== 'function') throw new TypeError(`no DOM method ${method}`);
  return fn.apply(target, args) as T;
}
