import { createContext } from 'preact';
import { useContext, useMemo, useRef } from 'preact/hooks';
import { sanitizeBody } from '@/utils/sanitize-body';
import { withPictures, type BodyPictures } from './body-pictures';
import { useReaderRooms } from './reader-rooms';

/** Set by the saved-article page: the body's pictures come from the library, never the network. */
export const PicturesContext = createContext<BodyPictures | null>(null);

/** The article body, sanitised again and rendered as HTML. */
export function ArticleBody({ html }: { html: string }) {
  const pictures = useContext(PicturesContext);
  const clean = useMemo(() => {
    const safe = sanitizeBody(html);
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
