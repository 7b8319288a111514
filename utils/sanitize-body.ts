import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

/** Only these hosts' players may stay in a body as iframes. */
const VIDEO_EMBED =
  /^https:\/\/(?:www\.)?(?:youtube\.com|youtube-nocookie\.com|player\.vimeo\.com|dailymotion\.com|geo\.dailymotion\.com)\//i;

let purifier: Purifier | null = null;

function getPurifier(): Purifier {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'iframe' && !VIDEO_EMBED.test((node as Element).getAttribute('src') ?? '')) {
      node.parentNode?.removeChild(node);
    }
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof window.Element)) return;
    if (node.localName === 'a' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.localName === 'img' || node.localName === 'iframe') {
      node.setAttribute('referrerpolicy', 'no-referrer');
      node.setAttribute('loading', 'lazy');
    }
  });
  purifier = instance;
  return instance;
}

/**
 * A second DOMPurify pass over body HTML right before it is rendered or stored. The extraction
 * core already sanitised it, but the saved-article page renders stored HTML in the extension's
 * origin, where a surviving script would reach the whole library: this pass must hold even if the
 * stored copy was tampered with. It keeps what the core allows and no more. It lives outside the
 * components so that the library and the background use it without pulling Preact in.
 */
export function sanitiseBody(html: string): string {
  return getPurifier().sanitize(html, {
    ADD_TAGS: ['iframe'],
    ADD_ATTR: ['allowfullscreen', 'target', 'loading', 'referrerpolicy'],
    // Publisher inline styles fight the reader's themes (white text boxes on dark, fixed widths);
    // `background` on tables loads a URL no user asked for.
    FORBID_ATTR: ['style', 'background'],
    FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea'],
  });
}
