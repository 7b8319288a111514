import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CurrentTabState } from '@/components/PopupCurrentTab';
import { runFailureText } from '@/components/LibraryText';
import { runInTab } from '@/utils/inject';
import { findIdByUrl } from '@/utils/library/articles';

type Tab = { id: number; url?: string };

/**
 * The page the popup was opened over, whether it is saved, and a save that runs in that tab (the
 * page's own extraction, as the reader's Save would).
 */
export function useCurrentTab(
  onSaved: () => void,
  onFailure: (text: string) => void,
): { current: CurrentTabState; save(): Promise<void> } {
  const [current, setCurrent] = useState<CurrentTabState>({ kind: 'none' });
  const tab = useRef<Tab | null>(null);

  useEffect(() => {
    void loadCurrentTab().then(async (found) => {
      tab.current = found;
      if (!found) return;
      const id = found.url ? await findIdByUrl(found.url).catch(() => null) : null;
      setCurrent(id ? { kind: 'saved', id } : { kind: 'unsaved', saving: false });
    });
  }, []);

  const save = async () => {
    const target = tab.current;
    if (!target) return;
    setCurrent({ kind: 'unsaved', saving: true });
    const result = await runInTab(target.id, 'save');
    if (!result.ok) {
      onFailure(runFailureText(result.reason));
      setCurrent({ kind: 'unsaved', saving: false });
      return;
    }
    onSaved();
    const id = target.url ? await findIdByUrl(target.url).catch(() => null) : null;
    setCurrent(id ? { kind: 'saved', id } : { kind: 'unsaved', saving: false });
  };

  return { current, save };
}

/** The tab the popup was opened over; none when the popup itself runs in a tab. */
async function loadCurrentTab(): Promise<Tab | null> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  if (active?.id === undefined) return null;
  if (active.url && !/^https?:/i.test(active.url)) return null;
  return { id: active.id, url: active.url };
}
