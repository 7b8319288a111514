/**
 * Freezes the page under the overlay and gives it back exactly as it was: the inline `style`
 * attributes of <html> and <body> (the only page styles touched, restored byte for byte or
 * removed if there were none), the scroll position, and the focused element.
 */
export function lockPage(): () => void {
  const touched = [document.documentElement, document.body].filter((el): el is HTMLElement => el !== null);
  const styles = touched.map((el) => el.getAttribute('style'));
  const scrollX = window.scrollX;
  const scrollY = window.scrollY;
  const focused = document.activeElement;

  // Inline !important outranks any page stylesheet, even `* { all: unset !important }`. Written
  // as the attribute, not through `el.style`: Chromium serialises a CSSOM-touched inline style
  // lazily and could leave an empty `style=""` behind after the attribute is removed.
  touched.forEach((el, index) => {
    const style = styles[index];
    el.setAttribute('style', `${style ? `${style.trim().replace(/;?$/, ';')} ` : ''}overflow: hidden !important;`);
  });

  return () => {
    touched.forEach((el, index) => {
      const style = styles[index];
      if (style === null || style === undefined) el.removeAttribute('style');
      else el.setAttribute('style', style);
    });
    // `instant` so a page's `scroll-behavior: smooth` does not animate the way back.
    window.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' });
    if (focused instanceof HTMLElement && focused.isConnected && focused !== document.body) {
      focused.focus({ preventScroll: true });
    }
  };
}
