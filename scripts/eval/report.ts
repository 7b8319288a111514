/** Human-readable output: the comparison table per set, and per-page misses for one field. */
import type { Figures, PageResult, SetResult } from './aggregate';
import { HALVES } from './folds';
import { FIELDS, type Field, type Scored } from './score';
import { CLEAN_RULE, OPEN_SETS, type SetName } from './sets';
import { TARGETS } from './targets';

const LABEL: Record<Field, string> = {
  title: 'title exact',
  authors: 'authors set-F1',
  teaser: 'teaser bullet-F1',
  date: 'date same day',
  site: 'site exact',
  body: 'body 4-gram F1',
  clean: 'body free of chrome',
};

/** Secondary figures shown indented under their field. */
const DETAIL_LABEL: Record<string, string> = {
  tokenF1: 'token F1',
  printedShare: 'expected is printed',
  scoreWherePrinted: 'score there',
  precision: 'precision',
  recall: 'recall',
};

const fmt = (n: number | undefined) => (n === undefined ? '' : n.toFixed(3));
const signed = (n: number | undefined) => (n === undefined ? '' : `${n >= 0 ? '+' : ''}${n.toFixed(3)}`);

type FigureRow = NonNullable<Figures['lede'][Field]>;

/**
 * One set's table. An open set shows its two publisher folds side by side with plain Readability,
 * and the gap between Lede's study and check figures: a wide gap means rules fitted to the pages
 * they were written from. The seed (one page, two renderings) shows all its pages.
 */
export function formatTable(r: SetResult): string {
  const open = OPEN_SETS.includes(r.set as SetName);
  const study = r.halves.study;
  const check = r.halves.check;
  const header = open
    ? ['field', `study (${study.pages})`, 'Readability', `check (${check.pages})`, 'Readability', 'gap', 'target']
    : ['field', `all (${r.pages})`, 'Readability'];
  const rows: string[][] = [header];
  const fields = FIELDS.filter((f) => r.figures.lede[f]);
  for (const field of fields) {
    const cells = (key: string | null, figures: Figures): [string, string] => {
      const pick = (row: FigureRow | undefined) => (row ? (key ? row.detail[key] : row.score) : undefined);
      return [fmt(pick(figures.lede[field])), fmt(pick(figures.readability[field]))];
    };
    const keys = [null, ...Object.keys(r.figures.lede[field]!.detail)];
    for (const key of keys) {
      const label = key ? `  ${DETAIL_LABEL[key] ?? key}` : LABEL[field];
      if (!open) {
        rows.push([label, ...cells(key, r.figures)]);
        continue;
      }
      const s = study.figures.lede[field];
      const c = check.figures.lede[field];
      const gap = !key && s && c ? signed(s.score - c.score) : '';
      const target = !key && TARGETS[field] !== undefined ? `≥ ${TARGETS[field]}` : '';
      rows.push([label, ...cells(key, study.figures), ...cells(key, check.figures), gap, target]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
  );
  const time = `Lede ${(r.ms.lede / 1000).toFixed(1)} s, Readability ${(r.ms.readability / 1000).toFixed(1)} s`;
  const out = [`${r.set} — ${r.pages} pages (extraction time: ${time})`, ...lines];
  if (open) {
    for (const half of HALVES) {
      const gone = r.halves[half].collapses;
      out.push(`${half}: ${gone.length} pages with Lede's body below .5 where Readability's is above .8`);
    }
  }
  return out.join('\n');
}

export const NOTES = [
  'Open sets are split by publisher into two fixed halves (scripts/eval/folds.ts): write rules from the study',
  'half\u2019s failures only; the check half\u2019s figures decide whether a change generalises. Targets are for the check half.',
  'Text is compared after NFKC, straight quotes, no soft hyphens, collapsed whitespace, case folding.',
  'title: exact match; authors: set F1 over names split on commas/and/und, "By"/"Von" stripped on both sides;',
  '"expected is printed": share of pages where a reader sees the expected value (title: the text of an <h1>, as Lede',
  'shows the printed headline by design; authors, teaser: every name or bullet is in the page\u2019s text, not only in',
  'its metadata); "score there": the field\u2019s figure on those pages only;',
  'teaser: bullets paired one to one at token F1 ≥ 0.8 (label lines like "In Kürze:" dropped); Readability’s teaser = [excerpt];',
  'date: same calendar day in the expected value’s offset (an expected UTC value, a normalisation, is read in the',
  'predicted value’s zone, or any real zone for a bare day); body: Zyte benchmark 4-word shingles, F1 from mean',
  'precision and mean recall.',
  'No author / teaser / date expected (postlight null, empty list):',
  '1 when none is returned, else 0. fundus-open body = body_paragraphs joined (subheadlines not included).',
  CLEAN_RULE,
];

/**
 * Lede's misses on one field in the study half, worst first; the body lists pages below F1 0.9.
 * The check half's pages are never listed: reading them would turn it into a second study half.
 */
export function formatFailures(r: SetResult, field: Field): string {
  const misses = failures(r, field);
  const hidden = r.results.filter((p) => !studied(r, p) && p.scores.lede[field]).length;
  const out = [
    `${r.set}: ${misses.length} study-half pages below ${field === 'body' ? '0.9' : '1'} on ${LABEL[field]}` +
      ` (the ${hidden} check-half pages are not listed)`,
  ];
  for (const page of misses) {
    const lede = page.scores.lede[field]!;
    const rb = page.scores.readability[field];
    const why = page.failure.lede ? ` [Lede failed: ${page.failure.lede}]` : '';
    out.push(`- ${page.id}  Lede ${fmt(lede.score)}  Readability ${fmt(rb?.score)}${why}`);
    if (field === 'body') {
      const got = lede.got as Record<string, unknown>;
      out.push(
        `    P ${fmt(lede.detail?.precision)} R ${fmt(lede.detail?.recall)}, ${got.words} words of ${got.expectedWords} expected`,
      );
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
  return r.results
    .filter((p) => studied(r, p) && p.scores.lede[field] && score(p) < bar)
    .sort((a, b) => score(a) - score(b));
}

/** Every seed page may be read; of an open set, only the study half's. */
function studied(r: SetResult, page: PageResult): boolean {
  return !OPEN_SETS.includes(r.set as SetName) || page.half === 'study';
}
