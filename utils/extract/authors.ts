import type { Metadata } from './metadata';
import { clean, key } from './text';
import { allElements, inChrome } from './dom';
import { AGENCIES, AUTHOR_HREF, BYLINE_OUTSIDE, AUTHOR_SPLIT, BYLINE_HINT, BYLINE_PREFIX, NOT_A_NAME, ROLE_WORDS } from './patterns';

/**
 * Every author, in byline order. Structured data first (it names people, not strings),
 * then the page's own markup from the most explicit (rel/itemprop) to the most guessed
 * (profile-page links, byline-ish class names). Prefers no author to a wrong one, and a
 * person to the publisher: the organisation named as author is the last resort.
 */
export function findAuthors(doc: Document, meta: Metadata, siteName: string): string[] {
  const fromMeta = names(meta.authors, siteName, true);
  if (fromMeta.length) return fromMeta;
  const people = fromPage(doc, siteName);
  return people.length ? people : names([...meta.organisations, ...meta.authors], '', true).slice(0, 3);
}

function fromPage(doc: Document, siteName: string): string[] {
  const usable = (el: Element): boolean => !inChrome(el, BYLINE_OUTSIDE);
  // One pass with JS tests: attribute selectors cost a full scan each in jsdom.
  const explicit: Element[] = [];
  const boxes: Element[] = [];
  for (const el of doc.body ? allElements(doc.body) : []) {
    if (/(^|\s)author(\s|$)/i.test(`${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`)) explicit.push(el);
    else if (BYLINE_HINT.test(`${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-testid') ?? ''}`)) boxes.push(el);
  }
  const explicitNames = names(firstByline(explicit.filter(usable)).map(explicitText), siteName, false);
  if (explicitNames.length) return explicitNames;

  const links = Array.from(doc.querySelectorAll('a')).filter((a) => AUTHOR_HREF.test(a.getAttribute('href') ?? '') && usable(a));
  const linkNames = names(firstByline(links).map((a) => a.textContent ?? ''), siteName, false);
  if (linkNames.length) return linkNames;

  // A byline box usually wraps the names; its innermost match holds the least noise.
  const small = boxes.filter((el) => !NOT_TEXT.has(el.tagName) && clean(el.textContent).length <= 120 && usable(el));
  const innermost = small.filter((el) => !small.some((other) => other !== el && el.contains(other)));
  return names(innermost.map((el) => el.textContent ?? ''), siteName, false).slice(0, 8);
}

/** Levels climbed, and text length allowed, from the first author mark to the box around its byline. */
const BYLINE_BOX_DEPTH = 4;
const BYLINE_BOX_CHARS = 300;

/**
 * The marks inside the first byline box only: the article's byline comes first, and the
 * author links further down belong to "more stories" lists and teaser cards of other articles.
 */
function firstByline(marks: Element[]): Element[] {
  const first = marks[0];
  if (!first) return [];
  let box = first;
  for (let n = first.parentElement, i = 0; n && i < BYLINE_BOX_DEPTH && clean(n.textContent).length <= BYLINE_BOX_CHARS; n = n.parentElement, i++) box = n;
  return marks.filter((m) => box.contains(m));
}

const NOT_TEXT = new Set(['INPUT', 'TEXTAREA', 'LABEL', 'IMG', 'META', 'LINK', 'SCRIPT', 'STYLE', 'BUTTON', 'SELECT']);

function explicitText(el: Element): string {
  const name = el.querySelector('[itemprop~="name"]');
  return name?.getAttribute('content') ?? name?.textContent ?? el.getAttribute('content') ?? el.textContent ?? '';
}

/** Cleaned, split, de-duplicated names from raw byline strings. */
export function names(raw: string[], siteName: string, trusted: boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const byline of raw) {
    for (const name of splitByline(byline, trusted)) {
      const k = key(name);
      if (!k || seen.has(k) || (siteName && k === key(siteName))) continue;
      seen.add(k);
      out.push(name);
    }
  }
  return out;
}

/** `Von Hannah Janz und Max Muster, Korrespondentin | 21.03.2017` → the two names. */
export function splitByline(byline: string, trusted: boolean): string[] {
  const text = clean(byline)
    .replace(/\S+@\S+\.\w+/g, ' ')
    .replace(/(https?:\/\/|www\.)\S+/gi, ' ');
  // A `|`, `·` or `•` separates the byline from dates and roles; each side is judged on its own.
  const segments = text.split(/\s*[|·•\n]\s*|\s+[–—-]\s+/);
  const pieces = segments.flatMap(splitNames).map((p) => clean(stripPrefix(p).replace(/[()[\]]/g, ' ')));
  const people = pieces.filter((p) => isName(p, trusted) && !AGENCIES.test(p));
  if (people.length) return people;
  // An agency alone is the byline ("dpa"); glued to a name it is noise.
  return pieces.filter((p) => AGENCIES.test(p));
}

/**
 * `A and B` → two names; but an ampersand leaving a lone word joins an organisation's name
 * (`Mac & i`, `Johnson & Johnson`), which stays whole.
 */
function splitNames(segment: string): string[] {
  const whole = stripPrefix(segment);
  const parts = whole.split(AUTHOR_SPLIT).map(clean).filter(Boolean);
  const lone = parts.some((p) => !p.includes(' ') && !AGENCIES.test(p));
  return lone && /[&+]/.test(whole) && parts.length > 1 && whole.split(' ').length <= 4 ? [whole] : parts;
}

function stripPrefix(s: string): string {
  let prev = '';
  // `ByJane Doe`, `Byby JANE DOE`: a label glued to the name by the page's markup.
  let out = clean(s).replace(/^[Bb]y(?=[Bb]y\s|\p{Lu})/u, '');
  while (out !== prev) {
    prev = out;
    out = out.replace(BYLINE_PREFIX, '').trim();
  }
  return out;
}

const PARTICLE = /^(?:von|van|der|den|de|del|della|di|da|du|dos|das|la|le|al|el|bin|ibn|zu|ten|ter|y|e|'t|d')$/i;

function isName(s: string, trusted: boolean): boolean {
  if (!s || s.length > 60 || /\d/.test(s) || /[@:=<>{}]/.test(s)) return false;
  if (NOT_A_NAME.test(s) || ROLE_WORDS.test(s)) return false;
  const words = s.split(' ');
  if (words.length > 5) return false;
  if (trusted) return /\p{L}/u.test(s);
  // Found in the page's markup: only a name-shaped string (capitalised words, particles allowed).
  return words.every((w) => PARTICLE.test(w) || /^[\p{Lu}\p{Lt}][\p{L}'’.-]*$/u.test(w)) && words.filter((w) => !PARTICLE.test(w)).length >= 2;
}
