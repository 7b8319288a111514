import { extractArticle } from '@/utils/extract';
import { siteRules } from '@/utils/fixes/store';
import type { SiteRule } from '@/utils/fixes/rules';
import { replaceArticle } from '@/utils/library/articles';
import type { SavedArticle } from '@/utils/library/db';
import { pageOf, type KeptPage } from '@/utils/library/pages';
import type { PageSkip } from '@/utils/library/record-types';

/** Why a copy cannot be read again: no page kept (and why), or the kept page gave no article. */
export type CannotReread = PageSkip | 'none' | 'unreadable';

export type RereadOutcome =
  /** Read again with the site's rules; `applied` of them changed it. */
  | { kind: 'reread'; applied: number; record: SavedArticle }
  /** The site has no fixes: nothing to read again for, the copy stays as it is. */
  | { kind: 'no-rules' }
  | { kind: 'cannot'; reason: CannotReread };

/**
 * Reads a saved copy again from the page kept with it, with the site's fixes as they are now:
 * offline (the markup is the library's; DOMParser's document runs no script and loads nothing),
 * and sanitised and stored as every save is, in the same entry.
 */
export async function rereadSaved(
  record: SavedArticle,
  rulesOf: (url: string) => Promise<readonly SiteRule[]> = siteRules,
): Promise<RereadOutcome> {
  // A damaged record (bytes that are no gzip) is a page that cannot be read, not an error.
  const page: KeptPage | null = await pageOf(record.id).catch(() => null);
  if (!page) return { kind: 'cannot', reason: 'unreadable' };
  if (page.state === 'none') return { kind: 'cannot', reason: 'none' };
  if (page.state === 'skipped') return { kind: 'cannot', reason: page.reason };
  const rules = await rulesOf(page.url);
  if (!rules.length) return { kind: 'no-rules' };
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  const result = extractArticle(doc, page.url, { rules });
  if (!result.ok) return { kind: 'cannot', reason: 'unreadable' };
  const updated = await replaceArticle(record.id, result.article);
  return { kind: 'reread', applied: result.fixes?.applied ?? 0, record: updated };
}
