import { SENT_PAGE_CAP } from '@/utils/library/page-markup';
import type { KeptPageMessage } from '@/utils/messages';
import { pageSnapshot } from './page-snapshot';

/**
 * The page to keep with an article just saved, as the off-thread reading copies it: the tab only
 * serialises it. Its scripts and Lede's own reader are taken out in one of Lede's own documents
 * (`keptPageMarkup`, called by the background), never from the live page.
 */
export function pageToKeep(id: string, doc: Document, url: string): KeptPageMessage {
  // With the page's own doctype, so a page without one is read again in quirks mode, as in the tab.
  const { html } = pageSnapshot(doc, url);
  return { id, url, html: html.length > SENT_PAGE_CAP ? null : html };
}
