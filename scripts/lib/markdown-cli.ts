import { JSDOM } from 'jsdom';
import type { ExtractResult } from '../../utils/article';
import { articleToMarkdown, type ParseHtml } from '../../utils/library/markdown';

export const FORMATS = ['json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string | undefined): Format | null {
  if (value === undefined) return 'json';
  return (FORMATS as readonly string[]).includes(value) ? (value as Format) : null;
}

let parser: DOMParser | null = null;

/** Node has no DOMParser: the converter gets jsdom's, whose documents run and fetch nothing. */
export const jsdomParse: ParseHtml = (html) => {
  parser ??= new new JSDOM('').window.DOMParser();
  return parser.parseFromString(html, 'text/html');
};

/**
 * One page's result as the CLI prints it: the article as Markdown (front matter, headline,
 * teaser list, body), or null when there is no article, whose reason goes to stderr.
 */
export function resultToMarkdown(result: ExtractResult): string | null {
  return result.ok ? articleToMarkdown(result.article, jsdomParse) : null;
}
