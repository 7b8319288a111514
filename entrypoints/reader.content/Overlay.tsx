import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import type { RunFailure, RunResult } from '@/utils/inject';
import { Reader, READER_HEADING_ID } from '@/components/Reader';
import { Listen } from '@/components/listen/Listen';
import { saveSettings, watchSettings, type ReaderSettings } from '@/utils/settings';
import { failureMessage, library, openLibrary } from './library-client';
import { NoArticle, MESSAGE_HEADING_ID } from './NoArticle';
import { Reading } from './Reading';
import { showModalAfterFirstPaint } from './show-modal';
import { t } from '@/components/i18n';

/** `pending`: a large page's header, shown while its body is still being read (nothing to save yet). */
export type OverlayContent = { article: Article; pending?: true } | { failure: RunFailure } | { reading: true };

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
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * The overlay: a modal <dialog> in the shadow root. The top layer puts it above any z-index a page
 * can use, and the modal makes the page inert (see show-modal.ts); Tab is kept cycling inside it.
 */
export function Overlay({ content, initialSettings, onClose, onPainted, exposeSave }: OverlayProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [settings, setSettings] = useState(initialSettings);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const article = 'article' in content ? content.article : null;
  const pending = 'pending' in content;

  // The first frame paints the headline, byline and teaser; the body (hundreds of elements to
  // sanitise, style and lay out on a long article) follows in the next, with the modal.
  const [bodyShown, setBodyShown] = useState(false);
  // A layout effect runs in the same task as the render, so the dialog is shown in the frame
  // that paints the article instead of one frame later.
  useLayoutEffect(() => {
    if (!dialog.current) return undefined;
    return showModalAfterFirstPaint(dialog.current, () => {
      onPainted();
      setBodyShown(true);
    });
  }, []);
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

  useEffect(() => {
    if (!article) return;
    library.status(article.url).then((answer) => {
      if (answer.ok) setSavedId(answer.value.id);
    });
  }, [article]);

  const save = async (): Promise<RunResult> => {
    if (!article || pending) return { ok: false, reason: 'no-article' };
    setSaveError(null);
    const answer = await library.save(article);
    if (!answer.ok) {
      setSaveError(failureMessage(answer.error, 'excess' in answer ? answer.excess : undefined));
      return { ok: false, reason: answer.error };
    }
    setSavedId(answer.value.id);
    return { ok: true, state: 'saved' };
  };
  exposeSave(save);

  const toggleSave = async () => {
    if (savedId === null) {
      await save();
      return;
    }
    setSaveError(null);
    const answer = await library.remove(savedId);
    if (answer.ok || answer.error === 'not-found') setSavedId(null);
    else setSaveError(failureMessage(answer.error));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab') trapTab(event, dialog.current);
    else if (
      event.key === 's' &&
      article &&
      !pending &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      !isTyping(event)
    ) {
      event.preventDefault();
      void toggleSave();
    }
  };

  return (
    <dialog
      ref={dialog}
      class="lede-dialog"
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
          <Reader article={article} bodyPending settings={settings} onSettingsChange={setSettings} onClose={onClose} />
          <p class="lede-pending" role="status">
            {t('readingArticle')}
          </p>
        </>
      ) : article ? (
        <Listen article={article} host={() => dialog.current}>
          <Reader
            article={article}
            bodyPending={!bodyShown}
            settings={settings}
            onSettingsChange={(next) => {
              setSettings(next);
              saveSettings(next).catch(() => {
                // Storage gone (extension updated): the choice still applies in this tab.
              });
            }}
            saved={savedId !== null}
            onToggleSave={() => void toggleSave()}
            saveError={saveError}
            onShowLibrary={openLibrary}
            onClose={onClose}
          />
        </Listen>
      ) : 'reading' in content ? (
        <Reading theme={settings.theme} onClose={onClose} />
      ) : (
        <NoArticle reason={'failure' in content ? content.failure : 'error'} theme={settings.theme} onClose={onClose} />
      )}
    </dialog>
  );
}

function trapTab(event: KeyboardEvent, dialog: HTMLDialogElement | null) {
  if (!dialog) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.localName === 'textarea' || target.localName === 'select') return true;
  // Radios and ranges are controls, not typing: only text-like inputs swallow the shortcut.
  return (
    target.localName === 'input' &&
    !['radio', 'checkbox', 'range', 'button'].includes((target as HTMLInputElement).type)
  );
}
