import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import type { Article } from '../../../utils/article';

export const URL = 'https://news.example/politik/2017/03/21/artikel.html';

export const EN_BODY = [
  'The ministers met on Monday in Tokyo to discuss closer cooperation between the two countries, which have never signed a peace treaty since the end of the war.',
  'The talks were meant to prepare a summit between the two leaders that is planned for the end of April, and both sides said they had made progress on several points.',
  'At the centre of the talks was the threat from the missile and nuclear programmes of the North, which both governments want to stop with the help of the United Nations.',
  'Officials said that the meeting had been friendly and that the next round of talks would take place in Moscow in the autumn, after the summer break of the parliament.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

export const DE_BODY = [
  'Am Montag trafen sich die Außen- und Verteidigungsminister beider Länder in Tokio, um über eine stärkere Zusammenarbeit zu sprechen, die seit Jahren auf der Agenda steht.',
  'Die Gespräche bereiten ein Treffen der beiden Regierungschefs vor, das für Ende April angesetzt ist, und beide Seiten sprachen von einem guten Fortschritt bei mehreren Themen.',
  'Im Mittelpunkt stand der Umgang mit den Raketen- und Atomprogrammen des Nordens, die beide Regierungen mit Hilfe der Vereinten Nationen beenden wollen, bevor es zu spät ist.',
  'Die nächste Runde der Gespräche soll im Herbst in Moskau stattfinden, nach der Sommerpause des Parlaments, wie ein Sprecher des Ministeriums am Abend mitteilte.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

export interface PageParts {
  head?: string;
  /** Markup between `<article>` and the body paragraphs: headline, byline, teaser. */
  header?: string;
  body?: string;
  /** Markup outside the article: sidebars, footers. */
  around?: string;
  htmlAttrs?: string;
}

export function page(parts: PageParts = {}): string {
  return `<!DOCTYPE html><html ${parts.htmlAttrs ?? ''}><head><meta charset="utf-8">${parts.head ?? ''}</head><body>
<main><article>${parts.header ?? ''}<div class="article-body">${parts.body ?? EN_BODY}</div></article></main>
${parts.around ?? ''}</body></html>`;
}

export function doc(parts: PageParts = {}, url = URL): Document {
  return parseHtml(page(parts), url);
}

/** Extracts a page built from parts and fails the test when Lede finds no article. */
export function extract(parts: PageParts = {}, url = URL): Article {
  const result = extractArticle(doc(parts, url), url);
  if (!result.ok) throw new Error(`no article: ${result.reason}`);
  return result.article;
}
