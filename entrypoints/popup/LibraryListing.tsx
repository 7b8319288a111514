import { t } from '@/utils/i18n';
import { SavedList } from '@/components/SavedList';
import type { ArticleSummary } from '@/utils/library/db';
import type { Listing } from './useLibraryList';

/** The count, the list itself, or why there is none (loading, empty library, nothing matches). */
export function LibraryListing(props: {
  listing: Listing | null;
  onRange(first: number, last: number): void;
  activeIndex: number;
  onActiveChange(index: number): void;
  onOpen(item: ArticleSummary): void;
  onToggleRead(item: ArticleSummary): void;
  onDelete(item: ArticleSummary): void;
}) {
  const { listing } = props;
  const size = listing?.size ?? 0;
  return (
    <>
      <p class="lib-count" aria-live="polite">
        {listing && listing.total > 0 ? t('libCount', [String(size), String(listing.total)]) : ''}
      </p>
      {listing === null ? (
        <p class="lib-empty">{t('libLoading')}</p>
      ) : listing.total === 0 ? (
        <div class="lib-empty">
          <p>
            <strong>{t('libEmpty')}</strong>
          </p>
          <p>{t('libEmptyHow')}</p>
        </div>
      ) : size === 0 ? (
        <p class="lib-empty">{t('libNoMatches')}</p>
      ) : (
        <SavedList
          ids={listing.ids}
          count={size}
          summaryOf={(id) => listing.summaries.get(id)}
          onRange={props.onRange}
          label={t('libTitle')}
          activeIndex={props.activeIndex}
          onActiveChange={props.onActiveChange}
          onOpen={props.onOpen}
          onToggleRead={props.onToggleRead}
          onDelete={props.onDelete}
        />
      )}
      {size > 0 && <p class="lib-hint">{t('libKeyboardHint')}</p>}
    </>
  );
}
