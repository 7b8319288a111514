import type { Article } from '@/utils/article';
import type { RunFailure } from '@/utils/inject';
import { sendMessage, type LedeProtocol, type LibraryResult } from '@/utils/messages';
import { t } from '@/components/i18n';

type LibraryMessage = 'saveArticle' | 'removeArticle' | 'articleStatus';
type Answer<K extends LibraryMessage> = ReturnType<LedeProtocol[K]>;

/**
 * Asks the background's library and never throws: a missing handler, a stopped worker or an
 * extension updated under this page ("Extension context invalidated") all come back as
 * `unavailable`, which the overlay explains like any other failed save.
 */
async function ask<K extends LibraryMessage>(type: K, data: Parameters<LedeProtocol[K]>[0]): Promise<Answer<K> | Unavailable> {
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
  save: (article: Article) => ask('saveArticle', article),
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
};

/** The sentence a user reads for a failure. */
export function failureMessage(reason: RunFailure): string {
  return t(FAILURE_MESSAGES[reason]);
}
