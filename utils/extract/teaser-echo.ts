import { key } from './text';

/**
 * Whether the page's own summary repeats a text: the strongest sign that a paragraph set apart
 * near the headline is the standfirst and not the body's opening.
 */

export interface Description {
  /** The description as a comparison `key`. */
  key: string;
  /** Cut off with "…": an excerpt the CMS took from the body's start, which repeats any opening paragraph. */
  cut: boolean;
}

/** Every distinct description the page declares (CMSs often write og: and name= differently). */
export function descriptionsOf(doc: Document, primary: string): Description[] {
  const all = [primary];
  // One plain tag query and a test in JS: case-insensitive attribute selectors are slow in jsdom.
  for (const m of Array.from(doc.head?.querySelectorAll('meta') ?? [])) {
    const name = m.getAttribute('name')?.toLowerCase();
    if (
      name === 'description' ||
      name === 'twitter:description' ||
      m.getAttribute('property')?.toLowerCase() === 'og:description'
    ) {
      all.push(m.getAttribute('content') ?? m.getAttribute('value') ?? '');
    }
  }
  const seen = new Map<string, Description>();
  for (const raw of all) {
    const k = key(raw);
    if (k.length >= 10 && !seen.has(k)) seen.set(k, { key: k, cut: /(?:\.\.\.|…)\s*$/.test(raw) });
  }
  return [...seen.values()];
}

/** Token F1 at which a text and a description say the same thing despite edits (a dropped drop-cap letter, a credit appended). */
const SAME = 0.8;
/** Words a truncated description ("… mehr als...") must still share with the text's start. */
const PREFIX_WORDS = 8;

/**
 * Whether one of `descriptions` repeats `text`. A cut-off one counts only with `cutToo`, where
 * the markup already sets the text apart (a bold lead, a dek class).
 */
export function echoes(text: string, descriptions: readonly Description[], cutToo = true): boolean {
  const t = key(text);
  if (!t) return false;
  return descriptions.some(
    (d) => (cutToo || !d.cut) && (d.key === t || truncatedOf(d.key, t) || tokenF1(d.key, t) >= SAME),
  );
}

/**
 * Whether a description repeats `text` whole, up to small edits: not cut off with "…" and not
 * merely its first words, which is how a CMS writes an excerpt of any opening paragraph.
 */
export function echoesWhole(text: string, descriptions: readonly Description[]): boolean {
  const t = key(text);
  return Boolean(t) && descriptions.some((d) => !d.cut && (d.key === t || tokenF1(d.key, t) >= SAME));
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
