import type { Article } from '../article';
import { pictureSources, samePicture } from './picture-sources';

/**
 * The saved copy as the reader page and the HTML export show it: the lead picture moves into the body (once, and
 * not at all when the body already has it, at any size) so that it, too, comes from the library.
 */
const escapeAttr = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function withLeadInBody(article: Article): Article {
  const lead = article.leadImage;
  if (!lead || !/^https?:/i.test(lead)) return { ...article, leadImage: null };
  const inBody = pictureSources(article.content).some((p) => samePicture(p.src, lead) || samePicture(p.fetchUrl, lead));
  const figure = `<figure class="lede-lead"><img src="${escapeAttr(lead)}" alt=""></figure>`;
  return { ...article, leadImage: null, content: inBody ? article.content : figure + article.content };
}
