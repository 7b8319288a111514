import { clean } from '../extract/text';
import { drawnSmallerThan } from '../library/picture-sources';
import { findBlocks, isCaption, namesOf, sideOf } from './match';
import { PICTURE } from './picture';
import type { BlockSelector } from './rules';

/**
 * A caption rule that outlives a redesign. A site that redesigns renames every class (the fundus
 * pairs across a redesign share almost none of them), so a removed caption's rule finds nothing
 * on the new template; but a picture's caption is still a `<figcaption>`: HTML's own name for the
 * part, not the site's. A reader who took out a caption took out a kind of block, and that kind
 * is still there to find.
 */

/** Levels above a `<figcaption>` outside any figure where its picture may stand. */
const LOOSE_CAPTION_LEVELS = 3;

/**
 * A `<figcaption>` of a picture: in a figure that shows one, or, where a template set it beside
 * the figure rather than in it (invalid, and common), in a small wrapper that holds the picture.
 */
function captionsAPicture(caption: Element): boolean {
  const figure = caption.closest('figure');
  if (figure) return figure.querySelector(PICTURE) !== null;
  let up = caption.parentElement;
  for (let i = 0; up && i < LOOSE_CAPTION_LEVELS; up = up.parentElement, i++)
    if (up.querySelector(PICTURE)) return true;
  return false;
}

/** A picture drawn this small (an icon, a writer's portrait) is not one a caption describes. */
const MIN_PICTURE_SIDE = 100;

/**
 * Where a page has no `<figcaption>` at all, its captions are the text a picture shares its box
 * with (`<p><img><br><em>caption</em></p>`): the nearest of a few wrappers around the picture
 * that has text, if that text is no more than a caption's.
 */
function pictureBoxes(body: HTMLElement): Element[] {
  // Pictures side by side share their wrappers: each wrapper's text is read once.
  const texts = new Map<Element, string>();
  const textOf = (el: Element): string => {
    let text = texts.get(el);
    if (text === undefined) texts.set(el, (text = clean(el.textContent)));
    return text;
  };
  const boxes = new Set<Element>();
  for (const picture of Array.from(body.querySelectorAll(PICTURE))) {
    if (drawnSmallerThan((side) => picture.getAttribute(side), MIN_PICTURE_SIDE)) continue;
    let box = picture.parentElement;
    for (let i = 0; box && box !== body && i < LOOSE_CAPTION_LEVELS && !textOf(box); i++) box = box.parentElement;
    if (box && box !== body && !boxes.has(box) && textOf(box) && isCaption(box)) boxes.add(box);
  }
  return [...boxes];
}

/**
 * Whether the page still uses a name the rule knows the block by (its id or classes, or its
 * wrappers'): then the page is of the rule's own template and merely has no such block, and
 * the rule stays as narrow as the reader made it. A caption with no name of its own (a plain
 * `<p>` under its picture) was known by being a caption: where the template's figures caption
 * their pictures otherwise, those are what the reader took out.
 */
function namesStillThere(doc: Document, s: BlockSelector): boolean {
  if (!s.id && !s.classes.length) return false;
  const names = [s.id ? `#${s.id}` : '', ...s.classes.map((c) => `.${c}`), ...s.path.flatMap(namesOf)];
  return names.some((name) =>
    name.startsWith('#') ? doc.getElementById(name.slice(1)) : doc.getElementsByClassName(name.slice(1)).length,
  );
}

/**
 * The blocks a remove rule takes from this page: those its structure finds (`findBlocks`), else,
 * for a caption, the captions of the page's pictures on the headline's same side: its
 * `<figcaption>`s where none of the rule's names are left (a redesign), or, on a page with no
 * `<figcaption>` at all, its picture boxes. The body then loses what it loses on the rule's own
 * template: the block that shows the caption's text (with its picture, where the body shows them
 * as one block, as fix mode's reader removed them). Restores never widen so: bringing back every
 * caption is not what a reader who brought back one asked for.
 */
export function blocksToRemove(doc: Document, s: BlockSelector, headline: Element | null): Element[] {
  // A rule made for a caption takes captions only: on a template whose captions are plain `<p>`s
  // beside their pictures, its selector alone would take every paragraph.
  const found = findBlocks(doc, s, headline).filter((el) => !s.caption || isCaption(el));
  if (found.length || !s.caption || !doc.body) return found;
  const figcaptions = Array.from(doc.body.getElementsByTagName('figcaption')).filter(captionsAPicture);
  // A page that captions no picture with a `<figcaption>` (an older article of the same site, or
  // a new template) writes its captions in the pictures' boxes: those are what the reader took out.
  if (figcaptions.length && namesStillThere(doc, s)) return found;
  const captions = figcaptions.length ? figcaptions : pictureBoxes(doc.body);
  return captions.filter(
    (c) =>
      !captions.some((outer) => outer !== c && outer.contains(c)) &&
      !(s.side && headline && sideOf(c, headline) !== s.side),
  );
}
