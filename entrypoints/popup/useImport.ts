import { useState } from 'preact/hooks';
import { importProblemText, skippedEntryText } from '@/components/LibraryText';
import { skippedPictureText } from './ImportReview';
import { t } from '@/utils/i18n';
import {
  importParsed,
  MAX_BACKUP_BYTES,
  parseBackup,
  type ImportResult,
  type SkippedEntry,
} from '@/utils/library/backup';
import type { SavedArticle } from '@/utils/library/db';
import type { Notice } from './notice';

/** A parsed backup waiting for the user's word because some of its entries cannot be read. */
export type PendingImport = { articles: SavedArticle[]; skipped: SkippedEntry[] } | null;

/**
 * Import of a JSON backup: read and check the whole file first; when some entries cannot be read,
 * nothing is written until the user confirms importing the others.
 */
export function useImport(
  setNotice: (notice: Notice) => void,
  refresh: () => void,
): { pending: PendingImport; importFile(file: File): Promise<void>; confirm(): Promise<void>; cancel(): void } {
  const [pending, setPending] = useState<PendingImport>(null);

  const report = (result: ImportResult) => {
    if (!result.ok) {
      setNotice({ text: importProblemText(result.problem), error: true });
      return;
    }
    const { added, updated, skipped } = result.counts;
    const text = t('libImported', [String(added), String(updated), String(skipped)]);
    const details = [
      ...result.updated.map((article) => t('libImportUpdatedArticle', article.title)),
      ...result.skipped.map(skippedEntryText),
      ...(result.skippedPictures ?? []).map(skippedPictureText),
    ];
    setNotice({ text, error: false, details });
    refresh();
  };

  const importFile = async (file: File) => {
    setPending(null);
    if (file.size > MAX_BACKUP_BYTES) {
      setNotice({ text: importProblemText('too-large'), error: true });
      return;
    }
    setNotice({ text: t('libImporting'), error: false });
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setNotice({ text: importProblemText(parsed.problem), error: true });
      return;
    }
    if (parsed.skipped.length > 0) {
      setNotice(null);
      setPending(parsed);
      return;
    }
    report(await importParsed(parsed));
  };

  const confirm = async () => {
    if (!pending) return;
    const parsed = pending;
    setPending(null);
    setNotice({ text: t('libImporting'), error: false });
    report(await importParsed(parsed));
  };

  const cancel = () => {
    setPending(null);
    setNotice({ text: t('libImportCancelled'), error: false });
  };

  return { pending, importFile, confirm, cancel };
}
