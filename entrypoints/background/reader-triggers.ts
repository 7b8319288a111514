/** Toolbar click, keyboard shortcut and context menu → inject or toggle the reader overlay. */
export function registerReaderTriggers(): void {}
