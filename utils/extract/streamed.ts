import { elementsByTag, hasText } from './dom';
import { NO_TRACE, type Recorder } from './trace';

/**
 * React's streamed server rendering sends a page in order of readiness: where a part is not
 * ready, a placeholder (`<template id="B:0">` for a Suspense boundary, followed by its loading
 * skeleton; `<template id="P:5">` for a segment), and the part itself later, at the end of the
 * body, in a hidden box (`<div hidden id="S:0">`) that an inline script moves into place
 * (`$RC("B:0","S:0")`, `$RS("S:5","P:5")`). In a browser the scripts have run before the reader
 * opens; a page saved without them, or read before they ran, still keeps its article hidden
 * (Readability drops it: an empty reader, "x" of a layout probe, or the loading skeleton).
 * Lede does on its copy what the scripts would have done.
 */

/** A placeholder's id: a boundary's (`B:`) or a segment's (`P:`), numbered in hexadecimal. */
const PLACEHOLDER_ID = /^[BP]:[0-9a-f]+$/i;
/** The scripts' calls that name which part fills which placeholder. */
const BOUNDARY_CALL = /\$RC\(\s*["'](B:[0-9a-f]+)["']\s*,\s*["'](S:[0-9a-f]+)["']/gi;
const SEGMENT_CALL = /\$RS\(\s*["'](S:[0-9a-f]+)["']\s*,\s*["'](P:[0-9a-f]+)["']/gi;
/** React's comments around a boundary's content: `<!--$?-->` opens a pending one, `<!--/$-->` closes any. */
const BOUNDARY_OPEN = new Set(['$', '$?', '$!']);
const BOUNDARY_CLOSE = '/$';
const MEDIA = 'img, picture, video, iframe, template';
const SCRIPT = new Set(['script']);

/**
 * Puts each streamed part of `copy` in its placeholder, in place of the loading skeleton, as the
 * page's scripts would; `templates` are the copy's `<template>` elements in document order, and
 * `page` (read only) holds the scripts that say which part goes where. Without them (a saved
 * page keeps no scripts), a part goes to the placeholder of the same number. Whether any moved.
 */
export function placeStreamedParts(
  copy: Document,
  templates: readonly Element[],
  page: Document,
  rec: Recorder = NO_TRACE,
): boolean {
  const placeholders = templates.filter((t) => PLACEHOLDER_ID.test(t.id));
  if (!placeholders.length) return false;
  const named = partsNamedByScripts(page);
  let placed = false;
  // Document order, so a part that itself holds placeholders is in place before they are filled.
  for (const placeholder of placeholders) {
    const part = copy.getElementById(named.get(placeholder.id) ?? `S:${placeholder.id.slice(2)}`);
    if (!part || part.localName !== 'div' || !part.hasAttribute('hidden') || part.contains(placeholder)) continue;
    const parent = placeholder.parentNode;
    if (!parent) continue;
    rec.changed('streamed parts', 'moved', 'a part the page sent later, hidden until its script put it in place', part);
    const after = placeholder.id.startsWith('B:') ? removeFallback(placeholder) : placeholder.nextSibling;
    while (part.firstChild) parent.insertBefore(part.firstChild, after);
    placeholder.remove();
    part.remove();
    placed = true;
  }
  return placed;
}

/** Placeholder id → part id, from the page's inline scripts. */
function partsNamedByScripts(page: Document): Map<string, string> {
  const named = new Map<string, string>();
  for (const script of elementsByTag(page, SCRIPT)) {
    if (script.hasAttribute('src')) continue;
    const code = script.textContent ?? '';
    if (!code.includes('$R')) continue;
    for (const [, boundary, part] of code.matchAll(BOUNDARY_CALL)) named.set(boundary!, part!);
    for (const [, part, segment] of code.matchAll(SEGMENT_CALL)) named.set(segment!, part!);
  }
  return named;
}

/**
 * Removes a boundary's loading fallback, the nodes after its placeholder up to React's closing
 * comment, and returns the node the content goes before. A page saved without comments has no
 * closing mark: then the boxes right after the placeholder that show nothing go (a skeleton, a
 * spinner), up to the first with text or a picture.
 */
function removeFallback(placeholder: Element): Node | null {
  const closing = closingComment(placeholder);
  if (closing) {
    while (placeholder.nextSibling && placeholder.nextSibling !== closing) placeholder.nextSibling.remove();
    return closing;
  }
  let next = placeholder.nextSibling;
  while (next && showsNothing(next)) {
    const following = next.nextSibling;
    next.parentNode?.removeChild(next);
    next = following;
  }
  return next;
}

/** No text, no picture, and no placeholder of its own (the next boundary's often follows). */
function showsNothing(node: Node): boolean {
  if (hasText(node)) return false;
  if (node.nodeType !== 1 /* ELEMENT_NODE */) return true;
  const el = node as Element;
  return el.localName !== 'template' && !el.querySelector(MEDIA);
}

function closingComment(placeholder: Element): Comment | null {
  let depth = 0;
  for (let n = placeholder.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType !== 8 /* COMMENT_NODE */) continue;
    const data = (n as Comment).data;
    if (data === BOUNDARY_CLOSE) {
      if (depth === 0) return n as Comment;
      depth--;
    } else if (BOUNDARY_OPEN.has(data)) depth++;
  }
  return null;
}
