/**
 * Publisher folds. Rules written while looking at a page score well on that page and say little
 * about the next site a user opens, so every open set is split by publisher into two fixed halves:
 * **study** (read its failures, write rules from them) and **check** (read only its figures). A
 * publisher's pages all fall in one half, so a rule fitted to one site cannot lift both.
 */
export const HALVES = ['study', 'check'] as const;
export type Half = (typeof HALVES)[number];

/** FNV-1a, 32 bit: stable across runs, machines and Node versions, unlike any built-in hash. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of new TextEncoder().encode(text)) {
    hash ^= char;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The half a publisher's pages belong to, decided by the publisher's name alone. */
export function halfOf(publisher: string): Half {
  return fnv1a(publisher.toLowerCase()) % 2 === 0 ? 'study' : 'check';
}

/** A URL's host without `www.`: the publisher of a page where the set gives no other name. */
export function hostPublisher(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Placeholder hosts (example.com, localhost) stand for many unrelated hand-made pages in the
 * defuddle set; each such page is its own publisher, so they do not all land in one half.
 */
export function isPlaceholderHost(host: string): boolean {
  return /(?:^|\.)example(?:\.[a-z]+)?$|^localhost$|^fakehost$/.test(host);
}
