import type { ArticleSummary, StoredHighlight } from './db';
import { groupByArticle } from './highlight-marks';

/**
 * Every highlight of the library as one Markdown file: an article a section (headline, link,
 * site), each passage a quote in reading order with its note below. Newest articles first,
 * like the list (which the summaries give: no article body is read). Quotes keep their line breaks inside the block.
 */
export function highlightsToMarkdown(
  highlights: StoredHighlight[],
  articles: Map<string, Pick<ArticleSummary, 'title' | 'url' | 'siteName' | 'savedAt'>>,
  title: string,
): string {
  const byArticle = groupByArticle(highlights.filter((h) => articles.has(h.articleId)));
  const sections = [...byArticle]
    .sort(([a], [b]) => articles.get(b)!.savedAt.localeCompare(articles.get(a)!.savedAt))
    .map(([id, list]) => {
      const article = articles.get(id)!;
      const head = [
        `## ${oneLine(article.title)}`,
        '',
        `<${article.url}>${article.siteName ? ` · ${oneLine(article.siteName)}` : ''}`,
      ];
      const passages = list.map((h) => [quoteBlock(h.text), ...(h.note.trim() ? ['', h.note.trim()] : [])].join('\n'));
      return [...head, '', passages.join('\n\n')].join('\n');
    });
  return `# ${oneLine(title)}\n\n${sections.join('\n\n')}\n`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A Markdown quote block; a line that would start a heading or a list inside it is escaped. */
export function quoteBlock(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${line.trim().replace(/^([#>*+-]|\d+\.)/, '\\$1')}`.trimEnd())
    .join('\n');
}
