import { useCallback, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LibraryMenu } from '@/components/LibraryMenu';
import { libraryErrorText, runFailureText } from '@/components/LibraryText';
import { PopupCurrentTab } from '@/components/PopupCurrentTab';
import { PopupToast } from '@/components/PopupToast';
import { t } from '@/utils/i18n';
import { setRead } from '@/utils/library/articles';
import type { ArticleSummary } from '@/utils/library/db';
import { toFailure } from '@/utils/library/errors';
import { exportLibraryAs, type ExportKind } from './export-library';
import { HighlightsView } from './HighlightsView';
import { ImportReview } from './ImportReview';
import { KeepPictures } from './KeepPictures';
import { LibraryFilters } from './LibraryFilters';
import { LibraryListing } from './LibraryListing';
import { NoticeBox, type Notice } from './notice';
import { useCurrentTab } from './useCurrentTab';
import { useImport } from './useImport';
import { useLibraryList } from './useLibraryList';
import { useUndoDelete } from './useUndoDelete';

/** The saved-articles popup: the current page on top, then search, filter and the list. */
export function App() {
  const reason = useMemo(() => new URLSearchParams(location.search).get('reason'), []);
  const [query, setQuery] = useState('');
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [active, setActive] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const [view, setView] = useState<'articles' | 'highlights'>('articles');

  const fail = useCallback(
    (error: unknown) => setNotice({ text: libraryErrorText(toFailure(error).code), error: true }),
    [],
  );
  const { listing, showRange, refresh } = useLibraryList(query, unreadOnly, fail);
  const currentTab = useCurrentTab(refresh, (text) => setNotice({ text, error: true }));
  const { deleted, remove, undo } = useUndoDelete(refresh, fail);
  const backup = useImport(setNotice, refresh);

  const size = listing?.size ?? 0;
  const activeIndex = Math.min(active, Math.max(0, size - 1));

  const openArticle = (id: string, highlight?: string) => {
    const at = highlight ? `#highlight=${encodeURIComponent(highlight)}` : '';
    const url = `${browser.runtime.getURL('/article.html')}?id=${encodeURIComponent(id)}${at}`;
    void browser.tabs.create({ url });
  };
  const toggleRead = (item: ArticleSummary) => setRead(item.id, !item.read).then(refresh, fail);
  const exportAs = (kind: ExportKind, withPictures = false) => exportLibraryAs(kind, withPictures).catch(fail);

  return (
    <main class="lib-popup">
      <header class="lib-header">
        <h1>{t('libTitle')}</h1>
        <LibraryMenu
          onExportJson={(withPictures) => void exportAs('json', withPictures)}
          onExportMarkdown={() => void exportAs('md')}
          onExportHtml={() => void exportAs('html')}
          onImport={(file) => void backup.importFile(file)}
        />
      </header>
      <KeepPictures />
      <a class="lib-fixes-link" href="/options.html" target="_blank">
        {t('fixesOpen')}
      </a>
      {reason && (
        <p class="lib-reason" role="alert">
          {runFailureText(reason)}
        </p>
      )}
      <PopupCurrentTab state={currentTab.current} onSave={() => void currentTab.save()} onOpen={openArticle} />
      <NoticeBox notice={notice} onDismiss={() => setNotice(null)} />
      {backup.pending && (
        <ImportReview
          good={backup.pending.articles.length}
          skipped={backup.pending.skipped}
          onConfirm={() => void backup.confirm()}
          onCancel={backup.cancel}
        />
      )}
      <div class="lib-views">
        <button type="button" aria-pressed={view === 'articles'} onClick={() => setView('articles')}>
          {t('hlViewArticles')}
        </button>
        <button type="button" aria-pressed={view === 'highlights'} onClick={() => setView('highlights')}>
          {t('hlViewHighlights')}
        </button>
      </div>
      {view === 'highlights' ? (
        <HighlightsView onOpen={openArticle} fail={fail} />
      ) : (
        <>
          <LibraryFilters query={query} onQuery={setQuery} unreadOnly={unreadOnly} onUnreadOnly={setUnreadOnly} />
          <LibraryListing
            listing={listing}
            onRange={showRange}
            activeIndex={activeIndex}
            onActiveChange={setActive}
            onOpen={(item) => openArticle(item.id)}
            onToggleRead={(item) => void toggleRead(item)}
            onDelete={(item) => void remove(item)}
          />
        </>
      )}
      <PopupToast text={deleted ? t('libDeleted', deleted.article.title) : null} onUndo={() => void undo()} />
    </main>
  );
}
