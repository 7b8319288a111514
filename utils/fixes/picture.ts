import { pictureName as nameOfAddress, srcsetCandidates } from '../library/picture-sources';

/**
 * A block that is only a picture has no text to be found by: it is named by its picture, as the
 * page and the reader's body both give it (`src`, a lazy loader's `data-src`, or `srcset`), by the
 * part of the address that stays when a CDN serves another size of it.
 */

const ADDRESS_ATTRIBUTES = ['src', 'data-src', 'data-lazy-src', 'data-original', 'srcset', 'data-srcset'];
/** A file name shorter than this ("1", "img") names no picture in particular. */
const MIN_NAME = 4;

/** The picture's name in an address: its file name, lower case, without extension, query and size words. */
export function pictureName(address: string, base = 'https://x.invalid/'): string | null {
  return nameOfAddress(address, MIN_NAME, base);
}

/** The names of every picture in or at `el`, from each address attribute an `<img>` or `<source>` has. */
export function pictureNames(el: Element): Set<string> {
  const names = new Set<string>();
  const pictures = el.matches('img, source') ? [el] : Array.from(el.querySelectorAll('img, source'));
  for (const picture of pictures)
    for (const attribute of ADDRESS_ATTRIBUTES) {
      const value = picture.getAttribute(attribute);
      if (!value) continue;
      const addresses = attribute.endsWith('srcset') ? srcsetCandidates(value).map((c) => c.url) : [value];
      for (const address of addresses) {
        const name = pictureName(address);
        if (name) names.add(name);
      }
    }
  return names;
}

/** Whether a block shows a picture and no text: a block fix mode names by its picture. */
export function isPictureBlock(el: Element): boolean {
  return (el.textContent ?? '').trim() === '' && (el.localName === 'img' || el.querySelector('img') !== null);
}

/** What shows a picture: a captioned block holds one of these. */
export const PICTURE = 'img, picture, video';

/** Wrappers a picture's box is never widened to: they hold the article, not a picture in it. */
const STOP = new Set(['article', 'main', 'body', 'html']);

/**
 * The box a picture stands in: the outermost element around it with no text (a `<figure>` whose
 * caption is empty, a link, a wrapper), below `within` and the article's own wrappers.
 */
export function pictureBox(picture: Element, within?: Element): Element {
  let box = picture;
  for (let up = box.parentElement; up && up !== within && !STOP.has(up.localName); up = up.parentElement) {
    if ((up.textContent ?? '').trim() !== '') break;
    box = up;
  }
  return box;
}

/** The page's pictures named `name`, each as the box it stands in, outermost only. */
export function picturesNamed(root: Element, name: string, within?: Element): Element[] {
  const boxes: Element[] = [];
  for (const img of Array.from(root.querySelectorAll('img'))) {
    // A `<picture>` names its photo in its `<source>`s, often beside a placeholder `<img>`.
    const named = img.parentElement?.localName === 'picture' ? img.parentElement : img;
    if (!pictureNames(named).has(name)) continue;
    const box = pictureBox(img, within);
    if (!boxes.some((b) => b.contains(box))) boxes.push(box);
  }
  return boxes;
}
