import { elementsByTag } from './dom';
import { clean } from './text';
import { NO_TRACE, type Recorder } from './trace';

/**
 * A print dateline set as its own paragraph ("Chemnitz.", "Bad Homburg.", "PARIS (AP) —"): one to
 * three capitalised words, an agency in brackets at most, closed by a full stop or a dash. Shown
 * alone it is a one-word paragraph; in print it opens the first paragraph, so it is joined to it.
 * A label ("Lesen Sie auch:") ends with a colon and is not one.
 */
const DATELINE = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[\s/]+\p{Lu}[\p{L}\p{M}'’-]*){0,2}(?:\s*\([^()\d]{1,20}\))?\s*[.—–-]$/u;
/** A walk for the paragraphs: jsdom's selector engine costs a fixed time per call. */
const PARAGRAPH = new Set(['p']);
/** Only the opening of the body can hold a dateline: this many blocks with text. */
const OPENING_BLOCKS = 4;
/** The paragraph the dateline opens is prose, not another short line. */
const MIN_NEXT_CHARS = 80;

export function joinDateline(root: Element, rec: Recorder = NO_TRACE): void {
  let seen = 0;
  for (const p of elementsByTag(root, PARAGRAPH)) {
    const text = clean(p.textContent);
    if (!text) continue;
    if (++seen > OPENING_BLOCKS) return;
    if (!DATELINE.test(text) || p.querySelector('img, picture, video, a')) continue;
    const next = p.nextElementSibling;
    if (next?.tagName !== 'P' || clean(next.textContent).length < MIN_NEXT_CHARS) continue;
    rec.changed('datelines', 'moved', 'a dateline on its own line, joined to the paragraph it opens', p);
    next.insertBefore(p.ownerDocument.createTextNode(`${text} `), next.firstChild);
    p.remove();
    return;
  }
}
