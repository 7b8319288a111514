import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import type { RunResult } from '@/utils/inject';
import { failureMessage } from '@/components/LibraryText';
import { pageToKeep } from './keep-page';
import { library } from './library-client';

export interface OverlaySave {
  saved: boolean;
  saveError: string | null;
  /** Saves the article (the context menu's "Save to read later" comes through here too). */
  save(): Promise<RunResult>;
  /** The reader's Save button and the `s` key: save, or unsave when saved. */
  toggleSave(): Promise<void>;
  /** The article was saved another way (its first highlight). */
  markSaved(id: string): void;
  /** Its id in the library, or null. */
  savedId: string | null;
}

/**
 * Whether the open article is in the library, through the background's library messages.
 * `version` gives the copy to store (fix mode's: without the blocks the reader removed).
 */
export function useOverlaySave(
  article: Article | null,
  version: (article: Article) => Promise<Article> = async (shown) => shown,
): OverlaySave {
  const [savedId, setSavedId] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    if (!article) return;
    library.status(article.url).then((answer) => {
      if (answer.ok) setSavedId(answer.value.id);
    });
  }, [article]);

  const save = async (): Promise<RunResult> => {
    if (!article) return { ok: false, reason: 'no-article' };
    setSaveError(null);
    const answer = await library.save(await version(article));
    if (!answer.ok) {
      setSaveError(failureMessage(answer.error, 'excess' in answer ? answer.excess : undefined));
      return { ok: false, reason: answer.error };
    }
    markSaved(answer.value.id);
    return { ok: true, state: 'saved' };
  };

  const keptFor = useRef<string | null>(null);
  /**
   * Saved by the Save button, the context menu or a first highlight: the page goes with the
   * article, once per entry (every highlight reports the article's id again).
   */
  const markSaved = (id: string) => {
    setSavedId(id);
    if (keptFor.current === id) return;
    keptFor.current = id;
    // The page, to read again later with the site's fixes: in a task after the answer, so the save
    // never waits on copying the page (the bar shows Saved first) nor fails by it.
    setTimeout(() => {
      try {
        void library.keepPage(pageToKeep(id, document, location.href));
      } catch {
        // The page would not copy: the article is saved, it simply has no page to read again.
      }
    });
  };

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

  return { saved: savedId !== null, saveError, save, toggleSave, markSaved, savedId };
}
