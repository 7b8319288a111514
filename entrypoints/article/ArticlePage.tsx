import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PicturesContext } from '@/components/ArticleBody';
import { Reader } from '@/components/Reader';
import { Listen } from '@/components/listen/Listen';
import { Highlights } from '@/components/highlights/Highlights';
import { savedHighlightStore } from './highlight-store';
import { setListenPosition } from '@/utils/library/articles';
import type { SavedArticle } from '@/utils/library/db';
import { ArticleTools } from './ArticleTools';
import { MissingArticle } from './MissingArticle';
import { Reread } from './Reread';
import { useSavedPictures, withLeadInBody } from './saved-pictures';
import { usePageSettings } from './usePageSettings';
import { useReadingProgress } from './useReadingProgress';
import { useSavedRecord } from './useSavedRecord';
import { useSaveToggle } from './useSaveToggle';

/**
 * A saved article, read from IndexedDB with no network. The body goes through Reader's
 * ArticleBody, which sanitises it again: this page runs in the extension's origin, next to the
 * whole library.
 */
export function ArticlePage({ id, playlist }: { id: string; playlist?: { onFinished(): void } }) {
  const loaded = useSavedRecord(id);
  const [settings, changeSettings] = usePageSettings();
  // A copy read again replaces the one loaded; its highlights are found again in the new text.
  const [reread, setReread] = useState<SavedArticle | null>(null);
  const record = reread ?? (loaded.state === 'ready' ? loaded.record : null);
  const { saved, saveError, toggleSave } = useSaveToggle(record);
  const pictures = useSavedPictures(record?.id ?? null);
  const shown = useMemo(() => (record ? withLeadInBody(record.article) : null), [record]);
  useReadingProgress(record, pictures !== null);
  const highlightStore = useMemo(() => savedHighlightStore(id), [id]);
  const reveal = useMemo(() => new URLSearchParams(location.hash.slice(1)).get('highlight'), []);

  const showLibrary = () => {
    location.href = browser.runtime.getURL('/popup.html');
  };

  if (loaded.state === 'loading' || (record && !pictures)) return null;
  if (!record || !shown || !pictures) return <MissingArticle />;

  return (
    <>
      {/* Keyed by the copy's version: a re-read article is laid out, and its highlights anchored, afresh. */}
      <PicturesContext.Provider key={record.updatedAt} value={pictures}>
        <Listen
          article={record.article}
          host={() => document.body}
          resumeFrom={record.listenPosition ?? null}
          onPosition={(position) => void setListenPosition(record.id, position).catch(() => undefined)}
          onFinished={playlist?.onFinished}
          autoplay={playlist !== undefined}
        >
          <Highlights store={highlightStore} reveal={reveal}>
            <Reader
              article={shown}
              settings={settings}
              onSettingsChange={changeSettings}
              saved={saved}
              onToggleSave={() => void toggleSave()}
              saveError={saveError}
              onShowLibrary={showLibrary}
            />
          </Highlights>
          <ArticleTools record={record} theme={settings.theme} />
        </Listen>
      </PicturesContext.Provider>
      <Reread record={record} theme={settings.theme} onReread={setReread} />
    </>
  );
}
