import type { ElementDescription } from '../article';

/**
 * How the pass trace names an element so that a later rule can find "the same block" on the
 * site's next article (issue 16): its tag, id, classes and role, the landmark it sits in and
 * the few wrappers between. Never its text and never a position index.
 */

/** The attribute that marks the clone's elements while a traced run goes on (see `TraceRecorder.stamp`). */
export const STAMP = 'data-lede-trace';

const LANDMARK_TAGS = new Set(['ARTICLE', 'MAIN', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'FORM', 'SECTION']);
const LANDMARK_ROLES = new Set([
  'main',
  'article',
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'region',
  'search',
  'form',
  'dialog',
]);
/** Wrappers named between the element and its landmark. */
const PATH = 3;
/** Classes kept per element: utility-class soups say little more after the first few. */
const MAX_CLASSES = 6;

/**
 * `landmarks` caches each element's nearest landmark during one walk over a tree in document
 * order, where every parent is described before its children.
 */
export function describeElement(el: Element, landmarks?: Map<Element, ElementDescription>): ElementDescription {
  const own = brief(el);
  const parent = el.parentElement;
  const fromParent = parent && landmarks?.get(parent);
  let description: ElementDescription;
  if (fromParent) {
    const parentIsLandmark = isLandmark(parent);
    description = {
      ...own,
      ...(parentIsLandmark
        ? { landmark: label(parent) }
        : fromParent.landmark
          ? { landmark: fromParent.landmark }
          : {}),
      path: parentIsLandmark ? [] : [label(parent), ...fromParent.path].slice(0, PATH),
    };
  } else {
    const path: string[] = [];
    let landmark: string | undefined;
    for (let up = parent; up && up.tagName !== 'BODY' && up.tagName !== 'HTML'; up = up.parentElement) {
      if (isLandmark(up)) {
        landmark = label(up);
        break;
      }
      if (path.length < PATH) path.push(label(up));
    }
    description = { ...own, ...(landmark ? { landmark } : {}), path };
  }
  landmarks?.set(el, description);
  return description;
}

function brief(el: Element): ElementDescription {
  const id = el.getAttribute('id');
  const role = el.getAttribute('role');
  return {
    tag: el.tagName.toLowerCase(),
    ...(id ? { id } : {}),
    classes: classesOf(el),
    ...(role ? { role } : {}),
    path: [],
  };
}

function classesOf(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_CLASSES);
}

function isLandmark(el: Element): boolean {
  return LANDMARK_TAGS.has(el.tagName) || LANDMARK_ROLES.has(el.getAttribute('role') ?? '');
}

/** `aside#rail.sidebar.widget`, or `[role=complementary]` on a plain `<div>`. */
function label(el: Element): string {
  const role = el.getAttribute('role');
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  const base = !LANDMARK_TAGS.has(el.tagName) && role && LANDMARK_ROLES.has(role) ? `${tag}[role=${role}]` : tag;
  return `${base}${id ? `#${id}` : ''}${classesOf(el)
    .slice(0, 3)
    .map((c) => `.${c}`)
    .join('')}`;
}
