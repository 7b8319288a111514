import { browser } from 'wxt/browser';
import type { Article } from '@/utils/article';
import { fetchPictures, PICTURE_PERMISSION } from '@/utils/library/picture-fetch';
import { storePictures } from '@/utils/library/pictures';

/**
 * After a save: downloads the body's pictures into the library, if the user allowed Lede to
 * (the optional host permission). Failures leave the article as saved, with placeholders.
 */
export async function keepPictures(articleId: string, article: Article): Promise<void> {
  const allowed = await browser.permissions.contains(PICTURE_PERMISSION).catch(() => false);
  if (!allowed) return;
  const pictures = await fetchPictures(article.content, article.leadImage);
  await storePictures(articleId, pictures).catch(() => undefined);
}
