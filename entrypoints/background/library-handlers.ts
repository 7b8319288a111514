/** Answers the library messages of `utils/messages.ts`; the library itself is `utils/library`. */
export function registerLibraryHandlers(): void {}
