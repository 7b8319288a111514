/** Input events that can save, unsave, close or restyle the reader. */
const GUARDED_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
  'cancel',
] as const;

/**
 * The overlay's shadow root is open, so a page script can reach Lede's buttons and call
 * `.click()` or dispatch key events on them (seen in the security tests: a page deleted the
 * user's saved copy through the "Saved" button). Only the user's own input may act: synthetic
 * events are stopped in the capture phase, before any of the overlay's listeners see them.
 */
export function acceptOnlyTrustedInput(root: ShadowRoot): void {
  for (const type of GUARDED_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
}
