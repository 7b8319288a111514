import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings, type ReaderSettings } from '@/utils/settings';

/** The reader's settings on the saved-article page, kept in step with every other tab. */
export function usePageSettings(): [ReaderSettings, (next: ReaderSettings) => void] {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const change = (next: ReaderSettings) => {
    setSettings(next);
    void saveSettings(next);
  };
  return [settings, change];
}
