import type { LibraryError } from '../messages';
import { allArticles, allPictures, mergeArticles, type ImportCounts, type UpdatedArticle } from './articles';
import { parseBackupPicture, toBackupPicture, type BackupPicture, type SkippedPicture } from './backup-pictures';
import type { SavedArticle, StoredHighlight, StoredPicture } from './db';
import { allHighlights } from './highlights';
import { parseStoredHighlight } from './highlight-input';
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
  /** Kept pictures, when the user chose to export them; older files and Ledes do without. */
  pictures?: BackupPicture[];
  /** Highlights and notes, always (they are small and the reader's own work); older files have none. */
  highlights?: StoredHighlight[];
}

/** Why a file was refused; nothing in the library changed. */
export type ImportProblem = 'too-large' | 'not-json' | 'foreign' | 'newer-version';

/** An entry of the file that cannot be imported; `index` is 0-based. */
export interface SkippedEntry {
  index: number;
  reason: SkipReason;
}

/** What an import writes: the good articles and their good pictures, and what was left out. */
export interface ParsedEntries {
  articles: SavedArticle[];
  skipped: SkippedEntry[];
  /** Pictures by the id their article has in the file; absent when the file carries none. */
  pictures?: StoredPicture[];
  /** Only when some picture could not be used; a lost picture does not hold up the import. */
  skippedPictures?: SkippedPicture[];
  /** Highlights by the id their article has in the file; a malformed one is left out. */
  highlights?: StoredHighlight[];
}

export type ParsedBackup = ({ ok: true } & ParsedEntries) | { ok: false; problem: ImportProblem };

export type ImportResult =
  | {
      ok: true;
      counts: ImportCounts;
      updated: UpdatedArticle[];
      skipped: SkippedEntry[];
      skippedPictures?: SkippedPicture[];
    }
  | { ok: false; problem: ImportProblem | LibraryError };

export function backupOf(
  articles: SavedArticle[],
  now = new Date(),
  pictures?: StoredPicture[],
  highlights: StoredHighlight[] = [],
): LibraryBackup {
  const backup: LibraryBackup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    articles,
    ...(highlights.length ? { highlights } : {}),
  };
  return pictures ? { ...backup, pictures: pictures.map(toBackupPicture) } : backup;
}

/** The whole library as a JSON backup; with its kept pictures only when asked (they are most of its size). */
export async function exportLibrary(now = new Date(), options: { pictures?: boolean } = {}): Promise<string> {
  const [articles, pictures, highlights] = await Promise.all([
    allArticles(),
    options.pictures ? allPictures() : undefined,
    allHighlights(),
  ]);
  return JSON.stringify(backupOf(articles, now, pictures, highlights));
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
  const { version, articles, pictures, highlights } = data as Record<string, unknown>;
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
  return {
    ok: true,
    articles: parsed,
    skipped,
    ...parsePictures(pictures, parsed),
    ...parseHighlights(highlights, parsed),
  };
}

function parseHighlights(entries: unknown, articles: SavedArticle[]): Pick<ParsedEntries, 'highlights'> {
  if (!Array.isArray(entries)) return {};
  const ids = new Set(articles.map((a) => a.id));
  const highlights = entries.flatMap((raw) => {
    const highlight = parseStoredHighlight(raw);
    return highlight && ids.has(highlight.articleId) ? [highlight] : [];
  });
  return { highlights };
}

function parsePictures(
  entries: unknown,
  articles: SavedArticle[],
): Pick<ParsedEntries, 'pictures' | 'skippedPictures'> {
  if (!Array.isArray(entries)) return {};
  const ids = new Set(articles.map((a) => a.id));
  const pictures: StoredPicture[] = [];
  const skippedPictures: SkippedPicture[] = [];
  for (const [index, raw] of entries.entries()) {
    const picture = parseBackupPicture(raw, ids);
    if ('skip' in picture) skippedPictures.push({ index, reason: picture.skip });
    else pictures.push(picture);
  }
  return skippedPictures.length ? { pictures, skippedPictures } : { pictures };
}

/** Writes the good entries of a parsed file, pictures included, all in one transaction. */
export async function importParsed(parsed: ParsedEntries): Promise<ImportResult> {
  try {
    const { counts, updated } = await mergeArticles(parsed.articles, parsed.pictures, parsed.highlights);
    const lostPictures = parsed.skippedPictures?.length ? { skippedPictures: parsed.skippedPictures } : {};
    return { ok: true, counts, updated, skipped: parsed.skipped, ...lostPictures };
  } catch (error) {
    return { ok: false, problem: toFailure(error).code };
  }
}

/** Parses and imports in one go; entries that cannot be read are left out and listed. */
export async function importLibrary(text: string): Promise<ImportResult> {
  const parsed = parseBackup(text);
  return parsed.ok ? importParsed(parsed) : parsed;
}
