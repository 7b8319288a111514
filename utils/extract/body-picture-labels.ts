import { clean } from './text';
import { NO_TRACE, type Recorder } from './trace';

/** Where a picture's own words live: its figure, or a group a CMS marks up as one. */
const PICTURE_BOX = 'figure, [role="group"]';
const MEDIA = 'img, picture, video, svg';
/** A label is one word: "Image", "Photo", "Credit", "Bild", "Foto". */
const ONE_WORD = /^\p{L}{2,12}$/u;

/**
 * Words a picture carries for screen readers, left as text once the page's CSS is gone: "Image"
 * beside the picture, "Credit" glued to the photographer's name ("CreditKevin Frayer"). Read
 * aloud or shown they are chrome. Told by shape, not by the word: a one-word element inside a
 * picture's box that stands beside the picture with no text of its own around it, or that runs
 * into the next word without a space, which only a label hidden from sight does, or that stands
 * outside the caption of a figure that has one.
 */
export function dropPictureLabels(root: Element, rec: Recorder = NO_TRACE): void {
  for (const box of Array.from(root.querySelectorAll(PICTURE_BOX))) {
    if (!box.querySelector(MEDIA)) continue;
    for (const el of Array.from(box.querySelectorAll('span, p, div, em, strong, b, i, small'))) {
      if (el.firstElementChild || !ONE_WORD.test(el.textContent?.trim() ?? '')) continue;
      if (besidePicture(el) || gluedToNext(el) || outsideCaption(el, box)) {
        rec.removed('credit lines', "a picture's label for screen readers", el);
        el.remove();
      }
    }
  }
}

/** The element right before or after it, across blank space only, is the picture or holds only it. */
function besidePicture(el: Element): boolean {
  return [neighbour(el, 'previousSibling'), neighbour(el, 'nextSibling')].some(
    (node) => node !== null && !clean(node.textContent) && (node.matches(MEDIA) || node.querySelector(MEDIA) !== null),
  );
}

function neighbour(el: Element, side: 'previousSibling' | 'nextSibling'): Element | null {
  for (let node = el[side]; node; node = node[side]) {
    if (node.nodeType === 1) return node as Element;
    if (clean(node.textContent)) return null;
  }
  return null;
}

/** A figure with a caption says in the caption what it says: one word elsewhere in it is a label. */
function outsideCaption(el: Element, box: Element): boolean {
  return box.tagName === 'FIGURE' && box.querySelector('figcaption') !== null && !el.closest('figcaption');
}

/** The next text begins with a letter right after the label, with no space between. */
function gluedToNext(el: Element): boolean {
  if (/\s$/.test(el.textContent ?? '')) return false;
  const next = el.nextSibling;
  if (!next) return false;
  return /^\p{L}/u.test(next.textContent ?? '');
}
