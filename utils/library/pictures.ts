import { deletePictures, read, write } from './access';
import type { StoredPicture } from './db';
import type { FetchedPicture } from './picture-fetch';

/**
 * Replaces an article's kept pictures. Skipped when the article was deleted meanwhile (the
 * downloads run after the save has answered), so no picture outlives its article.
 */
export function storePictures(articleId: string, pictures: FetchedPicture[]): Promise<boolean> {
  return write(async (tx) => {
    if ((await tx.objectStore('articles').getKey(articleId)) === undefined) return false;
    await deletePictures(tx, articleId);
    await Promise.all(
      pictures.map((p) => tx.objectStore('pictures').put({ articleId, src: p.src, type: p.type, bytes: p.bytes })),
    );
    return true;
  });
}

export function getPictures(articleId: string): Promise<StoredPicture[]> {
  return read((db) => db.getAllFromIndex('pictures', 'articleId', articleId));
}

/** Every kept picture, by article, for an export that embeds them. */
export async function picturesByArticle(ids: string[]): Promise<Map<string, StoredPicture[]>> {
  const all = await Promise.all(ids.map(async (id) => [id, await getPictures(id)] as const));
  return new Map(all.filter(([, pictures]) => pictures.length > 0));
}

/** A picture as a data: URL, which a standalone HTML file can carry. */
export function pictureDataUrl(picture: Pick<StoredPicture, 'type' | 'bytes'>): string {
  const bytes = new Uint8Array(picture.bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${picture.type};base64,${btoa(binary)}`;
}
