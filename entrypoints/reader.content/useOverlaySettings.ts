import { useEffect, useState } from 'preact/hooks';
import { saveSettings, watchSettings, type ReaderSettings } from '@/utils/settings';

/**
 * The reader's settings in the overlay: changed here or in any other tab, and kept working in
 * this tab when Lede was updated under the page (its storage and listeners are gone then).
 */
export function useOverlaySettings(initial: ReaderSettings): [ReaderSettings, (next: ReaderSettings) => void] {
  const [settings, setSettings] = useState(initial);
  useEffect(() => {
    const unwatch = watchSettings(setSettings);
    return () => {
      try {
        unwatch();
      } catch {
        // Lede was updated under this page: the listener went with the old extension context.
      }
    };
  }, []);
  const change = (next: ReaderSettings) => {
    setSettings(next);
    saveSettings(next).catch(() => {
      // Storage gone (extension updated): the choice still applies in this tab.
    });
  };
  return [settings, change];
}
