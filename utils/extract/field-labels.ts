import { elementsWhere } from './dom';

/**
 * A form set in the article (a newsletter sign-up, a comment box) loses its fields in the reader,
 * which has no use for them, but not their labels: the body ended with "Anrede", "Vorname",
 * "Nachname", "E-Mail-Adresse", one to a line. A label is known by what it labels: a field it
 * names by id (`<label for>`) or holds, never by its words.
 *
 * The labels are marked in Readability's copy and taken out in the body's cleanup, in the walks
 * that mark and take out the screen-reader labels (screen-reader.ts), not before Readability:
 * taken out early, a blog's comment form scored differently and Readability chose it over the post.
 */
const FIELDS = new Set(['input', 'select', 'textarea']);
export const FIELD_LABEL_MARK = 'data-lede-field-label';

/** Whether a `<label>` names a field a reader would fill in. */
export function labelsAField(label: Element, doc: Document): boolean {
  const id = label.getAttribute('for');
  const named = id ? doc.getElementById(id) : null;
  if (named) return isField(named);
  return elementsWhere(label, isField).length > 0;
}

/** A field a reader would fill in; a hidden input carries no label anyone sees. */
function isField(el: Element): boolean {
  return FIELDS.has(el.localName) && el.getAttribute('type')?.toLowerCase() !== 'hidden';
}
