import type { SavedArticle } from './db';

/**
 * HTML body → Markdown, for the export. Needs a DOM (extension pages have one). Covers what
 * the extractor leaves in a body: paragraphs, headings, lists, quotes, code, links, emphasis,
 * figures and simple tables. Images stay links to where they live.
 */
export function htmlToMarkdown(html: string): string {
  // A parsed document is inert: nothing in it runs or loads while it is walked.
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return tidy(blocks(body));
}

/** Blank lines between blocks collapse to one; no line keeps trailing spaces. */
function tidy(markdown: string): string {
  return markdown.replace(/[^\S\n]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}

const BACKTICK = '\u0060';
const FENCE = BACKTICK.repeat(3);

export interface MarkdownLabels {
  /** e.g. "Source" */
  source: string;
}

export function articleToMarkdown({ article }: SavedArticle, labels: MarkdownLabels): string {
  const meta = [article.authors.join(', '), article.siteName, article.publishedTime?.slice(0, 10)]
    .filter((part): part is string => Boolean(part))
    .map(escapeText);
  const parts = [
    `# ${escapeText(oneLine(article.title))}`,
    meta.length > 0 ? `*${meta.join(' · ')}*` : '',
    article.teaser.map((item) => `- ${escapeText(oneLine(item))}`).join('\n'),
    htmlToMarkdown(article.content),
    `${escapeText(labels.source)}: <${article.url}>`,
  ];
  return parts.filter(Boolean).join('\n\n') + '\n';
}

export function articlesToMarkdown(records: SavedArticle[], labels: MarkdownLabels): string {
  return records.map((record) => articleToMarkdown(record, labels)).join('\n---\n\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Characters that would turn plain text into Markdown syntax. */
function escapeText(text: string): string {
  return text
    .replace(/([\\*_[\]<>#|\u0060])/g, '\\$1')
    .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*\d+)\.(\s)/gm, '$1\\.$2');
}

function blocks(parent: ParentNode): string {
  let out = '';
  for (const node of Array.from(parent.childNodes)) out += block(node);
  return out;
}

function block(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').trim() ? inlineText(node.textContent ?? '') : '';
  if (!(node instanceof Element)) return '';
  const tag = node.localName;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return `\n\n${'#'.repeat(Number(heading[1]))} ${oneLine(inline(node))}\n\n`;
  switch (tag) {
    case 'p':
      return `\n\n${inline(node).trim()}\n\n`;
    case 'ul':
    case 'ol':
      return `\n\n${list(node, tag === 'ol')}\n\n`;
    case 'blockquote':
      return `\n\n${prefixLines(tidy(blocks(node)), '> ')}\n\n`;
    case 'pre':
      return '\n\n' + FENCE + '\n' + (node.textContent ?? '').replaceAll(FENCE, '`\u200b``') + '\n' + FENCE + '\n\n';
    case 'hr':
      return '\n\n---\n\n';
    case 'figcaption':
      return `\n\n*${oneLine(inline(node))}*\n\n`;
    case 'table':
      return `\n\n${table(node)}\n\n`;
    case 'script':
    case 'style':
    case 'template':
      return '';
    case 'div':
    case 'section':
    case 'article':
    case 'figure':
    case 'header':
    case 'footer':
    case 'aside':
    case 'main':
      return `\n\n${blocks(node)}\n\n`;
    default:
      return inlineNode(node);
  }
}

function inline(parent: Node): string {
  return Array.from(parent.childNodes).map(inlineNode).join('');
}

function inlineNode(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return inlineText(node.textContent ?? '');
  if (!(node instanceof Element)) return '';
  switch (node.localName) {
    case 'strong':
    case 'b':
      return wrap(inline(node), '**');
    case 'em':
    case 'i':
      return wrap(inline(node), '*');
    case 'code':
      return BACKTICK + (node.textContent ?? '').replaceAll(BACKTICK, '\u02cb') + BACKTICK;
    case 'br':
      return '\\\n';
    case 'a': {
      const href = node.getAttribute('href');
      const text = inline(node).trim();
      return href && /^(https?:|mailto:)/i.test(href) ? `[${text || href}](${linkTarget(href)})` : text;
    }
    case 'img': {
      const src = node.getAttribute('src');
      return src && /^https?:/i.test(src) ? `![${escapeText(node.getAttribute('alt') ?? '')}](${linkTarget(src)})` : '';
    }
    case 'script':
    case 'style':
    case 'template':
      return '';
    default:
      return block(node);
  }
}

function inlineText(text: string): string {
  return escapeText(text.replace(/\s+/g, ' '));
}

function wrap(text: string, marker: string): string {
  const trimmed = text.trim();
  return trimmed ? `${marker}${trimmed}${marker}` : '';
}

function linkTarget(url: string): string {
  return url.replace(/[()\s]/g, (c) => encodeURIComponent(c));
}

function list(node: Element, ordered: boolean): string {
  const items = Array.from(node.children).filter((child) => child.localName === 'li');
  return items
    .map((item, i) => {
      const marker = ordered ? `${i + 1}. ` : '- ';
      const body = tidy(blocks(item));
      return marker + body.split('\n').join('\n' + ' '.repeat(marker.length));
    })
    .join('\n');
}

function prefixLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : prefix.trimEnd()))
    .join('\n');
}

function table(node: Element): string {
  const rows = Array.from(node.querySelectorAll('tr')).map((row) =>
    Array.from(row.children).map((cell) => oneLine(inline(cell))),
  );
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(rows[0]!), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
}
