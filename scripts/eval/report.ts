/** Human-readable output: the comparison table per set, and per-page misses for one field. */
import type { PageResult, SetResult } from './aggregate';
import type { Field, Scored } from './score';
import { CLEAN_RULE } from './sets';
import { TARGETS } from './targets';

const LABEL: Record<Field, string> = {
  title: 'title exact',
  authors: 'authors set-F1',
  teaser: 'teaser bullet-F1',
  date: 'date same day',
  body: 'body 4-gram F1',
  clean: 'body free of chrome',
};

/** Secondary figures shown indented under their field. */
const DETAIL_LABEL: Record<string, string> = {
  tokenF1: 'token F1',
  precision: 'precision',
  recall: 'recall',
};

const fmt = (n: number | undefined) => (n === undefined ? '' : n.toFixed(3));

export function formatTable(r: SetResult): string {
  const rows: string[][] = [['field', 'pages', 'Lede', 'Readability', 'target', 'issue: Readability']];
  for (const [field, lede] of Object.entries(r.figures.lede) as [Field, NonNullable<SetResult['figures']['lede'][Field]>][]) {
    const rb = r.figures.readability[field];
    const t = TARGETS[r.set]?.[field];
    rows.push([LABEL[field], String(lede.covered), fmt(lede.score), fmt(rb?.score), t ? `≥ ${t.target}` : '', t ? fmt(t.issueReadability) : '']);
    for (const [key, value] of Object.entries(lede.detail)) {
      rows.push([`  ${DETAIL_LABEL[key] ?? key}`, '', fmt(value), fmt(rb?.detail[key]), '', '']);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  const time = `Lede ${(r.ms.lede / 1000).toFixed(1)} s, Readability ${(r.ms.readability / 1000).toFixed(1)} s`;
  return [`${r.set} — ${r.pages} pages (extraction time: ${time})`, ...lines].join('\n');
}

export const NOTES = [
  'Text is compared after NFKC, straight quotes, no soft hyphens, collapsed whitespace, case folding.',
  'title: exact match; authors: set F1 over names split on commas/and/und, "By"/"Von" stripped on both sides;',
  'teaser: bullets paired one to one at token F1 ≥ 0.8 (label lines like "In Kürze:" dropped); Readability’s teaser = [excerpt];',
  'date: same calendar day in the expected value’s offset (an expected UTC value, a normalisation, is read in the',
  'predicted value’s zone, or any real zone for a bare day); body: Zyte benchmark 4-word shingles, F1 from mean',
  'precision and mean recall.',
  'No author / teaser / date expected (postlight null, empty list):',
  '1 when none is returned, else 0. fundus-open body = body_paragraphs joined (subheadlines not included).',
  CLEAN_RULE,
];

/** Lede's misses on one field, worst first; the body lists pages below F1 0.9. */
export function formatFailures(r: SetResult, field: Field): string {
  const misses = failures(r, field);
  const out = [`${r.set}: ${misses.length} pages below ${field === 'body' ? '0.9' : '1'} on ${LABEL[field]}`];
  for (const page of misses) {
    const lede = page.scores.lede[field]!;
    const rb = page.scores.readability[field];
    const why = page.failure.lede ? ` [Lede failed: ${page.failure.lede}]` : '';
    out.push(`- ${page.id}  Lede ${fmt(lede.score)}  Readability ${fmt(rb?.score)}${why}`);
    if (field === 'body') {
      const got = lede.got as Record<string, unknown>;
      out.push(`    P ${fmt(lede.detail?.precision)} R ${fmt(lede.detail?.recall)}, ${got.words} words of ${got.expectedWords} expected`);
      if (got.longestMissing) out.push(`    missing: ${got.longestMissing}`);
      if (got.longestExtra) out.push(`    extra:   ${got.longestExtra}`);
    } else {
      out.push(`    expected: ${JSON.stringify(page.expected[field === 'clean' ? 'bodyMustNotContain' : field])}`);
      out.push(`    got:      ${JSON.stringify(lede.got)}`);
    }
  }
  return out.join('\n');
}

export function failures(r: SetResult, field: Field): PageResult[] {
  const bar = field === 'body' ? 0.9 : 1;
  const score = (p: PageResult) => (p.scores.lede[field] as Scored).score;
  return r.results.filter((p) => p.scores.lede[field] && score(p) < bar).sort((a, b) => score(a) - score(b));
}
