/**
 * The eval's scoring functions. Pure: strings in, numbers out, so the unit tests pin exactly
 * what a "hit" means for each field.
 */

/** NFKC, straight quotes, no soft hyphens or zero-width characters, collapsed space, case-folded. */
export function normalize(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Word tokens as the Zyte benchmark counts them (`\w+`), plus combining marks so that
 * Devanagari or Thai words are not cut at every vowel sign. Scripts without spaces (CJK)
 * give one token per run of text; that is the benchmark's known, accepted limit.
 */
export function tokens(s: string | null | undefined): string[] {
  return normalize(s).match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Multiset token overlap. Two empty strings agree fully; one empty side scores 0. */
export function tokenF1(expected: string, got: string): number {
  const e = tokens(expected);
  const g = tokens(got);
  if (e.length === 0 && g.length === 0) return 1;
  if (e.length === 0 || g.length === 0) return 0;
  const pool = countOf(e);
  let common = 0;
  for (const t of g) {
    const n = pool.get(t) ?? 0;
    if (n > 0) {
      common++;
      pool.set(t, n - 1);
    }
  }
  return f1Of(common / g.length, common / e.length);
}

export function titleExact(expected: string, got: string | null | undefined): number {
  return normalize(expected) === normalize(got) ? 1 : 0;
}

// Byline words that introduce names rather than belong to them (en, de, fr, es/pt, nl, nb/sv/da).
const BYLINE_PREFIX = /^(?:by|von|par|por|door|av|af)\s+/i;
// "and" in the corpus languages; commas, semicolons and ampersands also separate names.
export const NAME_SEPARATOR = /\s*(?:[,;&]|\s(?:and|und|et|y|e|og|och)\s)\s*/i;

/** Author names from byline strings: "By A, B and C" → [a, b, c], normalised, duplicates dropped. */
export function splitAuthors(values: readonly string[]): string[] {
  const names = new Set<string>();
  for (const value of values) {
    for (const part of normalize(value).replace(BYLINE_PREFIX, '').split(NAME_SEPARATOR)) {
      const name = part.replace(BYLINE_PREFIX, '').replace(/^[\s.:|·-]+|[\s.:|·-]+$/g, '');
      if (name) names.add(name);
    }
  }
  return [...names];
}

/**
 * Set F1 over author names. An expectation of no author scores 1 only when none is returned,
 * so a page without a byline cannot be gamed by always guessing one.
 */
export function authorsF1(expected: readonly string[], got: readonly string[]): number {
  const e = splitAuthors(expected);
  const g = splitAuthors(got);
  if (e.length === 0) return g.length === 0 ? 1 : 0;
  if (g.length === 0) return 0;
  const common = g.filter((name) => e.includes(name)).length;
  return f1Of(common / g.length, common / e.length);
}

/** A heading over key points ("In Kürze:", "Key points:") is not a point itself. */
export function isLabelLine(s: string): boolean {
  const t = normalize(s);
  return t.endsWith(':') && tokens(t).length <= 4;
}

export const BULLET_MATCH = 0.8;

/**
 * Teaser bullets paired one to one, best pairs first, a pair counting when its token F1 is at
 * least 0.8. Label lines are dropped on both sides. No teaser expected: an empty answer is right
 * (1), anything else wrong (0).
 */
export function teaserScore(expected: readonly string[], got: readonly string[]): PRF {
  const e = expected.filter((s) => normalize(s) && !isLabelLine(s));
  const g = got.filter((s) => normalize(s) && !isLabelLine(s));
  if (e.length === 0) {
    const v = g.length === 0 ? 1 : 0;
    return { precision: v, recall: v, f1: v };
  }
  if (g.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const pairs: { i: number; j: number; score: number }[] = [];
  e.forEach((a, i) =>
    g.forEach((b, j) => {
      const score = tokenF1(a, b);
      if (score >= BULLET_MATCH) pairs.push({ i, j, score });
    }),
  );
  pairs.sort((x, y) => y.score - x.score);
  const usedE = new Set<number>();
  const usedG = new Set<number>();
  for (const { i, j } of pairs) {
    if (usedE.has(i) || usedG.has(j)) continue;
    usedE.add(i);
    usedG.add(j);
  }
  const precision = usedG.size / g.length;
  const recall = usedE.size / e.length;
  return { precision, recall, f1: f1Of(precision, recall) };
}

const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

interface ParsedDate {
  /** The calendar day as written. */
  day: string;
  /** Milliseconds since the epoch, when the value names an instant (has an offset). */
  instant: number | null;
  /** Offset in minutes east of UTC, when written. */
  offset: number | null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** `February 26, 2026` or `26 February 2026`: an annotator's day written out in English. */
const WORDED = /^(?:([a-z]+)\.?\s+(\d{1,2}),?|(\d{1,2})\.?\s+([a-z]+)\.?,?)\s+(\d{4})$/i;

function wordedDay(value: string): ParsedDate | null {
  const m = WORDED.exec(value.trim());
  if (!m) return null;
  const word = (m[1] ?? m[4])!.toLowerCase();
  // "Ma" could be March or May: a month is named by three letters at least.
  const month = word.length >= 3 ? MONTHS.findIndex((name) => name.startsWith(word)) : -1;
  const day = Number(m[2] ?? m[3]);
  if (month < 0 || day < 1 || day > 31) return null;
  return {
    day: `${m[5]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    instant: null,
    offset: null,
  };
}

/**
 * ISO 8601, Python's `2024-11-22 06:57:50.233000+00:00`, and a day written out in English
 * (`February 26, 2026`, a bare day); null for anything else.
 */
export function parseDate(value: string): ParsedDate | null {
  const m = DATE.exec(value.trim());
  if (!m) return wordedDay(value);
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '0', zone] = m;
  const day = `${y}-${mo}-${d}`;
  if (!zone) return { day, instant: null, offset: null };
  const offset = zone.toUpperCase() === 'Z' ? 0 : offsetMinutes(zone);
  const ms = Number(`0.${frac}`) * 1000;
  const utc = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s, ms) - offset * 60_000;
  return { day, instant: utc, offset };
}

function offsetMinutes(zone: string): number {
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return zone.startsWith('-') ? -minutes : minutes;
}

function dayAt(instant: number, offset: number): string {
  return new Date(instant + offset * 60_000).toISOString().slice(0, 10);
}

/**
 * Same calendar day, read in the expected value's own offset: a page dated 00:30+02:00 is that
 * day in its own zone even though it is the previous day in UTC. An expected value in UTC is
 * usually a normalisation (postlight's, some of fundus') that erased the page's zone, so it is
 * read in the predicted value's offset instead: 2019-02-12T15:00Z is 13 February in Tokyo.
 * A predicted value without an offset is taken as the page's local day. An expectation of no
 * date scores 1 only when none is returned.
 */
export function sameDay(expected: string | null, got: string | null | undefined): number {
  if (expected === null) return got ? 0 : 1;
  const e = parseDate(expected);
  const g = got ? parseDate(got) : null;
  if (!e || !g) return 0;
  const utcNormalised = e.instant !== null && e.offset === 0;
  if (g.instant === null) {
    if (!utcNormalised) return g.day === e.day ? 1 : 0;
    // A bare day against a UTC instant whose zone was erased: right if it is that instant's
    // day in some real-world zone (UTC−12 to UTC+14). Those 26 hours can span three days: the
    // middle one counts too. (ISO days compare in calendar order as strings.)
    return g.day >= dayAt(e.instant!, -12 * 60) && g.day <= dayAt(e.instant!, 14 * 60) ? 1 : 0;
  }
  if (!utcNormalised) return dayAt(g.instant, e.offset ?? 0) === e.day ? 1 : 0;
  return dayAt(g.instant, g.offset!) === dayAt(e.instant!, g.offset!) ? 1 : 0;
}

/** Shingle counts for one page, normalised to sum 1 so long pages weigh no more than short ones. */
export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export const SHINGLE = 4;

export function shingles(text: string, n = SHINGLE): string[] {
  const t = tokens(text);
  const out: string[] = [];
  // A text shorter than n words is one shingle of what it has, as in the benchmark.
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const s = t.slice(i, i + n);
    if (s.length) out.push(s.join(' '));
  }
  return out;
}

function countOf(items: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** The Zyte article-extraction benchmark's per-page shingle matching (4-word shingles, multiset). */
export function shingleCounts(expected: string, got: string): ShingleCounts {
  const e = countOf(shingles(expected));
  const g = countOf(shingles(got));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...e.keys(), ...g.keys()])) {
    const a = e.get(key) ?? 0;
    const b = g.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function precisionOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/**
 * The benchmark's aggregate: precision averaged over pages that returned text, recall over
 * pages that expect text, F1 from those two means.
 */
export function bodyAggregate(pages: readonly ShingleCounts[]): PRF {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallOf));
  return { precision, recall, f1: f1Of(precision, recall) };
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
