import { describeElement } from '../extract/trace-element';
import { clean, key } from '../extract/text';
import type { BlockSelector } from './rules';
import { isPictureBlock, PICTURE, pictureNames, picturesNamed } from './picture';
import { isNamed, stableClasses, stableId, stableLabel } from './stable';
import type { ElementDescription } from '../article';

/** Characters of a block's own text kept in a selector that has nothing else to go on. */
const TEXT_KEY = 60;
/** A block's text this short (and with a word in it) reads as a label that recurs, not as the article's own words. */
const LABEL_KEY = 60;
const WORD = /\p{L}{3}/u;

/**
 * The element a page shows as its headline: the first heading whose text is the article's
 * title, else the first `<h1>`. Rules are made and matched against the same one, so "before the
 * headline" means the same thing on both pages.
 */
export function headlineElement(doc: Document, title: string): Element | null {
  const want = key(title);
  const headings = Array.from(doc.querySelectorAll('h1, h2'));
  return (want && headings.find((h) => key(h.textContent) === want)) || doc.querySelector('h1');
}

/** The selector that finds `el`, and the same block on the site's other articles. */
export function selectorFor(el: Element, headline: Element | null): BlockSelector {
  const d = describeElement(el);
  const id = stableId(d.id);
  const classes = [...new Set(stableClasses(d.classes))];
  const landmark = d.landmark ? stableLabel(d.landmark) : undefined;
  const path = d.path.map(stableLabel);
  const side = sideOf(el, headline);
  const named = Boolean(id || classes.length || d.role || path.some(isNamed) || (landmark && isNamed(landmark)));
  return {
    tag: d.tag,
    ...(id ? { id } : {}),
    classes,
    ...(d.role ? { role: d.role } : {}),
    ...(landmark ? { landmark } : {}),
    path,
    ...(side ? { side } : {}),
    // Nothing but its tag and plain wrappers to go on: its text is the only way to tell it apart.
    ...(named ? recurringText(el) : ownText(el)),
    // A picture with no names of its own is told apart by its picture, not only by its wrappers:
    // no text guard would stop a rule that takes every picture of the article.
    ...(!id && !classes.length && !d.role ? pictureOf(el) : {}),
    ...(isCaption(el) ? { caption: true } : {}),
  };
}

/** Text this short beside a picture, in one block, is its caption (and credit), not the article's words. */
const CAPTION_CHARS = 300;

/**
 * A picture's caption, a part of one, or a figure with one: text that stands in a `<figure>`, or
 * a box that holds a picture and no more text than a caption (a template's `div.picBox`).
 */
export function isCaption(el: Element): boolean {
  if (el.closest('figcaption')) return true;
  const text = clean(el.textContent);
  if (!text) return false;
  if (el.closest('figure')) return true;
  return text.length <= CAPTION_CHARS && el.querySelector(PICTURE) !== null && !teaserCard(el, text) && !control(el);
}

/** A player or a form shows icons beside its few words: its words are controls, not a caption. */
function control(el: Element): boolean {
  return el.querySelector('audio, button, input, select, textarea') !== null;
}

/**
 * A teaser card, or a menu's "Current issue" cover, is a link or a titled box with a picture; a
 * caption is neither.
 */
function teaserCard(el: Element, text: string): boolean {
  const inLinks = Array.from(el.getElementsByTagName('a')).reduce((n, a) => n + clean(a.textContent).length, 0);
  return inLinks * 2 >= text.length || el.closest('a') !== null || el.querySelector('h1, h2, h3, h4, h5, h6') !== null;
}

function ownText(el: Element): { text?: string } {
  const text = key(el.textContent).slice(0, TEXT_KEY);
  return text ? { text } : {};
}

function pictureOf(el: Element): { picture?: string } {
  const [picture] = isPictureBlock(el) ? pictureNames(el) : [];
  return picture ? { picture } : {};
}

/** A named block's short label text, kept as the fallback `findBlocks` tries when its names are gone. */
function recurringText(el: Element): { recurring?: string } {
  const text = key(el.textContent);
  return text.length <= LABEL_KEY && WORD.test(text) ? { recurring: text } : {};
}

/**
 * The page's elements that the selector describes, outermost only, in document order; when none,
 * the element with the selector's recurring label text on the headline's side (a template generation that
 * renamed the label's wrappers).
 */
export function findBlocks(doc: Document, selector: BlockSelector, headline: Element | null): Element[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const found: Element[] = [];
  for (const el of Array.from(root.getElementsByTagName(selector.tag))) {
    if (found.some((outer) => outer.contains(el))) continue;
    if (matches(el, selector, headline)) found.push(el);
  }
  if (found.length || !selector.recurring) return found;
  const labelled = recurringLabel(doc, selector.recurring);
  const sideOk = labelled && !(selector.side && headline && sideOf(labelled, headline) !== selector.side);
  return labelled && sideOk ? [labelled] : [];
}

/** Characters a recurring label may have gained on another article: a link's hidden "opens new tab". */
const LABEL_SUFFIX = 20;

/** The element that shows the label, also where the site added a few words after it. */
function recurringLabel(doc: Document, label: string): Element | null {
  return elementWithText(doc, label, false, LABEL_SUFFIX);
}

function matches(el: Element, s: BlockSelector, headline: Element | null): boolean {
  if (s.side && headline && sideOf(el, headline) !== s.side) return false;
  if (s.text && !key(el.textContent).startsWith(s.text)) return false;
  if (s.picture && !pictureNames(el).has(s.picture)) return false;
  // All its classes, not the first few a description keeps.
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  return describes(s, { ...describeElement(el), classes });
}

/**
 * Whether the selector names the element the trace described (without the headline's side or
 * the text, which a description does not carry): its own names all there, and its surroundings
 * agreeing. A block with names of its own is found by them, and by any one name of its
 * surroundings recurring (a site's templates move wrappers and regroup their classes between
 * articles); a plain one needs all its surroundings as they were.
 */
export function describes(s: BlockSelector, d: ElementDescription): boolean {
  if (d.tag !== s.tag) return false;
  if (s.id && d.id !== s.id) return false;
  if (s.role && d.role !== s.role) return false;
  const own = new Set(d.classes);
  if (!s.classes.every((c) => own.has(c))) return false;
  const landmark = d.landmark ? stableLabel(d.landmark) : undefined;
  const path = d.path.map(stableLabel);
  if (s.id || s.classes.length || s.role) {
    if (landmark === s.landmark || (!s.path.length && !path.length)) return true;
    const theirs = new Set([landmark ?? '', ...path].flatMap(namesOf));
    return [s.landmark ?? '', ...s.path].flatMap(namesOf).some((n) => theirs.has(n));
  }
  return landmark === s.landmark && s.path.every((label, i) => path[i] === label);
}

/** A field candidate's element, as a pick rule keeps it: so that the pick finds the same element, not just the same kind of source. */
export function selectorOfDescription(d: ElementDescription): BlockSelector {
  const id = stableId(d.id);
  return {
    tag: d.tag,
    ...(id ? { id } : {}),
    classes: [...new Set(stableClasses(d.classes))],
    ...(d.role ? { role: d.role } : {}),
    ...(d.landmark ? { landmark: stableLabel(d.landmark) } : {}),
    path: d.path.map(stableLabel),
  };
}

/** `div#main.box.wide` → `#main`, `.box`, `.wide`: the names in a wrapper's label. */
export function namesOf(label: string): string[] {
  return label.match(/[#.][^#.[\]]+/g) ?? [];
}

export function sideOf(el: Element, headline: Element | null): BlockSelector['side'] {
  if (!headline || headline === el || el.contains(headline) || headline.contains(el)) return undefined;
  return headline.compareDocumentPosition(el) & 4 /* FOLLOWING */ ? 'after-headline' : 'before-headline';
}

const INLINE = new Set([
  'A',
  'SPAN',
  'EM',
  'STRONG',
  'B',
  'I',
  'U',
  'SMALL',
  'FONT',
  'MARK',
  'CITE',
  'Q',
  'SUB',
  'SUP',
]);

/** Wrappers a block is never widened to: they hold the article, not a box in it. */
const STOP = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);

/**
 * The page's block whose text is `text` (a block the reader pointed at, of which the reader
 * shows only the body's copy; a text ending in "…" is the start of one): the innermost element
 * with that text that is not inline markup inside a block, or null. `widen`: the outermost box
 * around it that holds nothing else (a block to remove), rather than the nearest (one to bring back,
 * whose box may hold pictures the reader did not ask for). `slack`: characters the element's text
 * may run on past `text`.
 */
export function elementWithText(doc: Document, text: string, widen = false, slack = 0): Element | null {
  const partial = text.trimEnd().endsWith('…');
  const want = key(partial ? text.trimEnd().slice(0, -1) : text);
  if (!want || !doc.body) return null;
  const same = (el: Element): boolean => {
    const k = key(el.textContent);
    return partial ? k.startsWith(want) : k === want || (k.length <= want.length + slack && k.startsWith(want));
  };
  let best: Element | null = null;
  for (const el of Array.from(doc.body.getElementsByTagName('*'))) {
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') continue;
    if (best && !best.contains(el)) break;
    // Descendants come after their ancestors: a later hit inside the last one is nearer the text.
    if (same(el) && (!best || !INLINE.has(el.tagName))) best = el;
  }
  // The box around it, when it holds nothing else: its names are the ones a site keeps.
  while (widen && best?.parentElement && !STOP.has(best.parentElement.tagName) && same(best.parentElement))
    best = best.parentElement;
  // A phrase of running text (a link the extraction split from its paragraph) is no block a reader
  // can remove: a rule for it would take words out of the site's paragraphs. Inline parts that stand
  // alone (a caption's text beside its credit) are blocks the reader sees, and rules for them carry.
  if (best && INLINE.has(best.tagName) && amidRunningText(best)) return null;
  return best;
}

/** Whether words of the parent's own text stand beside the element. */
function amidRunningText(el: Element): boolean {
  for (const node of Array.from(el.parentElement?.childNodes ?? []))
    if (node.nodeType === 3 /* TEXT_NODE */ && /[\p{L}\p{N}]/u.test(node.textContent ?? '')) return true;
  return false;
}

/** The box of the page's picture with this name (`pictureName`, as the reader's body names it), or null. */
export function elementWithPicture(doc: Document, name: string): Element | null {
  return doc.body ? (picturesNamed(doc.body, name)[0] ?? null) : null;
}

/** A person's name for a block: its heading, else the start of its text, else its picture's description or name. */
export function labelOf(el: Element): string {
  if (isPictureBlock(el)) {
    const img = el.localName === 'img' ? el : el.querySelector('img');
    return clean(img?.getAttribute('alt')).slice(0, 60) || ([...pictureNames(el)][0] ?? '');
  }
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6, strong');
  const text = clean(heading?.textContent) || clean(el.textContent);
  return text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text;
}
