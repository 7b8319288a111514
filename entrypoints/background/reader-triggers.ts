import { browser, type Browser } from 'wxt/browser';
import { runInTab } from '@/utils/inject';
import { registerMenus } from './menus';
import { registerOpenLibraryHandler, showLibrary } from './open-library';
import { followRun, registerTabIcon } from './action-icon';

/** The name of the keyboard command in the manifest (`wxt.config.ts`); users can rebind it. */
export const TOGGLE_COMMAND = 'toggle-reader';

/** Toolbar click, keyboard shortcut and context menu → inject or toggle the reader overlay. */
export function registerReaderTriggers(): void {
  browser.action.onClicked.addListener((tab) => void toggleReader(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_COMMAND && tab) void toggleReader(tab);
  });
  registerMenus(toggleReader);
  registerOpenLibraryHandler();
  registerTabIcon();
}

/**
 * Every trigger comes here. A page the browser keeps extensions out of (chrome://, the web store,
 * about:) gets the saved-articles popup, which says why; a page without an article gets the
 * overlay's own message.
 */
async function toggleReader(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  const result = await runInTab(tab.id, 'toggle');
  await followRun(tab.id, result);
  if (!result.ok && result.reason === 'restricted') await showLibrary(tab, 'restricted');
}
