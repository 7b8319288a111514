import { sanitizeHtml } from './extract/sanitize';

/**
 * A second pass of the core's sanitising policy over body HTML right before it is rendered or
 * stored. The extraction core already sanitised it, but the saved-article page renders stored
 * HTML in the extension's origin, where a surviving script would reach the whole library: this
 * pass must hold even if the stored copy was tampered with. It is the core's policy itself, not a
 * copy, so it keeps what the core allows and no more. It lives outside the components so that the
 * library and the background use it without pulling Preact in.
 */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, window);
}
