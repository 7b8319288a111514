/**
 * Remembers what the overlay could change about the page, and gives it back on close: the scroll
 * position and the focused element. The page's own styles are never touched. An
 * `overflow: hidden` lock on <html> was tried: it took away the page's scrollbar, so Chromium laid
 * the whole page out again (70–340 ms on large pages, measured with tracing) and the page shifted
 * under the backdrop. The modal dialog already keeps wheel and keys from the page: it covers the
 * viewport, the page behind it is inert, and its `overscroll-behavior: contain` stops the chain.
 */
export function rememberPage(): () => void {
  const scrollX = window.scrollX;
  const scrollY = window.scrollY;
  const focused = document.activeElement;

  return () => {
    // `instant` so a page's `scroll-behavior: smooth` does not animate the way back.
    if (window.scrollX !== scrollX || window.scrollY !== scrollY) window.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' });
    if (focused instanceof HTMLElement && focused.isConnected && focused !== document.body) {
      focused.focus({ preventScroll: true });
    }
  };
}
