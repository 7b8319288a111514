import type { Article } from '@/utils/article';
import type { RunFailure } from '@/utils/inject';
import { sendMessage, type LedeProtocol, type LibraryResult, type SizeExcess } from '@/utils/messages';
import { sizeExcess } from '@/utils/library/validate';
import { t, uiLanguage } from '@/utils/i18n';

type LibraryMessage =
  | 'saveArticle'
  | 'removeArticle'
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
  status: (url: string) => ask('articleStatus', url),
};

export type LibraryAnswer<T> = LibraryResult<T> | Unavailable;

export function openLibrary(): void {
  sendMessage('openLibrary', undefined).catch(() => {
    // The background is gone (extension updated or disabled): nothing to open, nothing to report.
  });
}

const FAILURE_MESSAGES: Record<RunFailure, string> = {
  restricted: 'failError',
  error: 'failError',
  unavailable: 'saveErrUnavailable',
  'empty-page': 'failEmptyPage',
  'no-article': 'failNoArticle',
  'not-html': 'failNotHtml',
  'quota-exceeded': 'saveErrQuota',
  blocked: 'saveErrBlocked',
  'write-failed': 'saveErrWrite',
  'invalid-input': 'saveErrInvalid',
  'not-found': 'saveErrNotFound',
  'too-large': 'libErrTooLarge',
  'page-too-large': 'failPageTooLarge',
};

/** The sentence a user reads for a failure; an article too large to keep says by how much. */
export function failureMessage(reason: RunFailure, excess?: SizeExcess): string {
  if (reason === 'too-large' && excess) return t('saveErrTooLarge', [megabytes(excess.size), megabytes(excess.limit)]);
  return t(FAILURE_MESSAGES[reason]);
}

/** Characters as megabytes, two figures at most ("10", "9.5"), in the browser's language. */
function megabytes(chars: number): string {
  return new Intl.NumberFormat(uiLanguage(), { maximumSignificantDigits: 2 }).format(chars / 1_000_000);
}
