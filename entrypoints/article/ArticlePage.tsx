import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PicturesContext } from '@/components/ArticleBody';
import { libraryErrorText } from '@/components/LibraryText';
import { Reader } from '@/components/Reader';
import { Listen } from '@/components/listen/Listen';
import { t } from '@/components/i18n';
import {
  getArticle,
  removeArticle,
  restoreArticle,
  setListenPosition,
  setProgress,
  setRead,
} from '@/utils/library/articles';
import type { SavedArticle } from '@/utils/library/db';
import { downloadText, fileSlug } from '@/utils/library/download';
import { toFailure } from '@/utils/library/errors';
import { articlesToHtml } from '@/utils/library/html-export';
import { articleToMarkdown } from '@/utils/library/markdown';
import { picturesByArticle } from '@/utils/library/pictures';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings, type ReaderSettings } from '@/utils/settings';
import { READ_AT, scrollToProgress, trackProgress } from './progress';
import { useSavedPictures, withLeadInBody } from './saved-pictures';

const PROGRESS_INTERVAL_MS = 1000;

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; record: SavedArticle };

/**
 * A saved article, read from IndexedDB with no network. The body goes through Reader's
 * ArticleBody, which sanitises it again: this page runs in the extension's origin, next to the
 * whole library.
 */
export function ArticlePage({ id, playlist }: { id: string; playlist?: { onFinished(): void } }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState(true);
  const [saveError, setSaveError] = useState<string | null>(null);
  const markedRead = useRef(false);

  useEffect(() => {
    getArticle(id).then(
      (record) => setLoaded(record ? { state: 'ready', record } : { state: 'missing' }),
      () => setLoaded({ state: 'missing' }),
    );
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, [id]);

  const record = loaded.state === 'ready' ? loaded.record : null;
  const pictures = useSavedPictures(record?.id ?? null);
  const shown = useMemo(() => (record ? withLeadInBody(record.article) : null), [record]);

  useEffect(() => {
    if (!record || !pictures) return;
    document.title = record.article.title;
    markedRead.current = record.read;
    // Let the body lay out before jumping to where the reader stopped.
    requestAnimationFrame(() => scrollToProgress(record.readProgress));
    return trackProgress((progress) => {
      void setProgress(record.id, progress).catch(() => undefined);
      if (progress >= READ_AT && !markedRead.current) {
        markedRead.current = true;
        void setRead(record.id, true).catch(() => undefined);
      }
    }, PROGRESS_INTERVAL_MS);
  }, [record, pictures]);

  const showLibrary = () => {
    location.href = browser.runtime.getURL('/popup.html');
  };

  if (loaded.state === 'loading' || (record && !pictures)) return null;
  if (!record || !shown || !pictures) {
    return (
      <main class="reader-missing">
        <p role="alert">{t('libReaderNotFound')}</p>
        <p>
          <a href={browser.runtime.getURL('/popup.html')}>{t('libReaderBackToList')}</a>
        </p>
      </main>
    );
  }

  // Unsaving here really deletes; saving again puts the same record back, progress included.
  const toggleSave = async () => {
    try {
      if (saved) await removeArticle(record.id);
      else await restoreArticle(record);
      setSaved(!saved);
      setSaveError(null);
    } catch (error) {
      setSaveError(libraryErrorText(toFailure(error).code));
    }
  };

  const name = fileSlug(record.article.title, 'article');
  const labels = { source: t('libSource') };
  return (
    <PicturesContext.Provider value={pictures}>
      <Listen
        article={record.article}
        host={() => document.body}
        resumeFrom={record.listenPosition ?? null}
        onPosition={(position) => void setListenPosition(record.id, position).catch(() => undefined)}
        onFinished={playlist?.onFinished}
        autoplay={playlist !== undefined}
      >
        <Reader
          article={shown}
          settings={settings}
          onSettingsChange={(next) => {
            setSettings(next);
            void saveSettings(next);
          }}
          saved={saved}
          onToggleSave={() => void toggleSave()}
          saveError={saveError}
          onShowLibrary={showLibrary}
        />
        <nav class="reader-tools lede-root" data-theme={settings.theme} aria-label={t('libMenu')}>
          <button
            type="button"
            onClick={() => downloadText(`${name}.md`, 'text/markdown', articleToMarkdown(record.article))}
          >
            {t('libExportArticleMarkdown')}
          </button>
          <button
            type="button"
            onClick={() =>
              void picturesByArticle([record.id]).then((pictures) =>
                downloadText(
                  `${name}.html`,
                  'text/html',
                  articlesToHtml([record], labels, record.article.title, pictures),
                ),
              )
            }
          >
            {t('libExportArticleHtml')}
          </button>
        </nav>
      </Listen>
    </PicturesContext.Provider>
  );
}
