import { pictureSources, samePicture } from './picture-sources';

/** What "Keep pictures with saved articles" asks for; the permission granted is the setting. */
export const PICTURE_PERMISSION = { origins: ['<all_urls>'] };

/** One picture larger than this is a poster or a raw photo, not an article's illustration. */
export const MAX_PICTURE_BYTES = 2 * 1024 * 1024;
/** All pictures of one article together; the rest stay placeholders. */
export const MAX_ARTICLE_PICTURE_BYTES = 20 * 1024 * 1024;

export interface FetchedPicture {
  src: string;
  type: string;
  bytes: ArrayBuffer;
}

/**
 * Downloads the pictures of a body (and its lead picture), in order, within the caps. A picture
 * that fails, is not an image or is too large is left out: the reader page shows its placeholder.
 * No cookies and no referrer go with the requests.
 */
export async function fetchPictures(
  html: string,
  leadImage: string | null,
  fetcher: typeof fetch = fetch,
): Promise<FetchedPicture[]> {
  const sources = pictureSources(html);
  // A lead picture the body shows (at whatever size) is kept once, as the body names it.
  const inBody = (lead: string) => sources.some((s) => samePicture(s.src, lead) || samePicture(s.fetchUrl, lead));
  if (leadImage && /^https?:/i.test(leadImage) && !inBody(leadImage)) {
    sources.unshift({ src: leadImage, fetchUrl: leadImage });
  }
  const kept: FetchedPicture[] = [];
  let total = 0;
  for (const { src, fetchUrl } of sources) {
    const room = Math.min(MAX_PICTURE_BYTES, MAX_ARTICLE_PICTURE_BYTES - total);
    if (room <= 0) break;
    const picture = await fetchOne(fetchUrl, room, fetcher).catch(() => null);
    if (!picture) continue;
    total += picture.bytes.byteLength;
    kept.push({ src, ...picture });
  }
  return kept;
}

async function fetchOne(
  url: string,
  limit: number,
  fetcher: typeof fetch,
): Promise<Omit<FetchedPicture, 'src'> | null> {
  const response = await fetcher(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  // SVG can carry script; it is not kept even though the reader page would show it as an image.
  if (!response.ok || !type.startsWith('image/') || type === 'image/svg+xml') return null;
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) return null;
  const bytes = await response.arrayBuffer();
  return bytes.byteLength > limit ? null : { type, bytes };
}
