import { key } from './text';

/**
 * Whether the page's own summary repeats a text: the strongest sign that a paragraph set apart
 * near the headline is the standfirst and not the body's opening.
 */

const DESCRIPTION_METAS = 'meta[name="description" i], meta[property="og:description" i], meta[name="twitter:description" i]';

/** Every distinct description the page declares (CMSs often write og: and name= differently). */
export function descriptionsOf(doc: Document, primary: string): string[] {
  const all = [primary];
  for (const m of Array.from(doc.head?.querySelectorAll(DESCRIPTION_METAS) ?? [])) all.push(m.getAttribute('content') ?? m.getAttribute('value') ?? '');
  return [...new Set(all.map(key).filter((d) => d.length >= 10))];
}

/** Token F1 at which a text and a description say the same thing despite edits (a dropped drop-cap letter, a credit appended). */
const SAME = 0.8;
/** Words a truncated description ("… mehr als...") must still share with the text's start. */
const PREFIX_WORDS = 8;

/** Whether one of `descriptions` (already `key`ed) repeats `text`. */
export function echoes(text: string, descriptions: readonly string[]): boolean {
  const t = key(text);
  if (!t) return false;
  return descriptions.some((d) => d === t || truncatedOf(d, t) || tokenF1(d, t) >= SAME);
}

function truncatedOf(description: string, text: string): boolean {
  const words = description.split(' ');
  if (words.length < PREFIX_WORDS) return false;
  return text.startsWith(words.slice(0, -1).join(' '));
}

function tokenF1(a: string, b: string): number {
  const counts = new Map<string, number>();
  const as = a.split(' ');
  const bs = b.split(' ');
  for (const w of as) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of bs) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return common ? (2 * common) / (as.length + bs.length) : 0;
}
