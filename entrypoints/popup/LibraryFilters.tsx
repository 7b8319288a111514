import { t } from '@/utils/i18n';
import { ListenUnreadButton } from '@/components/listen/ListenUnreadButton';

/** Search, the all/unread filter, and the actions that work on the whole list. */
export function LibraryFilters(props: {
  query: string;
  onQuery(query: string): void;
  unreadOnly: boolean;
  onUnreadOnly(unreadOnly: boolean): void;
}) {
  return (
    <div class="lib-controls">
      <input
        type="search"
        class="lib-search"
        aria-label={t('libSearchLabel')}
        placeholder={t('libSearchPlaceholder')}
        value={props.query}
        onInput={(e) => props.onQuery(e.currentTarget.value)}
      />
      <fieldset class="lib-filter">
        <legend class="lib-visually-hidden">{t('libFilterLabel')}</legend>
        <label>
          <input type="radio" name="filter" checked={!props.unreadOnly} onChange={() => props.onUnreadOnly(false)} />
          {t('libFilterAll')}
        </label>
        <label>
          <input type="radio" name="filter" checked={props.unreadOnly} onChange={() => props.onUnreadOnly(true)} />
          {t('libFilterUnread')}
        </label>
      </fieldset>
      <ListenUnreadButton />
    </div>
  );
}
