import type { Runtime } from 'webextension-polyfill';
import { onMessage, type LibraryResult } from '@/utils/messages';
import { findIdByUrl, removeArticle, saveArticle } from '@/utils/library/articles';
import { LibraryFailure, toFailure } from '@/utils/library/errors';
import { keepPage, notePageSkipped } from '@/utils/library/pages';
import { keptPageOffThread } from './extract-off-thread';
import { parseArticle, parseId, parseKeptPage, parseUrl, sizeExcess } from '@/utils/library/validate';
import { updateTabIcon, type TabIconState } from './action-icon';
import { keepPictures } from './keep-pictures';

export type Sender = Pick<Runtime.MessageSender, 'id'>;

/**
 * Only Lede's own contexts may touch the library, and the payload is checked before IndexedDB
 * sees it: the protocol's types are promises the compiler cannot keep across a message.
 */
export async function guarded<T>(sender: Sender, work: () => Promise<T>): Promise<LibraryResult<T>> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'invalid-input' };
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    const { code, excess } = toFailure(error);
    return excess ? { ok: false, error: code, excess } : { ok: false, error: code };
  }
}

export function required<T>(value: T | null): T {
  if (value === null) throw new LibraryFailure('invalid-input');
  return value;
}

export const libraryHandlers = {
  saveArticle: (data: unknown, sender: Sender) =>
    guarded(sender, async () => {
      const excess = sizeExcess(data);
      if (excess) throw new LibraryFailure('too-large', excess);
      const article = required(parseArticle(data));
      const saved = await saveArticle(article);
      // The save answers at once; pictures follow (the worker stays alive while it fetches).
      void keepPictures(saved.id, article).catch(() => undefined);
      return saved;
    }),
  removeArticle: (data: unknown, sender: Sender) =>
    guarded(sender, async () => {
      await removeArticle(required(parseId(data)));
      return null;
    }),
  articleStatus: (data: unknown, sender: Sender) =>
    guarded(sender, async () => ({ id: await findIdByUrl(required(parseUrl(data))) })),
  // The markup is the page's, so untrusted: it is only ever parsed by DOMParser (to be pruned,
  // and to be read again), and stored.
  keepPage: (data: unknown, sender: Sender) =>
    guarded(sender, async () => {
      const page = required(parseKeptPage(data));
      if (page.html === null) await keepPage(page.id, page.url, null);
      else {
        const pruned = await keptPageOffThread(page.html).then(
          (html) => ({ html }),
          () => null,
        );
        if (pruned) await keepPage(page.id, page.url, pruned.html);
        else await notePageSkipped(page.id, page.url, 'unprepared');
      }
      return null;
    }),
};

/** Answers the library messages of `utils/messages.ts`; the library itself is `utils/library`. */
export function registerLibraryHandlers(): void {
  // From a tab, the answers also set its toolbar icon: the overlay asks the status as it opens.
  onMessage('saveArticle', ({ data, sender }) =>
    libraryHandlers.saveArticle(data, sender).then(iconAfter(sender.tab?.id, () => ({ saved: true }))),
  );
  onMessage('removeArticle', ({ data, sender }) =>
    libraryHandlers.removeArticle(data, sender).then(iconAfter(sender.tab?.id, () => ({ saved: false }))),
  );
  onMessage('keepPage', ({ data, sender }) => libraryHandlers.keepPage(data, sender));
  onMessage('articleStatus', ({ data, sender }) =>
    libraryHandlers
      .articleStatus(data, sender)
      .then(iconAfter(sender.tab?.id, (value) => ({ open: true, saved: value.id !== null }))),
  );
}

/** Passes the answer on, and first sets the sender tab's icon when the library said yes. */
function iconAfter<T>(tabId: number | undefined, state: (value: T) => Partial<TabIconState>) {
  return async (answer: LibraryResult<T>): Promise<LibraryResult<T>> => {
    if (answer.ok) await updateTabIcon(tabId, state(answer.value));
    return answer;
  };
}
