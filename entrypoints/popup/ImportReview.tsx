import { useEffect, useRef } from 'preact/hooks';
import { skippedEntryText } from '@/components/LibraryText';
import { t, type MessageKey } from '@/utils/i18n';
import type { SkippedEntry } from '@/utils/library/backup';
import type { PictureSkipReason, SkippedPicture } from '@/utils/library/backup-pictures';

const PICTURE_REASONS: Record<PictureSkipReason, MessageKey> = {
  damaged: 'libPictureSkipDamaged',
  'not-an-image': 'libPictureSkipNotImage',
  'too-large': 'libPictureSkipTooLarge',
  'no-article': 'libPictureSkipNoArticle',
};

/** "Picture 3: not an image": said after the import, which such a picture does not hold up. */
export function skippedPictureText(entry: SkippedPicture): string {
  return t('libSkippedPicture', [String(entry.index + 1), t(PICTURE_REASONS[entry.reason])]);
}

/** A file with thousands of damaged entries still gives a list one can read. */
const SHOWN = 20;

export interface ImportReviewProps {
  /** Entries that can be imported. */
  good: number;
  skipped: SkippedEntry[];
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Shown before anything is written when some entries of a backup cannot be read: which ones and
 * why, then the choice to import the others or to cancel the whole import.
 */
export function ImportReview({ good, skipped, onConfirm, onCancel }: ImportReviewProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const more = skipped.length - SHOWN;
  return (
    <section class="lib-import-review" role="alertdialog" aria-labelledby="lib-import-review-title">
      <p id="lib-import-review-title">
        {good > 0
          ? t('libImportSomeSkipped', [String(skipped.length), String(good)])
          : t('libImportAllSkipped', String(skipped.length))}
      </p>
      <ul>
        {skipped.slice(0, SHOWN).map((entry) => (
          <li key={entry.index}>{skippedEntryText(entry)}</li>
        ))}
        {more > 0 && <li>{t('libImportMoreSkipped', String(more))}</li>}
      </ul>
      <div class="lib-import-actions">
        {good > 0 && (
          <button type="button" ref={first} onClick={onConfirm}>
            {t('libImportOthers', String(good))}
          </button>
        )}
        <button type="button" ref={good > 0 ? undefined : first} onClick={onCancel}>
          {t('libImportCancel')}
        </button>
      </div>
    </section>
  );
}
