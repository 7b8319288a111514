import { browser } from 'wxt/browser';
import type { RunResult } from '@/utils/inject';
import { onMessage } from '@/utils/messages';

/** What the toolbar icon shows for a tab: the reader open over it, its article saved. */
export interface TabIconState {
  open: boolean;
  saved: boolean;
}

const SIZES = [16, 32, 48, 128];
const paths = (name: string) => Object.fromEntries(SIZES.map((size) => [String(size), `/icon/${name}-${size}.png`]));

/**
 * Per tab, as last told. The worker may be stopped between events; the icon the browser shows
 * stays, and a later event that knows only one half keeps the other at its default.
 */
const tabs = new Map<number, TabIconState>();

/** Sets the tab's icon after a change; a tab that closed meanwhile is no error. */
export async function updateTabIcon(tabId: number | undefined, change: Partial<TabIconState>): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const state: TabIconState = { open: false, saved: false, ...tabs.get(tabId), ...change };
  tabs.set(tabId, state);
  const name = state.open ? (state.saved ? 'lede-open-saved' : 'lede-open') : state.saved ? 'lede-saved' : null;
  try {
    if (name) await browser.action.setIcon({ tabId, path: paths(name) });
    // Back to the manifest's icon: in Firefox an empty path, so its theme_icons apply again.
    else await browser.action.setIcon({ tabId, path: import.meta.env.FIREFOX ? {} : paths('lede') });
  } catch {
    tabs.delete(tabId);
  }
}

/** What a toolbar click, shortcut or menu entry did in a tab. */
export function followRun(tabId: number | undefined, result: RunResult): Promise<void> {
  if (!result.ok) return Promise.resolve();
  if (result.state === 'saved') return updateTabIcon(tabId, { saved: true });
  return updateTabIcon(tabId, { open: result.state === 'opened' });
}

/**
 * The overlay closed by itself (Esc, ✕); and a new page in the tab (the overlay went with the
 * old one), or the tab gone: forget it.
 */
export function registerTabIcon(): void {
  onMessage('readerClosed', ({ sender }) => {
    if (sender.id === browser.runtime.id) void updateTabIcon(sender.tab?.id, { open: false });
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && tabs.has(tabId)) void updateTabIcon(tabId, { open: false, saved: false });
  });
  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
}
