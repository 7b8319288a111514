import { useMemo } from 'preact/hooks';
import { sanitiseBody } from '@/utils/sanitize-body';

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
