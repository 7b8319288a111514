import { READER_TAG } from '../reader-tag';

/**
 * The page kept with a saved article (schema v6) is the page's markup as a parsed copy has it,
 * minus what could run. Pure: a document in, a string out. The document must be an inert parse
 * (DOMParser's, jsdom's): removing scripts from the live page would change it for its reader.
 */

/**
 * Markup longer than this (in characters, after the scripts are gone) is not kept: at news-site
 * compression ratios a 5 MB page takes about 1 MB in the library, and the rare page beyond that
 * is an archive or an endless feed, not an article worth keeping twice.
 */
export const PAGE_CAP = 5_000_000;

/**
 * Past this much markup with its scripts, a tab does not send its page to be kept: scripts are
 * about a third of a news page's markup (31% on the 32 pages of the corpus test), so it could not
 * come under `PAGE_CAP` without them.
 */
export const SENT_PAGE_CAP = 2 * PAGE_CAP;

/** The one kind of script the extraction reads: JSON-LD gives authors, dates, the publisher. */
function isData(script: Element): boolean {
  return script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';
}

/** Removes every script but JSON-LD data; the extraction never reads another (Readability drops them). */
export function pruneScripts(doc: Document): void {
  for (const script of [...doc.getElementsByTagName('script')]) if (!isData(script)) script.remove();
}

/**
 * The document as markup that parses back to the same tree. The doctype is written as the page
 * had it, so a page without one is parsed in quirks mode again (which nests `<table>` in `<p>`
 * differently), and a page with one stays in standards mode.
 */
export function serializePage(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return '';
  return doctypeOf(doc.doctype) + root.outerHTML;
}

/** A doctype as markup, public and system identifiers included (they decide quirks mode). */
export function doctypeOf(doctype: DocumentType | null): string {
  if (!doctype) return '';
  const publicId = doctype.publicId ? ` PUBLIC "${doctype.publicId}"` : '';
  const systemId = doctype.systemId ? `${doctype.publicId ? '' : ' SYSTEM'} "${doctype.systemId}"` : '';
  return `<!DOCTYPE ${doctype.name}${publicId}${systemId}>`;
}

/** The page as kept: its markup without scripts, or null when that is over `PAGE_CAP`. */
export function keptMarkup(doc: Document): string | null {
  pruneScripts(doc);
  const html = serializePage(doc);
  return html.length > PAGE_CAP ? null : html;
}

/**
 * The page to keep, from the markup the tab sent: parsed by DOMParser (inert: nothing in it runs
 * or loads) in one of Lede's own documents, never in the tab, whose main thread the parse of a
 * large page would hold after every Save. Lede's own reader, open over the page when it was
 * saved, is not part of the page.
 */
export function keptPageMarkup(html: string): string | null {
  const copy = new DOMParser().parseFromString(html, 'text/html');
  for (const host of [...copy.getElementsByTagName(READER_TAG)]) host.remove();
  return keptMarkup(copy);
}
