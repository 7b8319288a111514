import {
  CALL_TO_ACTION,
  CALL_TO_ACTION_LINK,
  DISMISS,
  MORE_STORIES,
  PAGE_NOTICE,
  SHARE_ACTION,
  SHARE_ITEM,
} from './patterns';
import { elementsByTag, elementsWhere, isNavigation, linkShare, LINKS } from './dom';
import { clean, key, PROSE_WORDS, wordCount } from './text';
import { NO_TRACE, type Recorder } from './trace';

/**
 * What publishers put inside the container Readability keeps: navigation, subscribe and
 * donation boxes, newsletter and follow calls, "Read more" links, teaser cards after the story.
 * A short call to act goes wherever it stands; everything else is cut at the tail only, where
 * the run of the article's prose has ended, so a promo placed mid-article never costs the
 * paragraphs after it.
 */

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'DL',
  'DT',
  'DD',
]);
/** Tag sets for `elementsByTag`: a walk, where a jsdom selector costs a fixed time per call (one per block here). */
const LISTS = new Set(['ul', 'ol']);
/** A call to act is a line or two; a longer block starting the same way is prose. */
const MAX_CALL_WORDS = 40;
/** A prompt's close button is a few words ("Nein danke. Weiter in dieser Ansicht"). */
const MAX_DISMISS_WORDS = 8;
/** A label over links ("Mehr zum Thema") is a few words. */
const MAX_LABEL_WORDS = 6;
/** Share of a block's text inside links above which it points elsewhere. */
const LINKED = 0.6;
/** The tail starts once this share of the body's prose lies above. */
const TAIL_START = 0.5;
/**
 * How much prose, relative to the prose kept, a cut may take with it: a call to act is sure
 * enough to take an author's bio or a caption along; a "Read more" label takes nothing that reads
 * like the article (a live blog puts such labels between its posts).
 */
const CALL_CUT = 0.15;
const LABEL_CUT = 0;

interface Block {
  el: Element;
  words: number;
  /** Characters of prose: 0 for a short line, a link list or boilerplate. */
  prose: number;
  /** A short call to act, boilerplate wherever it stands. */
  call: boolean;
  /** The close button of a prompt laid over the page, which ends the prompt's box. */
  dismiss: boolean;
  /** A "Read more: <other story>" line, boilerplate wherever it stands. */
  moreLink: boolean;
  /** Where boilerplate starts when it follows the article's prose: the prose share a cut may take, or -1. */
  cut: number;
}

/**
 * Removes navigation, calls to act (with the box they head) and "Read more" links, then cuts the
 * tail. `otherHeadlines`: the page's `<h1>`s other than the article's headline; one of them in
 * the body's tail starts the next story of an endless-scroll page.
 */
export function trimBoilerplate(root: Element, otherHeadlines: ReadonlySet<string>, rec: Recorder = NO_TRACE): void {
  for (const nav of elementsWhere(root, (el) => isNavigation(el.localName, el.getAttribute('role')))) {
    rec.removed('boilerplate', 'navigation', nav);
    nav.remove();
  }
  for (const list of elementsByTag(root, LISTS)) {
    if (!root.contains(list) || !isShareBar(list)) continue;
    rec.removed('boilerplate', 'a share bar', list);
    list.remove();
  }
  const blocks = leafBlocks(root).map(describe);
  for (const b of blocks) {
    if (!root.contains(b.el)) continue;
    if (b.call) {
      const box = promoBox(root, b, blocks, 'first');
      rec.removed('boilerplate', 'a call to act, with the box it heads', box);
      box.remove();
    } else if (b.dismiss) {
      // A close button closes a prompt above it; a short line alone ("Not now.", an interview's
      // answer) stays.
      const box = promoBox(root, b, blocks, 'last');
      if (blocks.some((x) => x !== b && x.words > 0 && box.contains(x.el))) {
        rec.removed('boilerplate', 'a prompt ended by a close button', box);
        box.remove();
      }
    } else if (b.moreLink) {
      rec.removed('boilerplate', 'a "Read more" link to another story', b.el);
      b.el.remove();
    }
  }
  cutTail(
    root,
    blocks.filter((b) => root.contains(b.el)),
    otherHeadlines,
    rec,
  );
}

/**
 * The largest wrapper that a call to act heads, or a close button ends, and that holds no prose
 * of its own: a subscribe box with its list of perks, an app's prompt, a sign-in panel. Never a
 * wrapper that also holds article text.
 */
function promoBox(root: Element, call: Block, blocks: Block[], at: 'first' | 'last'): Element {
  let box = call.el;
  for (let up = box.parentElement; up && up !== root; up = up.parentElement) {
    const inside = blocks.filter((b) => b.words > 0 && up.contains(b.el));
    if (inside.at(at === 'first' ? 0 : -1) !== call || inside.some((b) => b.prose > 0 && b.el.tagName !== 'LI')) break;
    box = up;
  }
  return box;
}

function cutTail(root: Element, blocks: Block[], otherHeadlines: ReadonlySet<string>, rec: Recorder): void {
  const total = blocks.reduce((sum, b) => sum + b.prose, 0);
  let above = 0;
  for (const [i, b] of blocks.entries()) {
    if (above > 0 && /^H[1-6]$/.test(b.el.tagName) && otherHeadlines.has(key(b.el.textContent))) {
      // The next story comes in an <article> of its own (and may be longer than this one); an
      // <h1> without one heads a section of a long page.
      const story = b.el.closest('article');
      if (story && root.contains(story) && !story.contains(blocks[0]!.el)) {
        if (rec.on)
          recordFrom(
            rec,
            blocks,
            blocks.findIndex((x) => story.contains(x.el)),
            'the next story of an endless page, from its headline on',
          );
        removeFrom(root, story);
        return;
      }
    }
    if (b.cut >= 0 && above >= TAIL_START * total) {
      const below = blocks.slice(i).reduce((sum, x) => sum + (x.cut >= 0 ? 0 : x.prose), 0);
      if (below <= b.cut * above) {
        const from = labelAbove(blocks, i);
        if (rec.on)
          recordFrom(
            rec,
            blocks,
            from === b.el ? i : i - 1,
            b.call
              ? 'after a call to act at the end of the article'
              : 'after a "Read more" label at the end of the article',
          );
        removeFrom(root, from);
        return;
      }
    }
    above += b.prose;
  }
}

/** The blocks a tail cut takes, one record each, so that each can be found and restored on its own. */
function recordFrom(rec: Recorder, blocks: Block[], start: number, why: string): void {
  for (const b of blocks.slice(Math.max(0, start))) rec.removed('tail', why, b.el);
}

/** A heading or short title line right above the marker belongs to the same box. */
function labelAbove(blocks: Block[], i: number): Element {
  const prev = blocks[i - 1];
  if (
    prev &&
    !prev.prose &&
    prev.words > 0 &&
    prev.words <= MAX_LABEL_WORDS &&
    !/[.!?:]$/.test(clean(prev.el.textContent))
  )
    return prev.el;
  return blocks[i]!.el;
}

/** Removes `from` and everything after it in document order; its ancestors keep what precedes it. */
function removeFrom(root: Element, from: Element): void {
  const range = root.ownerDocument.createRange();
  range.setStartBefore(from);
  range.setEnd(root, root.childNodes.length);
  range.deleteContents();
}

function describe(el: Element): Block {
  const text = clean(el.textContent);
  const words = wordCount(text);
  const links = elementsByTag(el, LINKS).map((a) => clean(a.textContent));
  const linked = linkShare(text, links);
  const call = (words <= MAX_CALL_WORDS && CALL_TO_ACTION.test(text)) || PAGE_NOTICE.test(text);
  const label = MORE_STORIES.test(text);
  const moreLink = label && linked >= LINKED;
  const cut =
    call || links.some((t) => CALL_TO_ACTION_LINK.test(t))
      ? CALL_CUT
      : moreLink || (label && words <= MAX_LABEL_WORDS)
        ? LABEL_CUT
        : -1;
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
  const prose = cut < 0 && linked < 0.5 && (words >= PROSE_WORDS || (cjk && text.length >= 40));
  const dismiss = !call && words <= MAX_DISMISS_WORDS && DISMISS.test(text);
  return { el, words, prose: prose ? text.length : 0, call, dismiss, moreLink, cut };
}

/**
 * A share toolbar: a list of at least three buttons naming networks, mail or print, one of
 * them an action (a list of networks alone may be the story's own), and few other items (a
 * button may open a box of its own, like a form to report a typo).
 */
function isShareBar(list: Element): boolean {
  const items = Array.from(list.children).filter((li) => li.tagName === 'LI');
  const buttons = items.map((li) => clean(li.textContent)).filter((t) => SHARE_ITEM.test(t));
  return buttons.length >= 3 && buttons.length * 2 >= items.length && buttons.some((t) => SHARE_ACTION.test(t));
}

/** Block elements holding no other block, in document order: paragraphs, list items, headings, captions. */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): boolean => {
    let hasBlock = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (visit(c)) hasBlock = true;
    const block = BLOCKS.has(el.tagName);
    if (block && !hasBlock) out.push(el);
    return block || hasBlock;
  };
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) visit(c);
  return out;
}
