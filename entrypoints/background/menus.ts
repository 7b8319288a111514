import { browser, type Browser } from 'wxt/browser';
import { runInTab } from '@/utils/inject';
import { t } from '@/utils/i18n';
import { showLibrary } from './open-library';

const OPEN = 'lede-open';
const SAVE = 'lede-save';
const LIBRARY = 'lede-library';

/**
 * Context menu entries: "Open in Lede" and "Save to read later" on pages, "Saved articles" on the
 * toolbar button. Menus persist in the browser, so they are (re)created only on install/update;
 * the click listener is registered on every worker start so a click can wake the worker.
 */
export function registerMenus(toggleReader: (tab: Browser.tabs.Tab) => Promise<void>): void {
  browser.runtime.onInstalled.addListener(() => {
    void createMenus();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === LIBRARY) {
      void showLibrary(tab);
      return;
    }
    if (tab?.id === undefined) return;
    if (info.menuItemId === OPEN) void toggleReader(tab);
    else if (info.menuItemId === SAVE) void runInTab(tab.id, 'save');
  });
}

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: OPEN, title: t('menuOpen'), contexts: ['page'] });
  browser.contextMenus.create({ id: SAVE, title: t('menuSave'), contexts: ['page'] });
  browser.contextMenus.create({ id: LIBRARY, title: t('menuLibrary'), contexts: ['action'] });
}
