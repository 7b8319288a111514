import { pictureKey } from '@/utils/library/picture-sources';

/** The pictures a saved copy has in the library, by the address its body names them with. */
export interface BodyPictures {
  urls: ReadonlyMap<string, string>;
  /** Says that a picture was not kept, e.g. "Picture not saved". */
  missingLabel: string;
}

/**
 * Points a sanitised body's pictures at the library's copies. A picture the library does not
 * have becomes a quiet placeholder with its description rather than a request to the publisher
 * (and a broken-image icon offline). `<source>` elements go: they would load remote pictures.
 */
export function withPictures(html: string, pictures: BodyPictures): string {
  // A DOMParser document is inert: nothing in it loads while it is rewritten.
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const source of Array.from(doc.querySelectorAll('picture source'))) source.remove();
  for (const img of Array.from(doc.body.querySelectorAll('img'))) {
    if (isSpacer(img)) {
      img.remove();
      continue;
    }
    const key = pictureKey(img.getAttribute('src') ?? undefined, img.getAttribute('srcset') ?? undefined);
    // No web address: a picture held in the body itself (a data: URL), or an image the reader
    // showed as nothing (or its description) because it has no source at all. Neither was left
    // behind on the web, and neither asks the web for anything; only its web srcset could.
    if (!key) {
      img.removeAttribute('srcset');
      continue;
    }
    const url = pictures.urls.get(key);
    if (url) {
      img.setAttribute('src', url);
      img.removeAttribute('srcset');
      img.removeAttribute('sizes');
      continue;
    }
    const placeholder = doc.createElement('span');
    placeholder.className = 'lede-picture-missing';
    const alt = (img.getAttribute('alt') ?? '').trim();
    // A figure's caption is shown under the placeholder already; otherwise the description is.
    const captioned = img.closest('figure')?.querySelector('figcaption') != null;
    // Each part isolated: in an RTL article the English label and the description must not
    // reorder into each other ("…;Picture not saved: &quot").
    placeholder.append(isolated(doc, pictures.missingLabel));
    if (alt && !captioned) placeholder.append(': ', isolated(doc, alt));
    img.replaceWith(placeholder);
  }
  return doc.body.innerHTML;
}

/**
 * A spacer or a tracking pixel: an image the page itself sizes at one pixel or less each way. The
 * reader showed it as nothing; a "Picture not saved" box in its place would show what never was
 * a picture (five of them in one corpus article of spacer GIFs).
 */
function isSpacer(img: Element): boolean {
  const side = (name: string) => Number.parseFloat(img.getAttribute(name) ?? '');
  return side('width') <= 1 && side('height') <= 1;
}

function isolated(doc: Document, text: string): HTMLElement {
  const bdi = doc.createElement('bdi');
  bdi.textContent = text;
  return bdi;
}
