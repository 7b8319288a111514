/**
 * The study half's teaser decisions, read from the corpus: for every page where the teaser was
 * not an explicit `+++` line or labelled list, the candidate blocks the learned scorer chooses
 * among and the teaser the page should have. Check-half pages are never opened.
 */
import { readHtmlFile, parseHtml } from '../lib/html-file';
import { halfOf } from '../eval/folds';
import { loadSet, type SetName } from '../eval/sets';
import { extractArticle } from '../../utils/extract';
import type { TeaserCandidate } from '../../utils/extract/teaser-features';

/** The open sets that assert a teaser (fundus's teaser, postlight's dek). */
export const TEASER_SETS: readonly SetName[] = ['fundus-open', 'postlight'];

export interface TeaserPage {
  id: string;
  /** The publisher fold unit (folds.ts), for cross-validation by publisher. */
  publisher: string;
  expected: string[];
  candidates: Array<Pick<TeaserCandidate, 'bullets' | 'features'>>;
}

export async function studyPages(sets: readonly SetName[] = TEASER_SETS): Promise<TeaserPage[]> {
  const pages: TeaserPage[] = [];
  for (const set of sets) {
    const cases = (await loadSet(set)).filter((c) => halfOf(c.publisher) === 'study');
    for (const c of [...cases].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const doc = parseHtml(await readHtmlFile(c.file), c.url);
      const expected = (await c.expected(doc)).teaser;
      if (expected === undefined) continue;
      let seen: TeaserCandidate[] | null = null;
      try {
        extractArticle(doc, c.url, { teaserScorer: { onCandidates: (candidates) => (seen = candidates) } });
      } catch {
        // A page the core cannot read teaches nothing about teasers.
      } finally {
        doc.defaultView?.close();
      }
      const found = seen as TeaserCandidate[] | null;
      if (!found) continue;
      pages.push({
        id: `${set}:${c.id}`,
        publisher: `${set}:${c.publisher}`,
        expected,
        candidates: found.map(({ bullets, features }) => ({ bullets, features })),
      });
    }
  }
  return pages;
}
