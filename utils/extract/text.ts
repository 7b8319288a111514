/** Small text helpers shared by the phases. */

const SOFT_HYPHEN = /\u00ad/g;

/** Collapses whitespace, drops soft hyphens and zero-width characters. */
export function clean(s: string | null | undefined): string {
  return (s ?? '')
    .replace(SOFT_HYPHEN, '')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
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

/** Words of a text; CJK and Thai count per character, since they put no spaces between words. */
export function countWords(text: string): { words: number; cjkChars: number } {
  const cjk =
    text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu)?.length ?? 0;
  const rest = text.replace(
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu,
    ' ',
  );
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { words, cjkChars: cjk };
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
