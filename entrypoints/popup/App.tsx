import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LibraryMenu } from '@/components/LibraryMenu';
import { importProblemText, libraryErrorText, runFailureText, skippedEntryText } from '@/components/LibraryText';
import { PopupCurrentTab, type CurrentTabState } from '@/components/PopupCurrentTab';
import { PopupToast } from '@/components/PopupToast';
import { SavedList } from '@/components/SavedList';
import { t } from '@/components/i18n';
import { runInTab } from '@/utils/inject';
import { allArticles, findIdByUrl, removeArticle, restoreArticle, setRead } from '@/utils/library/articles';
import {
  exportLibrary,
  importParsed,
  MAX_BACKUP_BYTES,
  parseBackup,
  type ImportResult,
  type SkippedEntry,
} from '@/utils/library/backup';
import type { ArticleSummary, SavedArticle } from '@/utils/library/db';
import { dateStamp, downloadText } from '@/utils/library/download';
import { toFailure } from '@/utils/library/errors';
import { articlesToHtml } from '@/utils/library/html-export';
import { articlesToMarkdown } from '@/utils/library/markdown';
import { picturesByArticle } from '@/utils/library/pictures';
import { KeepPictures } from './KeepPictures';
import { ImportReview } from './ImportReview';
import { useLibraryList } from './useLibraryList';
import { ListenUnreadButton } from '@/components/listen/ListenUnreadButton';

const UNDO_MS = 6000;

type Notice = { text: string; error: boolean; details?: string[] } | null;

/** A parsed backup waiting for the user's word because some of its entries cannot be read. */
type PendingImport = { articles: SavedArticle[]; skipped: SkippedEntry[] } | null;

/** The saved-articles popup: the current page on top, then search, filter and the list. */
export function App() {
  const reason = useMemo(() => new URLSearchParams(location.search).get('reason'), []);
  const [query, setQuery] = useState('');
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [active, setActive] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const [deleted, setDeleted] = useState<SavedArticle | null>(null);
  const [pendingImport, setPendingImport] = useState<PendingImport>(null);
  const [current, setCurrent] = useState<CurrentTabState>({ kind: 'none' });
  const tab = useRef<{ id: number; url?: string } | null>(null);

  const fail = useCallback(
    (error: unknown) => setNotice({ text: libraryErrorText(toFailure(error).code), error: true }),
    [],
  );
  const { listing, showRange, refresh } = useLibraryList(query, unreadOnly, fail);

  useEffect(() => {
    void loadCurrentTab().then(async (found) => {
      tab.current = found;
      if (!found) return;
      const id = found.url ? await findIdByUrl(found.url).catch(() => null) : null;
      setCurrent(id ? { kind: 'saved', id } : { kind: 'unsaved', saving: false });
    });
  }, []);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const size = listing?.size ?? 0;
  const activeIndex = Math.min(active, Math.max(0, size - 1));

  const openArticle = (id: string) => {
    const url = `${browser.runtime.getURL('/article.html')}?id=${encodeURIComponent(id)}`;
    void browser.tabs.create({ url });
  };

  const saveCurrent = async () => {
    const target = tab.current;
    if (!target) return;
    setCurrent({ kind: 'unsaved', saving: true });
    const result = await runInTab(target.id, 'save');
    if (!result.ok) {
      setNotice({ text: runFailureText(result.reason), error: true });
      setCurrent({ kind: 'unsaved', saving: false });
      return;
    }
    refresh();
    const id = target.url ? await findIdByUrl(target.url).catch(() => null) : null;
    setCurrent(id ? { kind: 'saved', id } : { kind: 'unsaved', saving: false });
  };

  const toggleRead = (item: ArticleSummary) => setRead(item.id, !item.read).then(refresh, fail);

  const remove = async (item: ArticleSummary) => {
    try {
      setDeleted(await removeArticle(item.id));
      refresh();
    } catch (error) {
      fail(error);
    }
  };

  const undo = async () => {
    if (!deleted) return;
    const record = deleted;
    setDeleted(null);
    await restoreArticle(record).then(refresh, fail);
  };

  const exportAs = async (kind: 'json' | 'md' | 'html') => {
    try {
      const name = `lede-library-${dateStamp()}`;
      if (kind === 'json') return downloadText(`${name}.json`, 'application/json', await exportLibrary());
      const records = (await allArticles()).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
      const labels = { source: t('libSource') };
      if (kind === 'md') downloadText(`${name}.md`, 'text/markdown', articlesToMarkdown(records));
      else
        downloadText(
          `${name}.html`,
          'text/html',
          articlesToHtml(records, labels, t('libTitle'), await picturesByArticle(records.map((r) => r.id))),
        );
    } catch (error) {
      fail(error);
    }
  };

  const importFile = async (file: File) => {
    setPendingImport(null);
    if (file.size > MAX_BACKUP_BYTES) {
      setNotice({ text: importProblemText('too-large'), error: true });
      return;
    }
    setNotice({ text: t('libImporting'), error: false });
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setNotice({ text: importProblemText(parsed.problem), error: true });
      return;
    }
    if (parsed.skipped.length > 0) {
      setNotice(null);
      setPendingImport(parsed);
      return;
    }
    reportImport(await importParsed(parsed));
  };

  const confirmImport = async () => {
    if (!pendingImport) return;
    const parsed = pendingImport;
    setPendingImport(null);
    setNotice({ text: t('libImporting'), error: false });
    reportImport(await importParsed(parsed));
  };

  const cancelImport = () => {
    setPendingImport(null);
    setNotice({ text: t('libImportCancelled'), error: false });
  };

  const reportImport = (result: ImportResult) => {
    if (!result.ok) {
      setNotice({ text: importProblemText(result.problem), error: true });
      return;
    }
    const { added, updated, skipped } = result.counts;
    const text = t('libImported', [String(added), String(updated), String(skipped)]);
    const details = [
      ...result.updated.map((article) => t('libImportUpdatedArticle', article.title)),
      ...result.skipped.map(skippedEntryText),
    ];
    setNotice({ text, error: false, details });
    refresh();
  };

  return (
    <main class="lib-popup">
      <header class="lib-header">
        <h1>{t('libTitle')}</h1>
        <LibraryMenu
          onExportJson={() => void exportAs('json')}
          onExportMarkdown={() => void exportAs('md')}
          onExportHtml={() => void exportAs('html')}
          onImport={(file) => void importFile(file)}
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
      <PopupCurrentTab state={current} onSave={() => void saveCurrent()} onOpen={openArticle} />
      {notice && (
        <div class={notice.error ? 'lib-notice lib-error' : 'lib-notice'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
          {notice.details && notice.details.length > 0 && (
            <ul class="lib-notice-details">
              {notice.details.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
          <button type="button" class="lib-dismiss" aria-label={t('dismiss')} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      {pendingImport && (
        <ImportReview
          good={pendingImport.articles.length}
          skipped={pendingImport.skipped}
          onConfirm={() => void confirmImport()}
          onCancel={cancelImport}
        />
      )}
      <div class="lib-controls">
        <input
          type="search"
          class="lib-search"
          aria-label={t('libSearchLabel')}
          placeholder={t('libSearchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <fieldset class="lib-filter">
          <legend class="lib-visually-hidden">{t('libFilterLabel')}</legend>
          <label>
            <input type="radio" name="filter" checked={!unreadOnly} onChange={() => setUnreadOnly(false)} />
            {t('libFilterAll')}
          </label>
          <label>
            <input type="radio" name="filter" checked={unreadOnly} onChange={() => setUnreadOnly(true)} />
            {t('libFilterUnread')}
          </label>
        </fieldset>
        <ListenUnreadButton />
      </div>
      <p class="lib-count" aria-live="polite">
        {listing && listing.total > 0 ? t('libCount', [String(size), String(listing.total)]) : ''}
      </p>
      {listing === null ? (
        <p class="lib-empty">{t('libLoading')}</p>
      ) : listing.total === 0 ? (
        <div class="lib-empty">
          <p>
            <strong>{t('libEmpty')}</strong>
          </p>
          <p>{t('libEmptyHow')}</p>
        </div>
      ) : size === 0 ? (
        <p class="lib-empty">{t('libNoMatches')}</p>
      ) : (
        <SavedList
          ids={listing.ids}
          count={size}
          summaryOf={(id) => listing.summaries.get(id)}
          onRange={showRange}
          label={t('libTitle')}
          activeIndex={activeIndex}
          onActiveChange={setActive}
          onOpen={(item) => openArticle(item.id)}
          onToggleRead={(item) => void toggleRead(item)}
          onDelete={(item) => void remove(item)}
        />
      )}
      {size > 0 && <p class="lib-hint">{t('libKeyboardHint')}</p>}
      <PopupToast text={deleted ? t('libDeleted', deleted.article.title) : null} onUndo={() => void undo()} />
    </main>
  );
}

/** The tab the popup was opened over; none when the popup itself runs in a tab. */
async function loadCurrentTab(): Promise<{ id: number; url?: string } | null> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  if (active?.id === undefined) return null;
  if (active.url && !/^https?:/i.test(active.url)) return null;
  return { id: active.id, url: active.url };
}
