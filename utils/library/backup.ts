import type { LibraryError } from '../messages';
import { allArticles, mergeArticles, type ImportCounts, type UpdatedArticle } from './articles';
import type { SavedArticle } from './db';
import { toFailure } from './errors';
import { normalizeUrl } from './records';
import { sanitizeContent } from './sanitize';
import { parseSavedArticle, whyInvalid, type SkipReason } from './validate';

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
export type ImportProblem = 'too-large' | 'not-json' | 'foreign' | 'newer-version';

/** An entry of the file that cannot be imported; `index` is 0-based. */
export interface SkippedEntry {
  index: number;
  reason: SkipReason;
}

export type ParsedBackup =
  { ok: true; articles: SavedArticle[]; skipped: SkippedEntry[] } | { ok: false; problem: ImportProblem };

export type ImportResult =
  | { ok: true; counts: ImportCounts; updated: UpdatedArticle[]; skipped: SkippedEntry[] }
  | { ok: false; problem: ImportProblem | LibraryError };

export function backupOf(articles: SavedArticle[], now = new Date()): LibraryBackup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), articles };
}

export async function exportLibrary(now = new Date()): Promise<string> {
  return JSON.stringify(backupOf(await allArticles(), now));
}

/**
 * Checks a whole file before anything is written. A file that is not a Lede backup is refused
 * whole; within one, a damaged entry is set aside with the reason and the others can still be
 * imported (the popup lets the user cancel instead). Bodies are sanitised again (a file can say anything); metadata stays
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
  const skipped: SkippedEntry[] = [];
  for (const [index, raw] of articles.entries()) {
    const record = parseSavedArticle(raw);
    if (!record) {
      skipped.push({ index, reason: whyInvalid(raw) });
      continue;
    }
    const article = {
      ...record.article,
      url: normalizeUrl(record.article.url),
      content: sanitizeContent(record.article.content),
    };
    parsed.push({ ...record, article });
  }
  return { ok: true, articles: parsed, skipped };
}

/** Writes the good entries of a parsed file, all in one transaction. */
export async function importParsed(parsed: {
  articles: SavedArticle[];
  skipped: SkippedEntry[];
}): Promise<ImportResult> {
  try {
    const { counts, updated } = await mergeArticles(parsed.articles);
    return { ok: true, counts, updated, skipped: parsed.skipped };
  } catch (error) {
    return { ok: false, problem: toFailure(error).code };
  }
}

/** Parses and imports in one go; entries that cannot be read are left out and listed. */
export async function importLibrary(text: string): Promise<ImportResult> {
  const parsed = parseBackup(text);
  return parsed.ok ? importParsed(parsed) : parsed;
}
