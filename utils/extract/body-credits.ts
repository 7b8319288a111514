import { elementsByTag, holdersOf } from './dom';
import { clean } from './text';
import { NO_TRACE, type Recorder } from './trace';

/**
 * A line that only credits a picture: "© BART DEWAELE", "Foto: Andreas Kahl", "Getty Images",
 * "IMAGO/Nico Beispiel", "(Image: Getty)". Alone in the body it reads as a stray line between
 * paragraphs. A caption that also describes the picture stays, and so does "Quelle: …", which
 * on German sites names the sources of the article's text.
 */
const CREDIT_LINE =
  /^\(?(?:(?:©|\(c\)\s)|(?:fotos?|bild(?:er)?|photos?|photograph|images?|credits?)\s*:|(?:getty images|imago|picture[ -]alliance|shutterstock|istock(?:photo)?)(?:\s*(?:[/|,;]|via\b).*)?\)?$)/i;
const MAX_CREDIT_WORDS = 8;
const LINES = new Set(['p', 'span', 'div', 'small', 'figcaption', 'cite', 'em', 'i']);
/** A line holding one of these is more than a credit. */
const BLOCKS = new Set(['p', 'div', 'img', 'picture', 'video', 'figure', 'iframe']);

export function dropCreditLines(root: Element, rec: Recorder = NO_TRACE): void {
  const blocks = holdersOf(root, BLOCKS);
  for (const el of elementsByTag(root, LINES)) {
    if (!root.contains(el) || blocks.has(el)) continue;
    const text = clean(el.textContent);
    if (text && text.split(' ').length <= MAX_CREDIT_WORDS && CREDIT_LINE.test(text)) {
      rec.removed('credit lines', 'a line that only credits a picture', el);
      el.remove();
    }
  }
}
