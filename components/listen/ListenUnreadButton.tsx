import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/** The popup's "Listen to unread": opens the saved-article page as a playlist in its own tab. */
export function ListenUnreadButton() {
  const open = () => void browser.tabs.create({ url: `${browser.runtime.getURL('/article.html')}?listen=unread` });
  return (
    <button type="button" class="lib-listen-unread" onClick={open}>
      <span aria-hidden="true">▶</span> {t('listenUnread')}
    </button>
  );
}
