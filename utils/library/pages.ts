import { read, write } from './access';
import type { PageSkip, StoredPage } from './record-types';
import { gunzipText, gzipText } from './gzip';
import { PAGE_CAP } from './page-markup';
import { LibraryFailure } from './errors';

/** What the saved-article page can do with an article's kept page. */
export type KeptPage =
  | { state: 'kept'; url: string; html: string }
  | { state: 'skipped'; reason: PageSkip }
  /** Saved before Lede kept pages (schema v6), or saved by a way that sends no page. */
  | { state: 'none' };

/** The same, without the markup: what the saved-article page shows its action by. */
export type PageState = Exclude<KeptPage, { state: 'kept' }> | { state: 'kept' };

/**
 * Keeps the page an article was read from (null: it was over `PAGE_CAP`, only that is noted).
 * Runs after the article's own save has answered, in a transaction of its own, so a page that
 * does not fit never costs the article: on a full disk only the reason is written, and if even
 * that fails the article simply has no page. Skipped when the article was deleted meanwhile.
 */
export async function keepPage(
  articleId: string,
  url: string,
  html: string | null,
  now = new Date(),
): Promise<PageSkip | null> {
  const base = { articleId, url, keptAt: now.toISOString() };
  if (html === null || html.length > PAGE_CAP) {
    await putPage({ ...base, skipped: 'too-large' });
    return 'too-large';
  }
  try {
    await putPage({ ...base, gzip: await gzipText(html) });
    return null;
  } catch (error) {
    if (!(error instanceof LibraryFailure) || error.code !== 'quota-exceeded') throw error;
    await putPage({ ...base, skipped: 'no-room' }).catch(() => undefined);
    return 'no-room';
  }
}

/** Notes why an article's page was not kept, so the saved-article page says so rather than "saved before pages were kept". */
export async function notePageSkipped(
  articleId: string,
  url: string,
  reason: PageSkip,
  now = new Date(),
): Promise<void> {
  await putPage({ articleId, url, keptAt: now.toISOString(), skipped: reason });
}

function putPage(page: StoredPage): Promise<void> {
  return write(async (tx) => {
    if ((await tx.objectStore('articles').getKey(page.articleId)) === undefined) return;
    await tx.objectStore('pages').put(page);
  });
}

export async function pageOf(articleId: string): Promise<KeptPage> {
  const page = await read((db) => db.get('pages', articleId));
  if (page?.gzip) return { state: 'kept', url: page.url, html: await gunzipText(page.gzip) };
  return stateOf(page) as Exclude<PageState, { state: 'kept' }>;
}

/** Whether an article has a page to read again, without unpacking it. */
export async function pageState(articleId: string): Promise<PageState> {
  return stateOf(await read((db) => db.get('pages', articleId)));
}

function stateOf(page: StoredPage | undefined): PageState {
  if (!page) return { state: 'none' };
  return page.gzip ? { state: 'kept' } : { state: 'skipped', reason: page.skipped ?? 'too-large' };
}
