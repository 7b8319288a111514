/**
 * Opens the overlay's dialog as a modal, in two steps. `showModal()` makes the page inert, and
 * Chromium restyles every element of the page for that: 30–80 ms on a large page, all of it
 * before the reader's first paint. A manual popover reaches the same top layer without touching
 * the page, and the dialog's own styles make it look the same, so the reader is painted first;
 * right after that frame the dialog turns modal (page inert, focus moved in, Esc), and nothing
 * on screen changes. `afterPaint` runs in that same task: what the first frame could do without
 * (the article's body) comes in with the modal. Returns a cancel, for a reader closed within that
 * frame.
 */
export function showModalAfterFirstPaint(dialog: HTMLDialogElement, afterPaint: () => void): () => void {
  if (typeof dialog.showPopover !== 'function') {
    afterPaint();
    dialog.showModal();
    return () => {};
  }
  let cancelled = false;
  const turnModal = () => {
    if (cancelled || !dialog.isConnected || dialog.open) return;
    afterPaint();
    dialog.hidePopover();
    dialog.removeAttribute('popover');
    dialog.showModal();
  };
  dialog.popover = 'manual';
  dialog.showPopover();
  requestAnimationFrame(() => {
    // A message posted from a frame callback is delivered once that frame has been painted.
    const channel = new MessageChannel();
    channel.port1.onmessage = turnModal;
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
  };
}
