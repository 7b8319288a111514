/** Page scores → one figure per set, field and system. */
import { SYSTEMS, type System } from './extractors';
import { HALVES, type Half } from './folds';
import { bodyAggregate, mean, type ShingleCounts } from './metrics';
import { FIELDS, type Field, type PageScores } from './score';

export interface PageResult {
  id: string;
  half: Half;
  /** Expected values for the short fields (the body is summarised in the scores instead). */
  expected: Record<string, unknown>;
  scores: Record<System, PageScores>;
  failure: Partial<Record<System, string>>;
}

export interface FieldFigure {
  /** Pages with an expectation for this field. */
  covered: number;
  /** The headline figure: mean over covered pages; for the body, the benchmark's F1. */
  score: number;
  /** Secondary figures: title token F1, teaser/body precision and recall. */
  detail: Record<string, number>;
}

export interface SetResult {
  set: string;
  pages: number;
  /** Wall time of each system over the whole set, for the record (not asserted anywhere). */
  ms: Record<System, number>;
  figures: Figures;
  /** The same figures for each publisher fold (see folds.ts). */
  halves: Record<Half, HalfResult>;
  results: PageResult[];
}

export type Figures = Record<System, Partial<Record<Field, FieldFigure>>>;

export interface HalfResult {
  pages: number;
  figures: Figures;
  /** Pages where Lede's body F1 is below .5 while Readability's is above .8: the reader fell apart. */
  collapses: string[];
}

/** Detail figures of the fields a reader can check against the page (score.ts's printedDetail). */
const PRINTED_KEYS = ['printedShare', 'scoreWherePrinted'];

const COLLAPSED = 0.5;
const READABILITY_FINE = 0.8;

export function aggregate(results: PageResult[], system: System): Partial<Record<Field, FieldFigure>> {
  const out: Partial<Record<Field, FieldFigure>> = {};
  for (const field of FIELDS) {
    const scored = results.flatMap((r) => r.scores[system][field] ?? []);
    if (scored.length === 0) continue;
    // Over the pages that have the figure: one may be defined on a subset (the score where printed).
    const detailMean = (key: string) => mean(scored.flatMap((s) => s.detail?.[key] ?? []));
    const detailKeys = (keys: string[]) =>
      Object.fromEntries(
        [...keys, ...PRINTED_KEYS]
          .filter((k) => scored.some((s) => s.detail?.[k] !== undefined))
          .map((k) => [k, detailMean(k)]),
      );
    if (field === 'body') {
      const counts = scored.map((s) => s.detail as unknown as ShingleCounts);
      const body = bodyAggregate(counts);
      out.body = { covered: scored.length, score: body.f1, detail: { precision: body.precision, recall: body.recall } };
    } else {
      const detail: Record<string, number> =
        field === 'title'
          ? detailKeys(['tokenF1'])
          : field === 'teaser'
            ? detailKeys(['precision', 'recall'])
            : detailKeys([]);
      out[field] = { covered: scored.length, score: mean(scored.map((s) => s.score)), detail };
    }
  }
  return out;
}

export function figuresOf(results: PageResult[]): Figures {
  return Object.fromEntries(SYSTEMS.map((s) => [s, aggregate(results, s)])) as Figures;
}

export function halvesOf(results: PageResult[]): Record<Half, HalfResult> {
  const entry = (half: Half): [Half, HalfResult] => {
    const pages = results.filter((r) => r.half === half);
    const collapses = pages
      .filter((r) => {
        const lede = r.scores.lede.body?.score;
        const readability = r.scores.readability.body?.score;
        return lede !== undefined && readability !== undefined && lede < COLLAPSED && readability > READABILITY_FINE;
      })
      .map((r) => r.id);
    return [half, { pages: pages.length, figures: figuresOf(pages), collapses }];
  };
  return Object.fromEntries(HALVES.map(entry)) as Record<Half, HalfResult>;
}
