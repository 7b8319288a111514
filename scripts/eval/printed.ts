/**
 * Where a set's expected value comes from the page's markup for machines (an SEO title, a meta
 * description, an author's profile URL) and not from what the page prints, Lede, which reads
 * what a reader sees, cannot match it by design. These flags tell such pages apart, so the
 * table can show a field's figure on the pages whose expectation is printed.
 */
import { normalize } from './metrics';
import { blockText, isCleanTitle, type Expected } from './sets';

export function withPrintedFlags(expected: Expected, page: Document): Expected {
  const printed: Expected['printed'] = {};
  // Lede shows the headline as printed, by product decision: an SEO or social title is not.
  if (expected.title !== undefined) printed.title = isCleanTitle(expected.title, page);
  if (expected.teaser !== undefined || expected.authors !== undefined) {
    const text = normalize(page.body ? blockText(page.body) : '');
    const inText = (values: string[]) => values.every((v) => text.includes(normalize(v)));
    if (expected.teaser !== undefined) printed.teaser = inText(expected.teaser);
    if (expected.authors !== undefined) printed.authors = inText(expected.authors);
  }
  return { ...expected, printed };
}
