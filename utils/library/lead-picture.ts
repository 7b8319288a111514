import type { Article } from '../article';
import { escapeHtml } from './html-export';
import { pictureSources, samePicture } from './picture-sources';

/**
 * The saved copy as the reader page shows it: the lead picture moves into the body (once, and
 * not at all when the body already has it, at any size) so that it, too, comes from the library.
 */
export function withLeadInBody(article: Article): Article {
  const lead = article.leadImage;
  if (!lead || !/^https?:/i.test(lead)) return { ...article, leadImage: null };
  const inBody = pictureSources(article.content).some((p) => samePicture(p.src, lead) || samePicture(p.fetchUrl, lead));
  const figure = `<figure class="lede-lead"><img src="${escapeHtml(lead)}" alt=""></figure>`;
  return { ...article, leadImage: null, content: inBody ? article.content : figure + article.content };
}
