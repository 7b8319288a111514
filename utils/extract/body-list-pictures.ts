import { elementsByTag } from './dom';
import { clean, countWords } from './text';
import { NO_TRACE, type Recorder } from './trace';

/** A walk for the lists: jsdom's selector engine costs a fixed time per call. */
const LISTS = new Set(['ul', 'ol']);
/** What a list item of a slide show holds besides its caption. */
const MEDIA = 'img, picture, video';
/** A caption is a sentence or two; an item with more text is a point of the article and stays one. */
const MAX_CAPTION_WORDS = 60;

/**
 * A slide show or opening picture kept as a list (`<ul><li><img>caption</li></ul>`) shows as a
 * bullet beside a picture. A list whose every item is a picture with at most a caption is a run
 * of figures: each item becomes a `<figure>`, its text the `<figcaption>`.
 */
export function listPicturesAsFigures(root: Element, rec: Recorder = NO_TRACE): void {
  for (const list of elementsByTag(root, LISTS)) {
    const items = Array.from(list.children);
    if (!items.length || !items.every(isPictureItem)) continue;
    rec.changed('pictures in lists', 'moved', 'a list of pictures shown as figures, not bullets', list);
    const doc = list.ownerDocument;
    const figures = items.map((item) => {
      const figure = doc.createElement('figure');
      for (const media of Array.from(item.querySelectorAll(MEDIA))) {
        if (!media.parentElement?.closest('picture, video')) figure.append(media);
      }
      const caption = clean(item.textContent);
      if (caption) figure.append(Object.assign(doc.createElement('figcaption'), { textContent: caption }));
      return figure;
    });
    list.replaceWith(...figures);
  }
}

function isPictureItem(item: Element): boolean {
  if (item.tagName !== 'LI' || !item.querySelector(MEDIA)) return false;
  if (item.querySelector('ul, ol, li, h1, h2, h3, h4, h5, h6, blockquote, table')) return false;
  // An item whose words are a link is another article's card, not a caption.
  if (Array.from(item.querySelectorAll('a'), (a) => clean(a.textContent)).some(Boolean)) return false;
  const { words, cjkChars } = countWords(clean(item.textContent));
  return words + cjkChars / 2 <= MAX_CAPTION_WORDS;
}
