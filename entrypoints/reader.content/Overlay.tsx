import type { ComponentChildren } from 'preact';
import type { Article, FixReport } from '@/utils/article';
import type { RunFailure, RunResult } from '@/utils/inject';
import { Reader, READER_HEADING_ID } from '@/components/Reader';
import { Listen } from '@/components/listen/Listen';
import { Highlights } from '@/components/highlights/Highlights';
import { Fixes } from '@/components/fixes/Fixes';
import type { FixesHost } from '@/components/fixes/useFixMode';
import { withoutBlocks } from '@/components/fixes/blocks';
import { useMemo, useRef, useState } from 'preact/hooks';
import { overlayHighlightStore } from './highlight-store';
import type { ReaderSettings } from '@/utils/settings';
import { isShortcut } from '@/components/shortcuts';
import { trapTab } from './focus-trap';
import { openLibrary } from './library-client';
import { NoArticle, MESSAGE_HEADING_ID } from './NoArticle';
import { Reading } from './Reading';
import { useModalDialog } from './useModalDialog';
import { useOverlaySave } from './useOverlaySave';
import { useOverlaySettings } from './useOverlaySettings';
import { t, uiDirection } from '@/utils/i18n';

/**
 * `pending`: a large page's header, shown while its body is still being read (nothing to save yet).
 * `fixes`: what became of the site's fixes on this article (issue 16).
 */
export type OverlayContent =
  { article: Article; pending?: true; fixes?: FixReport } | { failure: RunFailure } | { reading: true };

export interface OverlayProps {
  /** The article, why there is none, or a note that Lede is still reading a long page. */
  content: OverlayContent;
  /** Loaded before mounting, so the first paint already has the reader's theme and size. */
  initialSettings: ReaderSettings;
  onClose(): void;
  /**
   * Called once the reader's first frame has been painted, right before the dialog turns modal:
   * what the page needs while covered (its scroll locked) is done then, not before the first paint.
   */
  onPainted(): void;
  /** Lets the controller save through the open overlay (context menu "Save to read later"). */
  exposeSave(save: () => Promise<RunResult>): void;
  /** Fix mode's access to the page (issue 16); without it the reader has no fix mode. */
  fixesHost?: Omit<FixesHost, 'report'>;
}

/**
 * The overlay: a modal <dialog> in the shadow root. The top layer puts it above any z-index a page
 * can use, and the modal makes the page inert (see show-modal.ts); Tab is kept cycling inside it.
 */
export function Overlay({ content, initialSettings, onClose, onPainted, exposeSave, fixesHost }: OverlayProps) {
  const { dialog, bodyShown } = useModalDialog(onPainted);
  const [settings, changeSettings] = useOverlaySettings(initialSettings);
  const read = 'article' in content ? content.article : null;
  // Fix mode may show another version of the article (a picked field, or without the site's fixes).
  const [shown, setShown] = useState<{ of: Article; article: Article } | null>(null);
  const article = read && shown?.of === read ? shown.article : read;
  const report = 'fixes' in content ? content.fixes : undefined;
  // A block removed in fix mode only folds on screen; Save leaves it out of the stored copy. (Reading
  // the page again with the new rule would not do: the page's scripts may have renamed its wrappers.)
  const removed = useRef<readonly string[]>([]);
  const host = useMemo(
    () =>
      fixesHost && {
        ...fixesHost,
        report,
        removedBlocks: (texts: readonly string[]) => void (removed.current = texts),
      },
    [fixesHost, report],
  );
  const pending = 'pending' in content;
  const toSave = async (shownArticle: Article): Promise<Article> => withoutBlocks(shownArticle, removed.current);
  // While a large page's body is still being read there is nothing to save yet.
  const library = useOverlaySave(pending ? null : article, toSave);
  exposeSave(library.save);
  // A new store when the article is saved or unsaved: unsaving deletes its highlights, and the list reloads.
  const highlightStore = useMemo(
    () => article && overlayHighlightStore(article, library.markSaved),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- markSaved is a state setter, stable
    [article, library.savedId === null],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab') trapTab(event, dialog.current);
    else if (article && !pending && isShortcut(event, 's')) {
      event.preventDefault();
      void library.toggleSave();
    }
  };

  return (
    <dialog
      ref={dialog}
      class="lede-dialog"
      dir={uiDirection()}
      aria-modal="true"
      aria-labelledby={article ? READER_HEADING_ID : MESSAGE_HEADING_ID}
      aria-busy={pending ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Esc: close through the same path as the button, so the page is restored.
        event.preventDefault();
        onClose();
      }}
      onClose={onClose}
    >
      {article && pending ? (
        <>
          <Reader
            article={article}
            bodyPending
            settings={settings}
            onSettingsChange={changeSettings}
            onClose={onClose}
          />
          <p class="lede-pending" role="status">
            {t('readingArticle')}
          </p>
        </>
      ) : article ? (
        <Listen article={article} host={() => dialog.current}>
          <Highlights store={highlightStore!}>
            <FixesIf host={host} article={article} show={(next) => read && setShown({ of: read, article: next })}>
              <Reader
                article={article}
                bodyPending={!bodyShown}
                settings={settings}
                onSettingsChange={changeSettings}
                saved={library.saved}
                onToggleSave={() => void library.toggleSave()}
                saveError={library.saveError}
                onShowLibrary={openLibrary}
                onClose={onClose}
              />
            </FixesIf>
          </Highlights>
        </Listen>
      ) : 'reading' in content ? (
        <Reading theme={settings.theme} onClose={onClose} />
      ) : (
        <NoArticle reason={'failure' in content ? content.failure : 'error'} theme={settings.theme} onClose={onClose} />
      )}
    </dialog>
  );
}

/** Fix mode where the host lends it the page; the reader alone otherwise. */
function FixesIf(props: {
  host: FixesHost | undefined;
  article: Article;
  show(article: Article): void;
  children: ComponentChildren;
}) {
  if (!props.host) return <>{props.children}</>;
  return (
    <Fixes host={props.host} article={props.article} show={props.show}>
      {props.children}
    </Fixes>
  );
}
