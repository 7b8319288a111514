import { doctypeOf } from '@/utils/library/page-markup';
import type { PageSnapshot } from '@/utils/messages';

/**
 * Past either size, a page is read off its main thread (see read-off-thread.ts). Readability's
 * parse cannot yield, and its time grows with elements and with text. The largest page of the
 * test corpus has about 12,800 elements and is read in the page (which also sees open shadow
 * roots); the 10 MB article of the e2e tests has 40,000 and froze its tab for seconds.
 */
export const OFF_THREAD_ELEMENTS = 15_000;
export const OFF_THREAD_TEXT_CHARS = 1_000_000;

export interface PageSize {
  elements: number;
  textChars: number;
}

/** Cheap to take on any page: a count the engine keeps, and the body's text in one read. */
export function pageSize(doc: Document): PageSize {
  const root = read<Element | null>(doc, 'documentElement');
  const body = read<HTMLElement | null>(doc, 'body');
  const all = call<HTMLCollection>(doc, 'getElementsByTagName', '*');
  return {
    elements: root ? all.length : 0,
    textChars: body ? (read<string | null>(body, 'textContent') ?? '').length : 0,
  };
}

export function readsOffThread(size: PageSize): boolean {
  return size.elements > OFF_THREAD_ELEMENTS || size.textChars > OFF_THREAD_TEXT_CHARS;
}

/**
 * The page as markup, to be parsed again in one of Lede's own documents. Scripts come along as
 * inert text (a parsed copy runs nothing); what a page shows only in open shadow roots does not.
 * With the page's own doctype: a page without one was parsed in quirks mode, where a `<table>`
 * can sit inside a `<p>`; parsed again in standards mode, its markup would make another tree.
 */
export function pageSnapshot(doc: Document, url: string): PageSnapshot {
  const root = read<Element | null>(doc, 'documentElement');
  return { html: root ? doctypeOf(pageDoctype(doc)) + read<string>(root, 'outerHTML') : '', url };
}

/** The page's own doctype, read past named elements. */
function pageDoctype(doc: Document): DocumentType | null {
  return read<DocumentType | null>(doc, 'doctype');
}

// Through the prototypes: a page's named elements can shadow a document's own properties
// (`<img name="documentElement">`), never the prototype's getters.
function read<T>(target: object, property: string): T {
  return descriptor(target, property)!.get!.call(target) as T;
}

function call<T>(target: object, method: string, ...args: unknown[]): T {
  return (descriptor(target, method)!.value as (...a: unknown[]) => T).apply(target, args);
}

function descriptor(target: object, property: string): PropertyDescriptor | undefined {
  for (
    let proto = Object.getPrototypeOf(target) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const found = Object.getOwnPropertyDescriptor(proto, property);
    if (found) return found;
  }
  return undefined;
}
