import { createContext } from 'preact';
import { useContext, useMemo, useRef } from 'preact/hooks';
import { sanitiseBody } from '@/utils/sanitize-body';
import { withPictures, type BodyPictures } from './body-pictures';
import { useReaderRooms } from './reader-rooms';

/** Set by the saved-article page: the body's pictures come from the library, never the network. */
export const PicturesContext = createContext<BodyPictures | null>(null);

/**
 * Whether the body already opens with the lead image (before any paragraph of text), so the
 * reader does not show the same picture twice. Query strings are ignored: publishers serve the
 * same picture at several sizes.
 */
export function bodyStartsWithImage(html: string, imageUrl: string): boolean {
  // Only the opening counts, and this runs before the reader's first paint: the body is parsed
  // up to the end of its first paragraphs, not whole (a long article is hundreds of elements).
  for (let end = 0, tries = 0; ; tries++) {
    const close = tries < PREFIX_TRIES ? html.indexOf('</p>', end) : -1;
    const verdict = openingImage(close < 0 ? html : html.slice(0, close + 4), imageUrl);
    if (verdict !== null || close < 0) return verdict ?? false;
    end = close + 4;
  }
}

/** Paragraphs' ends tried before the whole body is parsed (empty paragraphs carry no text). */
const PREFIX_TRIES = 3;

/** Whether the lead image comes before the first paragraph with text; null when neither shows. */
function openingImage(html: string, imageUrl: string): boolean | null {
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
  return null;
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
  const pictures = useContext(PicturesContext);
  const clean = useMemo(() => {
    const safe = sanitiseBody(html);
    // Only object URLs Lede made itself are added after sanitising.
    return pictures ? withPictures(safe, pictures) : safe;
  }, [html, pictures]);
  const body = useRef<HTMLDivElement>(null);
  const rooms = useReaderRooms();
  return (
    <>
      <div ref={body} class="lede-body" dangerouslySetInnerHTML={{ __html: clean }} />
      {rooms.map((room) => room.Body && <room.Body key={room.id} body={body} html={clean} />)}
    </>
  );
}
