import { elementsWhere } from './dom';
import { NO_TRACE, type Recorder } from './trace';

/**
 * A form set in the article (a newsletter sign-up, a comment box) loses its fields in the reader,
 * which has no use for them, but not their labels: the body ended with "Anrede", "Vorname",
 * "Nachname", "E-Mail-Adresse", one to a line. A label is known by what it labels: a field it
 * names by id (`<label for>`) or holds, never by its words.
 *
 * The labels are marked in Readability's copy and taken out in the body's cleanup, not before
 * Readability: taken out early, a blog's comment form scored differently and Readability chose
 * it over the post.
 */
const FIELDS = new Set(['input', 'select', 'textarea']);
const FIELD_LABEL_MARK = 'data-lede-field-label';

/** Marks, in the copy Readability reads, the labels of form fields. */
export function markFieldLabels(clone: Document): void {
  for (const label of elementsWhere(clone, (el) => el.localName === 'label'))
    if (labelsAField(label, clone)) label.setAttribute(FIELD_LABEL_MARK, '');
}

/** Takes the labels marked by `markFieldLabels` out of a body. */
export function dropFieldLabels(root: Element, rec: Recorder = NO_TRACE): void {
  for (const label of elementsWhere(root, (el) => el.hasAttribute(FIELD_LABEL_MARK))) {
    if (!root.contains(label)) continue;
    rec.removed('form labels', 'the label of a form field', label);
    label.remove();
  }
}

function labelsAField(label: Element, doc: Document): boolean {
  const id = label.getAttribute('for');
  const named = id ? doc.getElementById(id) : null;
  if (named) return isField(named);
  return elementsWhere(label, isField).length > 0;
}

/** A field a reader would fill in; a hidden input carries no label anyone sees. */
function isField(el: Element): boolean {
  return FIELDS.has(el.localName) && el.getAttribute('type')?.toLowerCase() !== 'hidden';
}
