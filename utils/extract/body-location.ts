import { elementsByTag } from './dom';
import { countWords, keyUpTo } from './text';

/*
 * Where the body stands in the page. Readability works on a clone and returns markup; the phases
 * that read the page around the body (teaser, byline zone, page date) need the page's own
 * elements, so Readability's paragraphs are found again in the page by their text.
 */

export interface BodyStart {
  /** The element holding most of the body's paragraphs in the page. */
  bodyParent: Element | null;
  /** The page's first paragraph of that body. */
  firstBody: Element | null;
  /** The page's paragraphs Readability kept, in document order. */
  paragraphs: Element[];
  /** On a page that has none of them as `<p>` (its paragraphs are runs of text between `<br>`s), the box holding the runs. */
  runs?: Element;
}

const PARAGRAPH = new Set(['p']);

/** Finds in the page the paragraphs Readability kept (given as `key`s), to know where the body starts. */
export function locateBody(doc: Document, paragraphKeys: string[]): BodyStart {
  // Long enough to be unique in the page; CJK says as much in fewer characters.
  const bodyKeys = new Set(paragraphKeys.filter((k) => k.length > 60 || countWords(k).cjkChars >= 25));
  // Keyed only as far as the longest body key: a page's paragraph can be the length of a book.
  const longest = Math.max(0, ...Array.from(bodyKeys, (k) => k.length));
  const bodyPs = elementsByTag(doc, PARAGRAPH).filter((p) => {
    const { text, whole } = keyUpTo(p.textContent, longest);
    return whole && bodyKeys.has(text);
  });
  if (!bodyPs.length && bodyKeys.size) {
    const runs = runsBox(doc, bodyKeys);
    return { bodyParent: null, firstBody: null, paragraphs: [], ...(runs ? { runs } : {}) };
  }
  const { container, level } = bodyContainer(bodyPs);
  return {
    bodyParent: container,
    firstBody: bodyPs.find((p) => ancestorAt(p, level) === container) ?? null,
    paragraphs: bodyPs,
  };
}

/** Characters of a paragraph's key that find it again as a run of text in the page. */
const RUN_START = 40;

/**
 * Old blogs and forums set their paragraphs as runs of text between `<br><br>` in one box, which
 * Readability turns into `<p>`s of its own: the page has no paragraph to find. The box holding
 * most of the runs that Readability's paragraphs start with is where the body stands. One run is
 * enough (a forum post whose only long paragraph is bare text): the box serves the page date as
 * its anchor, and a standfirst's box would be as near the date line.
 */
function runsBox(doc: Document, bodyKeys: Set<string>): Element | null {
  const starts = new Set(Array.from(bodyKeys, (k) => k.slice(0, RUN_START)));
  const holders: Element[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc, 4 /* SHOW_TEXT */);
  for (let run = walker.nextNode(); run; run = walker.nextNode()) {
    if ((run.nodeValue ?? '').length < RUN_START || !run.parentElement) continue;
    const start = keyUpTo(run.nodeValue, RUN_START).text.slice(0, RUN_START);
    if (start.length === RUN_START && starts.has(start)) holders.push(run.parentElement);
  }
  const [box] = mostCommon(holders);
  return box;
}

/** Levels above a paragraph searched for the body's container when each paragraph has a wrapper of its own. */
const MAX_WRAPPER_LEVELS = 3;

/**
 * The element holding most of the body's paragraphs. A CMS that sets every paragraph in a block
 * of its own (`<div class="textblock"><p>`) gives each a parent of its own: the container is then
 * the nearest level up that holds two or more, so a standfirst wrapped alike above the body is
 * not taken for the body's first paragraph.
 */
function bodyContainer(ps: Element[]): { container: Element | null; level: number } {
  let commonParent: Element | null = null;
  for (let level = 1; level <= MAX_WRAPPER_LEVELS; level++) {
    const [container, count] = mostCommon(ps.map((p) => ancestorAt(p, level)));
    if (count >= 2 || ps.length < 2) return { container, level };
    if (level === 1) commonParent = container;
  }
  // No level gathers two: the most common parent, as before wrappers were looked through.
  return { container: commonParent, level: 1 };
}

function ancestorAt(el: Element, level: number): Element | null {
  let up: Element | null = el;
  for (let i = 0; i < level && up; i++) up = up.parentElement;
  return up;
}

function mostCommon<T>(items: T[]): [T | null, number] {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [i, c] of counts) if (c > n) [best, n] = [i, c];
  return [best, n];
}
