import { allElements, elementsWhere } from './dom';
import { clean, wordCount } from './text';
import { FIELD_LABEL_MARK, labelsAField } from './field-labels';
import { NO_TRACE, type Recorder } from './trace';

/**
 * Pages label their controls and pictures for screen readers with text a style sheet moves off
 * screen: "Photo" above a picture, "(opens in a new tab)" after a link, "Continue reading the main
 * story", "Advertisement". The core sees no style sheet, so Readability kept these labels and the
 * reader printed them inside the article's sentences. Such text is named by the class conventions
 * that frameworks and CMSs ship (`sr-only`, `visually-hidden`, `screen-reader-text`,
 * `element-invisible`, `show-for-sr`), never by its words.
 */
const SCREEN_READER_ONLY =
  /(?:^|\s)(?:[\w-]*[-_])?(?:sr-only|visually-?hidden|screen-?reader-(?:text|only)|element-invisible|show-for-sr|assistive-text)(?:[-_][\w-]*)?(?=\s|$)/i;
/**
 * The same technique written inline (`clip: rect(0 0 0 0)` or `clip-path: inset(50%)` on a box of
 * one pixel), as sites built from style-in-JS components print it: no class names it.
 */
const CLIPPED =
  /(?:^|;)\s*(?:clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)|clip-path\s*:\s*inset\(\s*50%\s*\))/i;
const ONE_PIXEL = /(?:^|;)\s*(?:width|height)\s*:\s*1px\s*(?:;|$)/i;

/** Whether an inline style hides its element from sight only (see `CLIPPED`); Readability's copy keeps such a style. */
export function hidesFromSightOnly(style: string): boolean {
  return CLIPPED.test(style) && ONE_PIXEL.test(style);
}

/** Utility frameworks undo the convention per screen size (`sr-only md:not-sr-only`): most readers see the element. */
const SHOWN_AGAIN = /(?:^|[\s:])not-sr-only(?=\s|$)/i;
/**
 * A label runs to a few words. Longer hidden text describes a chart or a picture to those who
 * cannot see it, and stays: in the reader it is the only account of what the picture shows.
 */
const MAX_LABEL_WORDS = 12;
/**
 * Readability strips every class from its result, so the labels are marked in its copy first. They
 * stay while Readability scores the page and while the page's paragraphs are found again by their
 * text (body-location.ts), which holds the labels too; the body's cleanup takes them out.
 */
const LABEL_MARK = 'data-lede-screen-reader';

/**
 * Marks, in the copy Readability reads, the labels no reader reads in the article: those meant for
 * screen readers only, skip links, and the labels of form fields (field-labels.ts). One walk for
 * all, as every walk of the copy costs its size.
 */
export function markLabelsNotRead(clone: Document): void {
  if (!clone.documentElement) return;
  // A skip link marks its landing further on, which the walk then passes.
  for (const el of allElements(clone.documentElement)) {
    if (isLabel(el)) el.setAttribute(LABEL_MARK, '');
    else if (el.localName === 'a') markSkipLink(el, clone);
    else if (el.localName === 'label' && labelsAField(el, clone)) el.setAttribute(FIELD_LABEL_MARK, '');
  }
}

/**
 * A skip link lets a keyboard jump past a box set in the article (a newsletter sign-up, an
 * advertisement): "skip past newsletter promotion", then "after newsletter promotion" where it
 * lands. Both are styled out of sight until focused, so the reader printed them around the box.
 * Known by shape: a link to an element that follows it, among its own siblings, past at least one
 * other; the landing goes too when it is a label (a few words, nothing inside). A link to a
 * footnote or a section lands elsewhere in the page, never among its own siblings.
 */
function markSkipLink(link: Element, doc: Document): void {
  const id = link.getAttribute('href')?.match(/^#(.+)$/)?.[1];
  if (!id || !fewWords(link)) return;
  // By id, not by walking the siblings: a list of a thousand in-page links would cost a thousand squared.
  const landing = doc.getElementById(id);
  if (!landing || landing.parentElement !== link.parentElement || landing === link.nextElementSibling) return;
  if (!(link.compareDocumentPosition(landing) & 4 /* DOCUMENT_POSITION_FOLLOWING */)) return;
  link.setAttribute(LABEL_MARK, '');
  if (!landing.firstElementChild && fewWords(landing)) landing.setAttribute(LABEL_MARK, '');
}

/**
 * Takes the labels no reader reads out of a body: those marked before Readability, and the
 * screen-reader labels in paragraphs the body took from the page afterwards (continuation), which
 * keep their classes.
 */
export function dropLabelsNotRead(root: Element, rec: Recorder = NO_TRACE): void {
  const marked = (el: Element) => el.hasAttribute(LABEL_MARK) || el.hasAttribute(FIELD_LABEL_MARK) || isLabel(el);
  for (const label of elementsWhere(root, marked)) {
    if (!root.contains(label)) continue;
    if (label.hasAttribute(FIELD_LABEL_MARK)) rec.removed('form labels', 'the label of a form field', label);
    else rec.removed('screen reader labels', 'text given to screen readers only', label);
    label.remove();
  }
}

function isLabel(el: Element): boolean {
  const names = el.getAttribute('class');
  const style = el.getAttribute('style');
  const named = names !== null && SCREEN_READER_ONLY.test(names) && !SHOWN_AGAIN.test(names);
  return (named || (style !== null && hidesFromSightOnly(style))) && fewWords(el);
}

function fewWords(el: Element): boolean {
  return wordCount(clean(el.textContent)) <= MAX_LABEL_WORDS;
}
