/** Small text helpers shared by the phases. */

const SOFT_HYPHEN = /\u00ad/g;

/** Collapses whitespace, drops soft hyphens and zero-width characters. */
export function clean(s: string | null | undefined): string {
  return (s ?? '').replace(SOFT_HYPHEN, '').replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
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
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE',
  'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'HR', 'BR', 'HEADER', 'FOOTER', 'ASIDE',
]);

/** Plain text with block boundaries as blank lines, so paragraphs stay apart. */
export function textOf(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const block = BLOCK.has((child as Element).tagName);
        if (block) parts.push('\n\n');
        walk(child);
        if (block) parts.push('\n\n');
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .split(/\n\n+/)
    .map((p) => clean(p))
    .filter(Boolean)
    .join('\n\n');
}

/** Words of a text; CJK and Thai count per character, since they put no spaces between words. */
export function countWords(text: string): { words: number; cjkChars: number } {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu)?.length ?? 0;
  const rest = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu, ' ');
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

