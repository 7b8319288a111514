import type { Article } from '../article';
import { drawnSmallerThan, imgAttributes, likelySamePhoto, pictureSources, samePicture } from './picture-sources';

/**
 * Whether the body already shows the lead picture, so no reader shows it twice: the same picture
 * anywhere in the body (at any size, on any host), or, before the text begins, the same photo in
 * the crop made for the page (`…-articleLarge.jpg` in the body, `…-facebookJumbo.jpg` as `og:image`).
 * One rule for the overlay, the saved page and the HTML export.
 */
export function bodyHasLead(content: string, lead: string): boolean {
  const opening = openingPicture(content);
  if (opening && likelySamePhoto(opening, lead)) return true;
  return pictureSources(content).some((p) => samePicture(p.src, lead) || samePicture(p.fetchUrl, lead));
}

/** Letters before a picture that still count as the body's opening: a "Photo" label, a credit. */
const OPENING_LETTERS = 40;
/** Width or height (px) below which a picture is an icon or an author's portrait, not the lead. */
const MIN_LEAD_SIDE = 150;
const IMG = /<img\b[^>]*>/gi;

/** The address of the body's first picture when it comes before the text (icons and portraits aside). */
function openingPicture(content: string): string | null {
  let letters = 0;
  let from = 0;
  for (const match of content.matchAll(IMG)) {
    const between = content
      .slice(from, match.index)
      .replace(/<[^>]*>/g, '')
      .replace(/&[#\w]+;/g, '.');
    letters += between.replace(/\s+/g, '').length;
    if (letters >= OPENING_LETTERS) return null;
    from = match.index + match[0].length;
    const attrs = imgAttributes(match[0]);
    if (!drawnSmallerThan((side) => attrs.get(side), MIN_LEAD_SIDE)) return attrs.get('src') ?? null;
  }
  return null;
}

const escapeAttr = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The saved copy as the reader page and the HTML export show it: the lead picture moves into the
 * body (unless the body already shows it) so that it, too, comes from the library.
 */
export function withLeadInBody(article: Article): Article {
  const lead = article.leadImage;
  if (!lead || !/^https?:/i.test(lead)) return { ...article, leadImage: null };
  const figure = `<figure class="lede-lead"><img src="${escapeAttr(lead)}" alt=""></figure>`;
  return {
    ...article,
    leadImage: null,
    content: bodyHasLead(article.content, lead) ? article.content : figure + article.content,
  };
}
