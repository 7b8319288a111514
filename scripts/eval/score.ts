/** One page, one system: each covered field scored, with what is needed to read a miss later. */
import type { Prediction } from './extractors';
import {
  authorsF1,
  normalize,
  precisionOf,
  recallOf,
  sameDay,
  shingleCounts,
  shingles,
  teaserScore,
  titleExact,
  tokenF1,
  tokens,
  f1Of,
} from './metrics';
import type { Expected } from './sets';

export const FIELDS = ['title', 'authors', 'teaser', 'date', 'site', 'body', 'clean'] as const;
export type Field = (typeof FIELDS)[number];

export interface Scored {
  /** The headline figure for this page: exact/F1/same-day, 0..1. */
  score: number;
  /** Secondary figures (token F1, precision, recall, shingle counts). */
  detail?: Record<string, number>;
  /** What the system returned, shortened for the body. */
  got: unknown;
}

export type PageScores = Partial<Record<Field, Scored>>;

export function scorePage(e: Expected, p: Prediction): PageScores {
  const out: PageScores = {};
  if (e.title !== undefined) {
    const score = titleExact(e.title, p.title);
    const detail = { tokenF1: tokenF1(e.title, p.title), ...printedDetail(e.printed?.title, score) };
    out.title = { score, detail, got: p.title };
  }
  if (e.authors !== undefined) {
    const score = authorsF1(e.authors, p.authors);
    out.authors = { score, detail: printedDetail(e.printed?.authors, score), got: p.authors };
  }
  if (e.teaser !== undefined) {
    const t = teaserScore(e.teaser, p.teaser);
    const detail = { precision: t.precision, recall: t.recall, ...printedDetail(e.printed?.teaser, t.f1) };
    out.teaser = { score: t.f1, detail, got: p.teaser };
  }
  if (e.date !== undefined) out.date = { score: sameDay(e.date, p.date), got: p.date };
  if (e.site !== undefined) out.site = { score: titleExact(e.site, p.site), got: p.site };
  if (e.body !== undefined) out.body = scoreBody(e.body, p.body);
  if (e.bodyMustNotContain !== undefined) {
    const body = normalize(p.body);
    const leaked = e.bodyMustNotContain.filter((s) => body.includes(normalize(s)));
    out.clean = { score: leaked.length === 0 && body !== '' ? 1 : 0, got: leaked };
  }
  return out;
}

/** The share of pages whose expectation is printed, and the score on those only (see printed.ts). */
function printedDetail(printed: boolean | undefined, score: number): Record<string, number> {
  if (printed === undefined) return {};
  return printed ? { printedShare: 1, scoreWherePrinted: score } : { printedShare: 0 };
}

function scoreBody(expected: string, got: string): Scored {
  const counts = shingleCounts(expected, got);
  const precision = precisionOf(counts);
  const recall = recallOf(counts);
  return {
    score: f1Of(precision, recall),
    detail: { ...counts, precision, recall },
    got: {
      words: tokens(got).length,
      expectedWords: tokens(expected).length,
      longestMissing: longestRunNotIn(expected, got),
      longestExtra: longestRunNotIn(got, expected),
    },
  };
}

const SNIPPET_WORDS = 30;

/**
 * The longest passage of `text` whose shingles are all absent from `other`: the paragraph the
 * extractor lost, or the block of page chrome it kept. Empty when there is none.
 */
export function longestRunNotIn(text: string, other: string): string {
  const words = tokens(text);
  const seen = new Set(shingles(other));
  const own = shingles(text);
  let best = { start: 0, length: 0 };
  let start = -1;
  for (let i = 0; i <= own.length; i++) {
    const missing = i < own.length && !seen.has(own[i]!);
    if (missing && start < 0) start = i;
    if (!missing && start >= 0) {
      if (i - start > best.length) best = { start, length: i - start };
      start = -1;
    }
  }
  if (best.length === 0) return '';
  // A run of k shingles spans k + 3 words.
  const span = words.slice(best.start, best.start + best.length + 3);
  const more = span.length > SNIPPET_WORDS ? ` … (${span.length} words)` : '';
  return span.slice(0, SNIPPET_WORDS).join(' ') + more;
}
