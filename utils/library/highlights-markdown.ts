import type { SavedArticle, StoredHighlight } from './db';

/**
 * Every highlight of the library as one Markdown file: an article a section (headline, link,
 * site), each passage a quote in reading order with its note below. Newest articles first,
 * like the list. Quotes keep their line breaks inside the block.
 */
export function highlightsToMarkdown(
  highlights: StoredHighlight[],
  articles: Map<string, Pick<SavedArticle, 'article' | 'savedAt'>>,
  title: string,
): string {
  const byArticle = new Map<string, StoredHighlight[]>();
  for (const highlight of highlights) {
    if (!articles.has(highlight.articleId)) continue;
    byArticle.set(highlight.articleId, [...(byArticle.get(highlight.articleId) ?? []), highlight]);
  }
  const sections = [...byArticle]
    .sort(([a], [b]) => articles.get(b)!.savedAt.localeCompare(articles.get(a)!.savedAt))
    .map(([id, list]) => {
      const { article } = articles.get(id)!;
      const head = [
        `## ${oneLine(article.title)}`,
        '',
        `<${article.url}>${article.siteName ? ` · ${oneLine(article.siteName)}` : ''}`,
      ];
      const passages = [...list]
        .sort((a, b) => a.target.position.start - b.target.position.start)
        .map((h) => [quoteBlock(h.text), ...(h.note.trim() ? ['', h.note.trim()] : [])].join('\n'));
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
