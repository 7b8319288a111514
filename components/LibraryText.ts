import type { RunFailure } from '@/utils/inject';
import type { ImportProblem, SkippedEntry } from '@/utils/library/backup';
import type { SkipReason } from '@/utils/library/validate';
import type { LibraryError } from '@/utils/messages';
import { t, uiLanguage } from '@/utils/i18n';

const LIBRARY_ERRORS: Record<LibraryError, string> = {
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

const IMPORT_PROBLEMS: Record<ImportProblem, string> = {
  'too-large': 'libImportTooLarge',
  'not-json': 'libImportNotJson',
  foreign: 'libImportForeign',
  'newer-version': 'libImportNewer',
};

export function importProblemText(problem: ImportProblem | LibraryError): string {
  if (problem in IMPORT_PROBLEMS) return t(IMPORT_PROBLEMS[problem as keyof typeof IMPORT_PROBLEMS]);
  return libraryErrorText(problem as LibraryError);
}

const RUN_FAILURES: Record<RunFailure, string> = {
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

const SKIP_REASONS: Record<SkipReason, string> = {
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
