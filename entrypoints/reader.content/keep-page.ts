import { doctypeOf, keptMarkup, PAGE_CAP } from '@/utils/library/page-markup';
import type { KeptPageMessage } from '@/utils/messages';
import { pageDoctype, pageSnapshot } from './page-snapshot';

/**
 * Past this much markup with its scripts, the page is not parsed to see whether it would fit
 * without them: the parse runs on the tab's main thread and grows with the page, and scripts
 * are about a third of a news page's markup (31% on the 32 pages of the corpus test).
 */
const PARSE_LIMIT = 2 * PAGE_CAP;

/**
 * The page to keep with an article just saved: the copy the off-thread reading uses, parsed by
 * DOMParser (inert: nothing in it runs or loads) so its scripts and Lede's own reader can be
 * taken out there, never from the live page.
 */
export function pageToKeep(id: string, doc: Document, url: string): KeptPageMessage {
  // The snapshot says `<!DOCTYPE html>` whatever the page said; the page's own doctype keeps a
  // page without one in quirks mode when it is read again, as it was read in the tab.
  const html = pageSnapshot(doc, url).html.replace(/^<!DOCTYPE html>/, () => doctypeOf(pageDoctype(doc)));
  if (html.length > PARSE_LIMIT) return { id, url, html: null };
  const copy = new DOMParser().parseFromString(html, 'text/html');
  for (const host of [...copy.getElementsByTagName('lede-reader')]) host.remove();
  return { id, url, html: keptMarkup(copy) };
}
