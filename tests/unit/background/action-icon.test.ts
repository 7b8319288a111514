import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followRun, registerTabIcon, updateTabIcon } from '@/entrypoints/background/action-icon';

type SetIcon = typeof fakeBrowser.action.setIcon;
let setIcon: ReturnType<typeof vi.fn>;

/** The icon the tab shows now, by its file name at 16 px. */
const shown = (tabId: number) => {
  const calls = setIcon.mock.calls.filter(([details]) => details.tabId === tabId);
  const last = calls.at(-1)?.[0] as { path: Record<string, string> } | undefined;
  return last?.path['16'] ?? null;
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  setIcon = vi.fn().mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setIcon').mockImplementation(setIcon as unknown as SetIcon);
});

describe('toolbar icon per tab', () => {
  it('shows the reader open, then saved, then closed but saved', async () => {
    await followRun(3, { ok: true, state: 'opened' });
    expect(shown(3)).toBe('/icon/lede-open-16.png');
    await updateTabIcon(3, { saved: true });
    expect(shown(3)).toBe('/icon/lede-open-saved-16.png');
    await followRun(3, { ok: true, state: 'closed' });
    expect(shown(3)).toBe('/icon/lede-saved-16.png');
    await updateTabIcon(3, { saved: false });
    expect(shown(3)).toBe('/icon/lede-16.png');
  });

  it('saving from the menu without opening the reader marks the tab saved', async () => {
    await followRun(4, { ok: true, state: 'saved' });
    expect(shown(4)).toBe('/icon/lede-saved-16.png');
  });

  it('a failure changes nothing, and other tabs keep their own icon', async () => {
    await followRun(5, { ok: true, state: 'opened' });
    await followRun(6, { ok: false, reason: 'no-article' });
    expect(shown(5)).toBe('/icon/lede-open-16.png');
    expect(shown(6)).toBeNull();
  });

  it('a new page in the tab takes the icon back', async () => {
    registerTabIcon();
    await followRun(7, { ok: true, state: 'opened' });
    await updateTabIcon(7, { saved: true });
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, { id: 7 } as never);
    await vi.waitFor(() => expect(shown(7)).toBe('/icon/lede-16.png'));
  });
});
