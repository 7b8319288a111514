import { pictureKey } from './picture-sources';

/**
 * Puts kept pictures into a sanitised body as the given URLs (data: URLs for a standalone file).
 * Pictures the library does not have keep their web address. Needs a DOM (extension pages).
 */
export function embedPictures(html: string, urls: ReadonlyMap<string, string>): string {
  if (urls.size === 0) return html;
  // A DOMParser document is inert: nothing in it loads while it is rewritten.
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const img of Array.from(doc.body.querySelectorAll('img'))) {
    const key = pictureKey(img.getAttribute('src') ?? undefined, img.getAttribute('srcset') ?? undefined);
    const url = key ? urls.get(key) : undefined;
    if (!url) continue;
    img.setAttribute('src', url);
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    img
      .closest('picture')
      ?.querySelectorAll('source')
      .forEach((source) => source.remove());
  }
  return doc.body.innerHTML;
}
