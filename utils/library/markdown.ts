import TurndownService from 'turndown';
import { tables, strikethrough } from 'turndown-plugin-gfm';
import type { Article } from '../article';
import type { SavedArticle, StoredHighlight } from './db';

/**
 * Article → Markdown, with Turndown and its GFM plugin. One converter serves the popup's export,
 * the reader page and the CLI. Turndown is handed a parsed node rather than a string: its own
 * string parser differs between the browser and Node builds, and in Node the CLI parses with
 * jsdom, so each caller passes the parser of its context.
 */

export type ParseHtml = (html: string) => Document;

export const browserParse: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

let service: TurndownService | null = null;

function converter(): TurndownService {
  if (service) return service;
  const td = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    br: '\\',
  });
  td.use([tables, strikethrough]);
  td.remove([
    'script',
    'style',
    'template',
    'noscript',
    'iframe',
    'object',
    'embed',
    'button',
    'form',
    'input',
    'select',
    'textarea',
  ]);
  // A table cell is one line in GFM: a paragraph or line break inside it would end the table.
  td.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content, node) => {
      const text = content.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
      const first = node.parentNode?.firstElementChild === node;
      return `${first ? '| ' : ' '}${text} |`;
    },
  });
  // The reader's own highlights (highlight-marks.ts), as Obsidian and other Markdown editors write
  // them; a publisher's <mark> stays plain text, as before.
  td.addRule('highlight', {
    filter: (node) => node.nodeName === 'MARK' && node.hasAttribute('data-highlight'),
    replacement: (content) => (content.trim() ? `==${content}==` : content),
  });
  // Only links a reader can follow; anything else keeps its text.
  td.addRule('safeLink', {
    filter: (node) => node.nodeName === 'A' && !/^(https?:|mailto:)/i.test(node.getAttribute('href') ?? ''),
    replacement: (content) => content,
  });
  // Placeholders (data: pixels) and pictures without an address are noise in a text file.
  td.addRule('webImage', {
    filter: (node) => node.nodeName === 'IMG' && !/^https?:/i.test(node.getAttribute('src') ?? ''),
    replacement: () => '',
  });
  td.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content) => {
      const text = content.replace(/\s+/g, ' ').trim();
      return text ? `\n\n*${text}*\n\n` : '';
    },
  });
  service = td;
  return td;
}

/**
 * GFM tables need a header row. Publishers' tables often have none, and the plugin would then keep
 * them as raw HTML (or fail on one without rows): their first row becomes the header instead.
 */
function prepareTables(root: ParentNode): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const first = table.querySelector('tr');
    if (!first) {
      table.remove();
      continue;
    }
    const doc = table.ownerDocument;
    const thead = doc.createElement('thead');
    const row = doc.createElement('tr');
    for (const cell of Array.from(first.children)) {
      const th = doc.createElement('th');
      th.append(...Array.from(cell.childNodes));
      row.append(th);
    }
    first.remove();
    thead.append(row);
    table.prepend(thead);
    // Rows may only hold cells: the plugin reads every child as one.
    for (const tr of Array.from(table.querySelectorAll('tr'))) {
      for (const child of Array.from(tr.childNodes)) {
        if (child.nodeName !== 'TD' && child.nodeName !== 'TH') child.remove();
      }
    }
  }
}

/**
 * Code set with `<br>` between its lines (common in blogs' highlighters): Turndown takes a code
 * block's text, which has no line breaks there, and the program came out as one line.
 */
function prepareCode(root: ParentNode): void {
  for (const br of Array.from(root.querySelectorAll('pre br'))) br.replaceWith('\n');
}

/** Sanitised body HTML → Markdown. */
export function htmlToMarkdown(html: string, parse: ParseHtml = browserParse): string {
  // A parsed document is inert: nothing in it runs or loads while it is converted.
  const body = parse(`<body>${html}</body>`).body;
  prepareTables(body);
  prepareCode(body);
  return converter()
    .turndown(body)
    .replace(/[^\S\n]+$/gm, '')
    .trim();
}

/** Plain text in a Markdown line, with the characters that would read as syntax escaped. */
function escapeText(text: string): string {
  return converter().escape(text.replace(/\s+/g, ' ').trim());
}

/** YAML 1.2 reads JSON strings as they are, so every value is quoted safely whatever it holds. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

function frontMatter(article: Article): string {
  const lines = [`title: ${yamlString(article.title)}`];
  if (article.authors.length > 0) lines.push('authors:', ...article.authors.map((name) => `  - ${yamlString(name)}`));
  if (article.publishedTime) lines.push(`date: ${yamlString(article.publishedTime)}`);
  if (article.siteName) lines.push(`site: ${yamlString(article.siteName)}`);
  lines.push(`url: ${yamlString(article.url)}`);
  return ['---', ...lines, '---'].join('\n');
}

/**
 * One article: YAML front matter (title, authors, date, site, url), the headline (front matter is
 * hidden by most viewers), the teaser as a list, then the body.
 */
export function articleToMarkdown(
  article: Article,
  parse: ParseHtml = browserParse,
  highlights: readonly StoredHighlight[] = [],
  highlightsLabel = 'Highlights',
): string {
  const parts = [
    frontMatter(article),
    `# ${escapeText(article.title)}`,
    article.teaser.map((item) => `- ${escapeText(item)}`).join('\n'),
    highlightList(highlights, highlightsLabel),
    htmlToMarkdown(article.content, parse),
  ];
  return parts.filter(Boolean).join('\n\n') + '\n';
}

/** The article's highlights as a list under its teaser, each with its note. */
function highlightList(highlights: readonly StoredHighlight[], label: string): string {
  if (highlights.length === 0) return '';
  const oneLine = (text: string) => escapeText(text.replace(/\s+/g, ' ').trim());
  // Labelled, so that it does not run on from the teaser's list.
  return (
    `**${oneLine(label)}**\n\n` +
    highlights.map((h) => `- ==${oneLine(h.text)}==${h.note.trim() ? ` — ${oneLine(h.note)}` : ''}`).join('\n')
  );
}

/** Several articles in one file, each with its own front matter block (and its highlights, when given). */
export function articlesToMarkdown(
  records: SavedArticle[],
  parse: ParseHtml = browserParse,
  highlights: ReadonlyMap<string, readonly StoredHighlight[]> = new Map(),
  highlightsLabel?: string,
): string {
  return records
    .map((record) => articleToMarkdown(record.article, parse, highlights.get(record.id), highlightsLabel))
    .join('\n');
}
