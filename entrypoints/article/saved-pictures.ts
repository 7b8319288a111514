import { useEffect, useState } from 'preact/hooks';
import type { BodyPictures } from '@/components/body-pictures';
import { t } from '@/utils/i18n';
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

// The reader page's other half of showing a saved copy; pure, so it lives with the library.
export { withLeadInBody } from '@/utils/library/lead-picture';
