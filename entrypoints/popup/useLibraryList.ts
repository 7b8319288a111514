import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleSummary } from '@/utils/library/db';
import { countArticles, getSummaries, listIds, newestSummaries, searchList } from '@/utils/library/list';

/** Typing pauses this long before a search starts; each keystroke cancels the one before. */
const SEARCH_DELAY_MS = 150;
/** Summaries are fetched in pages of this many rows, a few screenfuls of the list. */
const PAGE = 40;

export interface Listing {
  /**
   * The ids of the articles that pass the filter, newest first: a few bytes each. Right after the
   * popup opens only the first page's; the rest follow a moment later.
   */
  ids: string[];
  /** How many articles pass the filter. */
  size: number;
  /** How many articles the whole library holds. */
  total: number;
  /** The summaries fetched so far, for the rows that have been on screen. */
  summaries: ReadonlyMap<string, ArticleSummary>;
}

export interface LibraryList {
  /** null until the first page is there. */
  listing: Listing | null;
  /** The list shows rows `first` to `last` (exclusive): fetch what they need. */
  showRange(first: number, last: number): void;
  /** The library changed: list it again, keeping the rows on screen. */
  refresh(): void;
}

/**
 * The whole pages that cover rows `first` to `last`. A window past the end (a shorter list after
 * a search) is moved back to the end, where the list will be scrolled to.
 */
function pageAligned(first: number, last: number, length: number): [number, number] {
  const start = Math.min(first, Math.max(0, length - Math.max(1, last - first)));
  return [Math.floor(start / PAGE) * PAGE, Math.min(length, Math.ceil(Math.max(last, start + 1) / PAGE) * PAGE)];
}

/**
 * The popup's list, which never holds every article: the filter's ids in order, and the summaries
 * of the rows on screen, fetched a page at a time as the list scrolls. A new listing replaces the
 * old one only once its rows are there, so typing never blanks the list.
 */
export function useLibraryList(query: string, unreadOnly: boolean, onError: (error: unknown) => void): LibraryList {
  const [listing, setListing] = useState<Listing | null>(null);
  const [generation, setGeneration] = useState(0);
  const range = useRef<[number, number]>([0, PAGE]);
  const pending = useRef(new Set<string>());
  const listedQuery = useRef(query);
  // Every article's id in order, read once per change of the library or the filter, so that
  // typing only reads the word index.
  const order = useRef<{ key: string; ids: Promise<string[]>; total: Promise<number> } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const typed = query !== listedQuery.current && query.trim() !== '';
    const show = (listing: Listing) => {
      signal.throwIfAborted();
      listedQuery.current = query;
      pending.current.clear();
      setListing(listing);
    };
    const run = async () => {
      const key = `${generation} ${unreadOnly}`;
      const fresh = order.current?.key !== key;
      if (fresh) {
        order.current = { key, ids: listIds({ unreadOnly }), total: countArticles() };
        // Observed below when needed; a failure there is reported where it is awaited.
        order.current.ids.catch(() => undefined);
        order.current.total.catch(() => undefined);
      }
      const { ids: ordered, total: counted } = order.current!;
      if (fresh && !query.trim() && range.current[0] < PAGE) {
        // The first screen comes straight from the newest end of the index; reading every id of
        // a large library takes longer and need not hold up the first paint.
        // Without the unread filter the list's size is the library's total: one count, not two.
        const filtered = unreadOnly ? countArticles({ unreadOnly }) : counted;
        const [rows, size, total] = await Promise.all([newestSummaries(PAGE, { unreadOnly }), filtered, counted]);
        const firstIds = rows.map((row) => row.id);
        show({ ids: firstIds, size, total, summaries: new Map(rows.map((row) => [row.id, row])) });
        const all = await ordered;
        signal.throwIfAborted();
        setListing((current) => (current?.ids === firstIds ? { ...current, ids: all, size: all.length } : current));
        return;
      }
      const ids = query.trim() ? await searchList(await ordered, query, signal) : await ordered;
      const [first, last] = pageAligned(...range.current, ids.length);
      const [rows, total] = await Promise.all([getSummaries(ids.slice(first, last)), counted]);
      show({ ids, size: ids.length, total, summaries: new Map(rows.map((row) => [row.id, row])) });
    };
    const failed = (error: unknown) => {
      if (signal.aborted) return;
      order.current = null; // read the order again next time rather than keep a failure
      onError(error);
      // The first listing failed: show an empty list with the error, not "Loading" for ever.
      setListing((current) => current ?? { ids: [], size: 0, total: 0, summaries: new Map() });
    };
    const timer = setTimeout(() => run().catch(failed), typed ? SEARCH_DELAY_MS : 0);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, unreadOnly, generation, onError]);

  const showRange = useCallback(
    (first: number, last: number) => {
      range.current = [first, last];
      if (!listing) return;
      const { ids } = listing;
      const missing = ids
        .slice(...pageAligned(first, last, ids.length))
        .filter((id) => !listing.summaries.has(id) && !pending.current.has(id));
      if (missing.length === 0) return;
      for (const id of missing) pending.current.add(id);
      // An id that is not found (deleted from another tab) stays pending, so it is not asked for
      // again and again; the next refresh lists the library anew.
      getSummaries(missing).then((rows) => {
        for (const row of rows) pending.current.delete(row.id);
        // A newer listing (another query, a refresh) has fetched its own rows.
        setListing((current) =>
          current?.ids === ids
            ? { ...current, summaries: new Map([...current.summaries, ...rows.map((row) => [row.id, row] as const)]) }
            : current,
        );
      }, onError);
    },
    [listing, onError],
  );

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return { listing, showRange, refresh };
}
