/** The two systems under comparison, reduced to the fields the eval scores. */
import { Readability } from '@mozilla/readability';
import type { ExtractOptions, ExtractResult } from '../../utils/article';
import { extractArticle } from '../../utils/extract';

export interface Prediction {
  title: string;
  authors: string[];
  teaser: string[];
  date: string | null;
  site: string | null;
  body: string;
  /** Why nothing came out, when nothing did. */
  failure?: string;
}

export const SYSTEMS = ['lede', 'readability'] as const;
export type System = (typeof SYSTEMS)[number];

const NOTHING: Omit<Prediction, 'failure'> = { title: '', authors: [], teaser: [], date: null, site: null, body: '' };

export function runLede(doc: Document, url: string, options: ExtractOptions = {}): Prediction {
  return predictionOf(extractArticle(doc, url, options));
}

/** Lede's result as the eval scores it (also a cached or site-fixed one). */
export function predictionOf(result: ExtractResult): Prediction {
  if (!result.ok) return { ...NOTHING, failure: result.reason };
  const a = result.article;
  return {
    title: a.title,
    authors: a.authors,
    teaser: a.teaser,
    date: a.publishedTime,
    site: a.siteName,
    body: a.text,
  };
}

/** Plain Readability as a user of the library would call it; its excerpt stands in for a teaser. */
export function runReadability(doc: Document): Prediction {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed) return { ...NOTHING, failure: 'no-article' };
  return {
    title: parsed.title ?? '',
    authors: parsed.byline ? [parsed.byline] : [],
    teaser: parsed.excerpt ? [parsed.excerpt] : [],
    date: parsed.publishedTime ?? null,
    site: parsed.siteName ?? null,
    body: parsed.textContent ?? '',
  };
}
