import { clean, countWords, textOf } from './text';
import { datesInText } from './date-text';
import {
  CALL_TO_ACTION,
  CREDIT,
  KEY_POINTS_LABEL,
  OFFER_PERIOD,
  OFFER_PRICE,
  OFFER_WORD,
  READ_ON,
  STAFF_CREDIT,
} from './patterns';

// Whether a text or block near the headline reads as a standfirst, not as a byline, credit or caption.

/**
 * A dek wrapper may hold more than the standfirst: the byline ("by … (reporting)") and the lead
 * image's caption sit in it on some CMSs. Its paragraphs are read one by one, so the caller can
 * keep the sentences and drop the credit lines; a dek without paragraphs is one text.
 */
export function dekParagraphs(el: Element): string[] {
  const paragraphs = Array.from(el.querySelectorAll('p'));
  if (el.tagName === 'P' || !paragraphs.length) return [linesOf(el).join(' ')];
  return paragraphs
    .filter((p) => !isCaption(p, el))
    .map((p) => linesOf(p).join(' '))
    .filter(Boolean);
}

/**
 * The lines of a block set with `<br>`: key points written as lines rather than as a list
 * (common on Korean and some German news sites). A line that breaks off mid-sentence (it ends
 * without a stop and the next starts in lower case) is joined to the next, so a wrapped
 * paragraph stays one text. Without `<br>` the block is one line.
 */
export function linesOf(el: Element): string[] {
  if (!el.querySelector('br')) return [clean(el.textContent)];
  const lines: string[] = [];
  // textOf already puts a paragraph break at every <br>.
  for (const line of textOf(el).split('\n\n').filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && /[\p{Ll},;–-]$/u.test(last) && /^\p{Ll}/u.test(line))
      lines[lines.length - 1] = `${last} ${line}`;
    else lines.push(line);
  }
  return lines;
}

/** A caption by its element or class, or a line that ends crediting the picture ("… Bild: Jan Kahl"). */
function isCaption(p: Element, within: Element): boolean {
  for (let n: Element | null = p; n && n !== within; n = n.parentElement) {
    if (n.tagName === 'FIGCAPTION' || CAPTION_HINT.test(hints(n))) return true;
  }
  return PICTURE_CREDIT_END.test(clean(p.textContent));
}

const CAPTION_HINT =
  /caption|credit|copyright|(?:image|img|photo|picture|media|bild|foto)[\s_-]*(?:desc|info|text|source)/i;
const PICTURE_CREDIT_END = /\b(?:fotos?|bild|photos?|photograph|image|credit|quelle)\s*:\s*[^.:!?]{2,80}$/i;

/**
 * Longer than a standfirst: the body's first paragraph. A text the page's description repeats is
 * the summary the publisher wrote, which a round-up runs to a sentence per place.
 */
const MAX_CHARS = 700;
const MAX_ECHOED_CHARS = 1000;

/**
 * A sentence-like standfirst, not a byline, credit, date or label. A short one passes only when
 * `echoed`: the page's description repeats it ("A preventable crisis.").
 */
export function paragraphLike(text: string, authors: readonly string[], echoed = false): string | null {
  // CJK writes no spaces: two characters weigh about one word, and a sentence is shorter.
  const { words, cjkChars } = countWords(text);
  const size = words + cjkChars / 2;
  // Capitals only is a name or a label shouted ("MTHOBISI SITHOLE"), even when the description repeats it.
  const short = echoed ? size < 3 || !/[^\P{L}\p{Lu}]/u.test(text) : (cjkChars < 20 && text.length < 40) || size < 7;
  if (short || text.length > (echoed ? MAX_ECHOED_CHARS : MAX_CHARS) || CREDIT.test(text) || STAFF_CREDIT.test(text))
    return null;
  if (KEY_POINTS_LABEL.test(text) || /^(by|von|par|por)\s/i.test(text) || isOffer(text)) return null;
  // A byline names the author and little else; a standfirst the description repeats may end "A comment by Jan Sellner".
  const rest = authors.reduce((t, a) => t.replace(a, ''), text);
  if (rest !== text && size < 20 && !(echoed && countWords(rest).words >= 5)) return null;
  // A short line with a full date is a dateline ("Last updated: 2 April 2019, Security Centre").
  if (size < 20 && datesInText(text).length) return null;
  return text;
}

/** Class, id and role-ish attributes, with CSS-in-JS names split at case changes (`ContentHeaderDek-x1` → `Content Header Dek-x1`). */
export function hints(el: Element): string {
  return [el.getAttribute('class'), el.id, el.getAttribute('itemprop'), el.getAttribute('data-testid')]
    .filter(Boolean)
    .join(' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

/** A line or two that sells (a subscription, an app, reading without ads): never a teaser. */
export function isOffer(text: string): boolean {
  const { words } = countWords(text);
  if (CALL_TO_ACTION.test(text)) return true;
  if (words <= OFFER_WORDS && OFFER_PRICE.test(text) && OFFER_PERIOD.test(text) && OFFER_WORD.test(text)) return true;
  return words <= BUTTON_WORDS && READ_ON.test(text);
}

/** An offer is a line or two; a longer text quoting a price is news about prices. */
const OFFER_WORDS = 30;
/** "Ohne Werbung weiterlesen", "Jetzt weiterlesen mit Plus": a button's few words. */
const BUTTON_WORDS = 8;
