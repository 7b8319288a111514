/**
 * Where a set's expected value comes from the page's markup for machines (an SEO title, a meta
 * description, an author's profile URL) and not from what the page prints, Lede, which reads
 * what a reader sees, cannot match it by design. These flags tell such pages apart, so the
 * table can show a field's figure on the pages whose expectation is printed.
 */
import { normalize } from './metrics';
import { blockText, isCleanTitle, type Expected } from './sets';

export function withPrintedFlags(expected: Expected, page: Document): Expected {
  const out: Expected = { ...expected };
  if (expected.title !== undefined) out.titleIsHeadline = isCleanTitle(expected.title, page);
  if (expected.teaser === undefined && expected.authors === undefined) return out;
  const text = normalize(page.body ? blockText(page.body) : '');
  const printed = (values: string[]) => values.every((v) => text.includes(normalize(v)));
  if (expected.teaser !== undefined) out.teaserPrinted = printed(expected.teaser);
  if (expected.authors !== undefined) out.authorsPrinted = printed(expected.authors);
  return out;
}
