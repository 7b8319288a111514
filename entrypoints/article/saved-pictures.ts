import { useEffect, useState } from 'preact/hooks';
import type { BodyPictures } from '@/components/body-pictures';
import { t } from '@/utils/i18n';
import type { Article } from '@/utils/article';
import { escapeHtml } from '@/utils/library/html-export';
import { pictureSources } from '@/utils/library/picture-sources';
import { getPictures } from '@/utils/library/pictures';

/**
 * The saved article's pictures from the library as object URLs, revoked when the page leaves the
 * article. Null until they are read, so the body does not flash placeholders first.
 */
export function useSavedPictures(articleId: string | null): BodyPictures | null {
  const [pictures, setPictures] = useState<BodyPictures | null>(null);
  useEffect(() => {
    if (!articleId) return;
    const made: string[] = [];
    let live = true;
    const missingLabel = t('libPictureNotSaved');
    getPictures(articleId).then(
      (stored) => {
        const urls = new Map(stored.map((p) => [p.src, URL.createObjectURL(new Blob([p.bytes], { type: p.type }))]));
        made.push(...urls.values());
        if (live) setPictures({ urls, missingLabel });
      },
      () => live && setPictures({ urls: new Map(), missingLabel }),
    );
    return () => {
      live = false;
      made.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [articleId]);
  return pictures;
}

const strip = (url: string) => url.replace(/[?#].*$/, '');

/**
 * The saved copy as the reader page shows it: the lead picture moves into the body (once, and
 * not at all when the body already has it) so that it, too, comes from the library.
 */
export function withLeadInBody(article: Article): Article {
  const lead = article.leadImage;
  if (!lead || !/^https?:/i.test(lead)) return { ...article, leadImage: null };
  const inBody = pictureSources(article.content).some(
    (p) => strip(p.src) === strip(lead) || strip(p.fetchUrl) === strip(lead),
  );
  const figure = `<figure class="lede-lead"><img src="${escapeHtml(lead)}" alt=""></figure>`;
  return { ...article, leadImage: null, content: inBody ? article.content : figure + article.content };
}
