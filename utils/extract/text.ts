/** Small text helpers shared by the phases. */

const SOFT_HYPHEN = /\u00ad/g;
/** Zero-width spaces and byte-order marks: invisible, and nothing in how a word is written. */
const INVISIBLE = /[\u200b\ufeff]/g;
/** Zero-width non-joiners and joiners alone (spaced or not): no text, where in a word they shape it. */
const JOINERS_ONLY = /^(?:\u200c|\u200d| )+$/;

/**
 * Collapses whitespace, drops soft hyphens and zero-width spaces. The zero-width (non-)joiners
 * stay in words: Persian writes `کتاب‌های` with one, and an emoji family or an Indic conjunct
 * is held together by the other; dropped, the word or the emoji came apart in the reader.
 */
export function clean(s: string | null | undefined): string {
  const text = (s ?? '').replace(SOFT_HYPHEN, '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return JOINERS_ONLY.test(text) ? '' : text;
}

/**
 * Whether `clean(s)` has at most `max` characters, without cleaning all of a long `s`: asked of
 * an ancestor's text, whose copy on a 10 MB page is the whole article, cleaning it all made a
 * bounded question cost the page's size. The cleaned text of a prefix is a prefix of the cleaned
 * whole, so once a prefix is too long the whole is.
 */
export function cleanFits(s: string | null | undefined, max: number): boolean {
  const text = s ?? '';
  for (let end = Math.max(64, max * 2); ; end *= 2) {
    if (end >= text.length) return clean(text).length <= max;
    if (clean(text.slice(0, end)).length > max) return false;
  }
}

/** Characters at the end of a prefix's key that the rest of the text may still change. */
const KEY_EDGE = 32;

/**
 * `key(s)`, or, when that is surely longer than `max`, the key of a prefix longer than `max`
 * (`whole: false`), without keying all of a long `s`: enough to tell that it equals no key of
 * at most `max` characters, and to count its first words. A prefix's key is the whole's key
 * up to its last few characters (a combining mark or punctuation run cut at the edge).
 */
export function keyUpTo(s: string | null | undefined, max: number): { text: string; whole: boolean } {
  const text = s ?? '';
  for (let end = 2 * (max + KEY_EDGE); ; end *= 2) {
    if (end >= text.length) return { text: key(text), whole: true };
    const head = key(text.slice(0, end));
    if (head.length > max + KEY_EDGE) return { text: head, whole: false };
  }
}

/** A comparison key: NFKC, curly quotes straightened, case-folded, punctuation-insensitive. */
export function key(s: string | null | undefined): string {
  return clean(s)
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
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
  'HR',
  'BR',
  'HEADER',
  'FOOTER',
  'ASIDE',
]);

/**
 * Plain text with block boundaries as blank lines, so paragraphs stay apart. A loop with its own
 * stack rather than recursion: a body nested thousands of levels deep overflowed the call stack.
 */
export function textOf(root: Node): string {
  const parts: string[] = [];
  // A block's end is pushed as a marker, to be met once its children are done.
  const stack: Array<Node | typeof BLOCK_END> = [];
  for (let child = root.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      parts.push('\n\n');
      continue;
    }
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1) {
      if (BLOCK.has((node as Element).tagName)) {
        parts.push('\n\n');
        stack.push(BLOCK_END);
      }
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return parts
    .join('')
    .split(/\n\n+/)
    .map((p) => clean(p))
    .filter(Boolean)
    .join('\n\n');
}

const BLOCK_END = Symbol('block end');

/** CJK and Thai: scripts that put no spaces between words, so each character counts. */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const enum Kind {
  Unknown,
  Space,
  Spaceless,
  WordChar,
  Other,
}
/** Each code point's kind, for the Basic Multilingual Plane: read once from the patterns above. */
const KINDS = new Uint8Array(0x10000);

function kindOf(char: string): Kind {
  if (/\s/.test(char)) return Kind.Space;
  if (SPACELESS.test(char)) return Kind.Spaceless;
  return WORD_CHAR.test(char) ? Kind.WordChar : Kind.Other;
}

/**
 * Words of a text; CJK and Thai count per character, since they put no spaces between words.
 * A word is a run between white space (or spaceless characters) holding a letter or digit. One
 * pass over the characters, each one's kind looked up: splitting the text and testing each piece
 * cost a whole article's text three times over per extraction.
 */
export function countWords(text: string): { words: number; cjkChars: number } {
  let words = 0;
  let cjkChars = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let kind: Kind;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        kind = kindOf(text.slice(i, i + 2));
        i++;
      } else kind = Kind.Other;
    } else {
      kind = KINDS[code] as Kind;
      if (kind === Kind.Unknown) kind = KINDS[code] = kindOf(String.fromCharCode(code));
    }
    if (kind === Kind.Space || kind === Kind.Spaceless) {
      if (kind === Kind.Spaceless) cjkChars++;
      inWord = false;
    } else if (kind === Kind.WordChar && !inWord) {
      words++;
      inWord = true;
    }
  }
  return { words, cjkChars };
}

/** Words (by `wordCount`) from which a block is a paragraph of prose, not a label, credit or caption line. */
export const PROSE_WORDS = 12;

/**
 * Words of prose, the one count the phases' word thresholds are written in: runs with a letter or
 * digit (a lone dash or bullet is no word), and CJK or Thai characters at two a word, since a
 * paragraph in those scripts has no spaces and would otherwise count as one long word.
 */
export function wordCount(text: string): number {
  const { words, cjkChars } = countWords(text);
  return words + cjkChars / 2;
}

export function absoluteUrl(value: string | null | undefined, base: string): string | null {
  const v = clean(value);
  if (!v) return null;
  try {
    const url = new URL(v, base);
    return /^(https?|file):$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The site's host without `www.`, the name of last resort; empty for anything but a web address. */
export function hostOf(url: string): string {
  try {
    const { protocol, hostname } = new URL(url);
    return /^https?:$/.test(protocol) ? hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}
