import type { AnyDb, UpgradeTx } from './types';

/**
 * v7: the list shows how an article opens where it has no teaser, so that such a row has no
 * empty band under its headline. Summaries of articles saved before get their opening from the
 * stored article; nothing else changes.
 */
export async function migrateToV7(_db: AnyDb, tx: UpgradeTx): Promise<void> {
  const summaries = tx.objectStore('summaries');
  const articles = tx.objectStore('articles');
  for (let cursor = await summaries.openCursor(); cursor; cursor = await cursor.continue()) {
    const summary = cursor.value as { id: string; firstTeaser: string | null; opening?: string };
    if (summary.firstTeaser || summary.opening !== undefined) continue;
    const record = (await articles.get(summary.id)) as { article: { excerpt?: string; text?: string } } | undefined;
    const opening = record && openingV7(record.article);
    if (opening) await cursor.update({ ...summary, opening });
  }
}

/** The opening as v7 defined it, frozen here: a later change to `openingOf` (records.ts) must not rewrite what this migration did. */
function openingV7(article: { excerpt?: string; text?: string }): string {
  return (article.excerpt || article.text || '').replace(/\s+/g, ' ').trim().slice(0, 240);
}
