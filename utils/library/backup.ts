import type { LibraryError } from '../messages';
import { allArticles, mergeArticles, type ImportCounts } from './articles';
import type { SavedArticle } from './db';
import { toFailure } from './errors';
import { normaliseUrl } from './records';
import { sanitizeContent } from './sanitize';
import { parseSavedArticle } from './validate';

export const BACKUP_FORMAT = 'lede-library';
/** Bump when the file's shape changes; older files keep importing. */
export const BACKUP_VERSION = 1;
/** A library of thousands of articles is a few tens of MB; far more than this is not ours. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface LibraryBackup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  articles: SavedArticle[];
}

/** Why a file was refused; nothing in the library changed. */
export type ImportProblem = 'too-large' | 'not-json' | 'foreign' | 'newer-version' | 'invalid-article';

export type ParsedBackup =
  | { ok: true; articles: SavedArticle[] }
  | { ok: false; problem: ImportProblem; /** 0-based, for 'invalid-article' */ index?: number };

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; problem: ImportProblem | LibraryError; index?: number };

export function backupOf(articles: SavedArticle[], now = new Date()): LibraryBackup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), articles };
}

export async function exportLibrary(now = new Date()): Promise<string> {
  return JSON.stringify(backupOf(await allArticles(), now));
}

/**
 * Checks a whole file before anything is written: one bad article refuses the file, so an
 * import is all or nothing. Bodies are sanitised again (a file can say anything); metadata stays
 * plain text, which every view renders as text.
 */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: 'foreign' };
  }
  const { version, articles } = data as { version?: unknown; articles?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || !Array.isArray(articles)) {
    return { ok: false, problem: 'foreign' };
  }
  if (version > BACKUP_VERSION) return { ok: false, problem: 'newer-version' };
  const parsed: SavedArticle[] = [];
  for (const [index, raw] of articles.entries()) {
    const record = parseSavedArticle(raw);
    if (!record) return { ok: false, problem: 'invalid-article', index };
    const article = { ...record.article, url: normaliseUrl(record.article.url), content: sanitizeContent(record.article.content) };
    parsed.push({ ...record, article });
  }
  return { ok: true, articles: parsed };
}

export async function importLibrary(text: string): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, counts: await mergeArticles(parsed.articles) };
  } catch (error) {
    return { ok: false, problem: toFailure(error).code };
  }
}
