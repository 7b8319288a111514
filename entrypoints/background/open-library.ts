import { browser, type Browser } from 'wxt/browser';
import type { RunFailure } from '@/utils/inject';
import { onMessage } from '@/utils/messages';

type Tab = Browser.tabs.Tab;

/**
 * Shows the saved-articles popup. The toolbar click belongs to the reader (no default popup), so
 * the popup is set for this tab only long enough to open it; where `openPopup` is missing or
 * refused (older browsers, Firefox outside a user gesture), `popup.html` opens in a tab instead.
 * `reason` tells the popup why the reader did not open.
 */
export async function showLibrary(tab: Tab | undefined, reason?: RunFailure): Promise<void> {
  const query = reason ? `?reason=${encodeURIComponent(reason)}` : '';
  const page = `popup.html${query}`;
  const tabId = tab?.id;
  try {
    await browser.action.setPopup({ popup: page, tabId });
    await browser.action.openPopup(tab?.windowId === undefined ? undefined : { windowId: tab.windowId });
    return;
  } catch {
    // Fall through to the tab.
  } finally {
    await browser.action.setPopup({ popup: '', tabId }).catch(() => {});
  }
  await browser.tabs.create({
    url: browser.runtime.getURL(`/popup.html${query}`),
    ...(tab?.index === undefined ? {} : { index: tab.index + 1, windowId: tab.windowId }),
  });
}

/** The overlay's "Saved articles" button. */
export function registerOpenLibraryHandler(): void {
  onMessage('openLibrary', ({ sender }) => {
    if (sender.id !== browser.runtime.id) return;
    void showLibrary(sender.tab);
  });
}
