import type { RunFailure } from '@/utils/inject';
import type { ImportProblem, SkippedEntry } from '@/utils/library/backup';
import type { SkipReason } from '@/utils/library/validate';
import type { LibraryError, SizeExcess } from '@/utils/messages';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';

const LIBRARY_ERRORS: Record<LibraryError, MessageKey> = {
  'quota-exceeded': 'libErrQuota',
  blocked: 'libErrBlocked',
  'write-failed': 'libErrWrite',
  'invalid-input': 'libErrInvalid',
  'not-found': 'libErrNotFound',
  'too-large': 'libErrTooLarge',
};

export function libraryErrorText(code: LibraryError): string {
  return t(LIBRARY_ERRORS[code]);
}

const IMPORT_PROBLEMS: Record<ImportProblem, MessageKey> = {
  'too-large': 'libImportTooLarge',
  'not-json': 'libImportNotJson',
  foreign: 'libImportForeign',
  'newer-version': 'libImportNewer',
};

export function importProblemText(problem: ImportProblem | LibraryError): string {
  if (problem in IMPORT_PROBLEMS) return t(IMPORT_PROBLEMS[problem as keyof typeof IMPORT_PROBLEMS]);
  return libraryErrorText(problem as LibraryError);
}

// Every failure becomes words here. The popup speaks of the library (`libErr…`); the reader, of
// saving the article on screen (`saveErr…`), so the same code has a sentence for each place.

/** In the popup: why the reader did not open or save on a page. */
const RUN_FAILURES: Record<RunFailure, MessageKey> = {
  restricted: 'libReasonRestricted',
  'no-article': 'failNoArticle',
  'empty-page': 'failEmptyPage',
  'not-html': 'failNotHtml',
  unavailable: 'saveErrUnavailable',
  error: 'failError',
  'page-too-large': 'failPageTooLarge',
  ...LIBRARY_ERRORS,
};

/** Why the reader did not open or save on a page (`popup.html?reason=…`, or "Save this page"). */
export function runFailureText(reason: string): string {
  return t(Object.hasOwn(RUN_FAILURES, reason) ? RUN_FAILURES[reason as RunFailure] : RUN_FAILURES.error);
}

export function formatSavedDate(iso: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(new Date(iso));
}

const SKIP_REASONS: Record<SkipReason, MessageKey> = {
  'not-an-article': 'libSkipNotArticle',
  'no-url': 'libSkipNoUrl',
  'bad-url': 'libSkipBadUrl',
  'no-title': 'libSkipNoTitle',
  'no-body': 'libSkipNoBody',
  damaged: 'libSkipDamaged',
};

/** "Article 2: no URL", numbered from 1 as a person counts the entries of the file. */
export function skippedEntryText(entry: SkippedEntry): string {
  return t('libSkippedEntry', [String(entry.index + 1), t(SKIP_REASONS[entry.reason])]);
}

/** In the reader and its toasts: why there is no article, or why saving it failed. */
const FAILURE_MESSAGES: Record<RunFailure, MessageKey> = {
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
