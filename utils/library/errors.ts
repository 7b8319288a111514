import type { LibraryError, SizeExcess } from '../messages';

/**
 * A failure the UI can explain: carries one of the protocol's `LibraryError` codes, and for
 * `too-large` the sizes, so the reader can say how large the article is and what Lede keeps.
 */
export class LibraryFailure extends Error {
  constructor(
    readonly code: LibraryError,
    readonly excess?: SizeExcess,
  ) {
    super(`Lede library: ${code}`);
    this.name = 'LibraryFailure';
  }
}

/**
 * Browsers report a full disk as a `QuotaExceededError` on the request or on the aborted
 * transaction, and a library left behind by a newer Lede as a `VersionError`; anything else
 * that stops a write is a generic write failure. The transaction aborts, so nothing is half-written.
 */
export function toFailure(error: unknown): LibraryFailure {
  if (error instanceof LibraryFailure) return error;
  const name = error instanceof Error || isDomException(error) ? error.name : '';
  if (name === 'QuotaExceededError') return new LibraryFailure('quota-exceeded');
  if (name === 'VersionError') return new LibraryFailure('blocked');
  return new LibraryFailure('write-failed');
}

// DOMException is not an Error subclass in every runtime (fake-indexeddb brings its own).
function isDomException(value: unknown): value is { name: string } {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}
