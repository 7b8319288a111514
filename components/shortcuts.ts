/**
 * The reader's one-letter keys (`s` save, `l` listen, `h` highlight, `f` fix mode) share one
 * test, so that none fires while the user types in a field of the reader or of the page.
 */

/** Whether a key goes to a text field, where a single-letter shortcut must not fire. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.localName === 'textarea' || target.localName === 'select') return true;
  // Radios and ranges are controls, not typing: only text-like inputs swallow the shortcut.
  return (
    target.localName === 'input' &&
    !['radio', 'checkbox', 'range', 'button'].includes((target as HTMLInputElement).type)
  );
}

/** A plain letter, no modifier held, outside a text field: a reader shortcut such as `s`. */
export function isShortcut(event: KeyboardEvent, key: string): boolean {
  return event.key === key && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event);
}
