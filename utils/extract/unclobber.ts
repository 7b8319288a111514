import { callOwn } from './dom-own';
import { guarded } from './guard';
import { readingCopy } from './reading-copy';
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
