import type { Article } from '@/utils/article';
import { sendMessage, type KeptPageMessage, type LedeProtocol, type LibraryResult } from '@/utils/messages';
import { sizeExcess } from '@/utils/library/validate';

type LibraryMessage =
  | 'saveArticle'
  | 'removeArticle'
  | 'keepPage'
  | 'articleStatus'
  | 'articleHighlights'
  | 'addHighlight'
  | 'updateHighlight'
  | 'removeHighlight'
  | 'restoreHighlight';
type Answer<K extends LibraryMessage> = ReturnType<LedeProtocol[K]>;

/**
 * Asks the background's library and never throws: a missing handler, a stopped worker or an
 * extension updated under this page ("Extension context invalidated") all come back as
 * `unavailable`, which the overlay explains like any other failed save.
 */
export async function ask<K extends LibraryMessage>(
  type: K,
  data: Parameters<LedeProtocol[K]>[0],
): Promise<Answer<K> | Unavailable> {
  try {
    const answer = (await sendMessage(type, data as never)) as Answer<K> | undefined;
    return answer && typeof answer === 'object' && 'ok' in answer ? answer : UNAVAILABLE;
  } catch {
    return UNAVAILABLE;
  }
}

type Unavailable = { ok: false; error: 'unavailable' };
const UNAVAILABLE: Unavailable = { ok: false, error: 'unavailable' };

export const library = {
  // Refused here too, with the same numbers, before tens of megabytes cross to the background.
  save: async (article: Article): Promise<Answer<'saveArticle'> | Unavailable> => {
    const excess = sizeExcess(article);
    return excess ? { ok: false, error: 'too-large', excess } : ask('saveArticle', article);
  },
  remove: (id: string) => ask('removeArticle', id),
  keepPage: (page: KeptPageMessage) => ask('keepPage', page),
  status: (url: string) => ask('articleStatus', url),
};

export type LibraryAnswer<T> = LibraryResult<T> | Unavailable;

export function openLibrary(): void {
  sendMessage('openLibrary', undefined).catch(() => {
    // The background is gone (extension updated or disabled): nothing to open, nothing to report.
  });
}
