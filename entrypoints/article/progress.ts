/** How far down the page the reader is, 0..1; a page that fits the window counts as read. */
export function scrollProgress(): number {
  const scrollable = document.documentElement.scrollHeight - window.innerHeight;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, window.scrollY / scrollable));
}

export function scrollToProgress(progress: number): void {
  const scrollable = document.documentElement.scrollHeight - window.innerHeight;
  if (scrollable > 0 && progress > 0) window.scrollTo({ top: progress * scrollable, behavior: 'instant' });
}

/** Within this much of the end, the article counts as read. */
export const READ_AT = 0.98;

/**
 * Calls `store` with the progress at most once per `intervalMs` while scrolling, and once more
 * when the page is hidden, so closing the tab keeps the place. Returns the unsubscribe.
 */
export function trackProgress(store: (progress: number) => void, intervalMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    store(scrollProgress());
  };
  const onScroll = () => {
    timer ??= setTimeout(flush, intervalMs);
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  document.addEventListener('visibilitychange', onHide);
  return () => {
    window.removeEventListener('scroll', onScroll);
    document.removeEventListener('visibilitychange', onHide);
    if (timer) clearTimeout(timer);
  };
}
