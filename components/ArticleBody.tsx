import { useMemo } from 'preact/hooks';
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

/**
 * A second DOMPurify pass over body HTML right before it is rendered. The extraction core already
 * sanitised it, but the saved-article page renders stored HTML in the extension's origin, where a
 * surviving script would reach the whole library: this pass must hold even if the stored copy was
 * tampered with. It keeps what the core allows and no more.
 */
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

/**
 * Whether the body already opens with the lead image (before any paragraph of text), so the
 * reader does not show the same picture twice. Query strings are ignored: publishers serve the
 * same picture at several sizes.
 */
export function bodyStartsWithImage(html: string, imageUrl: string): boolean {
  // A DOMParser document is inert: nothing in it runs or loads while we look.
  const parsed = new window.DOMParser().parseFromString(html, 'text/html');
  const walker = parsed.createTreeWalker(parsed.body, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (element.localName === 'img') {
      const sources = [element.getAttribute('src') ?? '', ...srcsetUrls(element.getAttribute('srcset'))];
      if (sources.some((src) => sameImage(src, imageUrl))) return true;
    } else if (element.localName === 'p' && (element.textContent ?? '').trim().length > 0) {
      return false;
    }
  }
  return false;
}

function srcsetUrls(srcset: string | null): string[] {
  return (srcset ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
}

function sameImage(a: string, b: string): boolean {
  const strip = (url: string) => url.replace(/[?#].*$/, '');
  return a !== '' && strip(a) === strip(b);
}

/** The article body, sanitised again and rendered as HTML. */
export function ArticleBody({ html }: { html: string }) {
  const clean = useMemo(() => sanitiseBody(html), [html]);
  return <div class="lede-body" dangerouslySetInnerHTML={{ __html: clean }} />;
}
