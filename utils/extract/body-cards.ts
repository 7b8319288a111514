import { MORE_MARK } from './patterns';
import { elementsByTag, elementsWhere, holdersOf } from './dom';
import { clean, key, wordCount } from './text';
import { NO_TRACE, type Recorder } from './trace';

/**
 * Teaser cards of other stories that publishers set between the paragraphs: a link wrapping
 * a headline or a picture with its title, or a teaser sentence closed by a lone "mehr"/"more"
 * whose headline link Readability already dropped. A reader reaches them a click away; in the
 * text they read as stray sentences about something else. A paragraph with a link inside its
 * prose is never a card: the link holds only part of its text.
 */
export function dropCards(root: Element, rec: Recorder = NO_TRACE): void {
  const headed = holdersOf(root, HEADINGS);
  const pictured = holdersOf(root, PICTURES);
  for (const link of elementsWhere(root, (el) => el.localName === 'a' && el.hasAttribute('href'))) {
    if (!root.contains(link) || !isCard(link, headed, pictured)) continue;
    const box = cardBox(root, link);
    rec.removed('cards', "a link around a headline or a picture: another story's card", box);
    box.remove();
  }
  const nested = holdersOf(root, TEXT_BLOCKS);
  for (const el of elementsByTag(root, TEXT_BLOCKS)) {
    if (!root.contains(el) || !isMoreTeaser(el, nested)) continue;
    rec.removed('cards', 'a teaser sentence closed by a lone "more"', el);
    el.remove();
  }
}

/** A card's headline and teaser together stay short. */
const MAX_CARD_WORDS = 40;
/** A teaser sentence before "more" is a sentence or two. */
const MAX_TEASER_WORDS = 60;
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const PICTURES = new Set(['img', 'picture']);
const TEXT_BLOCKS = new Set(['p', 'li', 'div']);

/** `headed`, `pictured`: the elements holding a heading, a picture (`holdersOf`). */
function isCard(link: Element, headed: ReadonlySet<Element>, pictured: ReadonlySet<Element>): boolean {
  const href = link.getAttribute('href') ?? '';
  // Another page, not an anchor on this one nor the full-size file of a picture.
  if (!/^https?:/i.test(href) || href.includes('#') || /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?]|$)/i.test(href))
    return false;
  const words = wordCount(key(link.textContent));
  if (!words || words > MAX_CARD_WORDS) return false;
  return headed.has(link) || (words >= 2 && pictured.has(link));
}

/** The wrappers around the card that hold nothing else: no other text, no other picture. */
function cardBox(root: Element, link: Element): Element {
  const text = key(link.textContent);
  const pictures = link.querySelectorAll('img').length;
  let box = link;
  for (let up = link.parentElement; up && up !== root; up = up.parentElement) {
    if (key(up.textContent) !== text || up.querySelectorAll('img').length !== pictures) break;
    box = up;
  }
  return box;
}

/**
 * "Teaser sentence. <span>mehr</span>": the marker stands in an element of its own, last,
 * right after a sentence's end. "… und vieles <em>mehr</em>." ends with its full stop and
 * "the answer is <em>more</em>" has no sentence end before the marker: both are prose.
 */
function isMoreTeaser(el: Element, nested: ReadonlySet<Element>): boolean {
  const mark = el.lastElementChild;
  if (!mark || mark.firstElementChild || nested.has(el)) return false;
  const markText = clean(mark.textContent);
  const text = clean(el.textContent);
  if (!MORE_MARK.test(markText) || !text.endsWith(markText)) return false;
  const before = text.slice(0, -markText.length).trim();
  return /[.!?…"“”»]$/.test(before) && before.split(' ').length <= MAX_TEASER_WORDS;
}
