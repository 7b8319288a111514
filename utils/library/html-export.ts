import type { SavedArticle, StoredPicture } from './db';
import { withLeadInBody } from './lead-picture';
import { embedPictures } from './picture-embed';
import { pictureDataUrl } from './pictures';
import { sanitizeContent } from './sanitize';

/**
 * A saved article as a standalone HTML file. The body is sanitised again and the file carries a
 * CSP that forbids every script and every connection except images, so opening an export
 * from disk runs nothing even if the stored copy was tampered with.
 */
const CSP = "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'";

const STYLE = `body{margin:0 auto;max-width:42em;padding:2em 1em;font:1.15rem/1.6 Georgia,'Times New Roman',serif;color:#1b1b1b;background:#fff}
h1{font-size:2em;line-height:1.2}img{max-width:100%;height:auto}.meta{color:#555}
article+article{border-top:1px solid #ccc;margin-top:3em}mark.lede-hl-green{background:#bfecc9}mark.lede-hl-blue{background:#c7defc}mark.lede-hl-pink{background:#fcd0e4}.lede-note{border-left:3px solid #999;margin-left:0;padding-left:1em;font-style:italic}@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#16181a}.meta{color:#aaa}a{color:#8ab4f8}}`;

export interface HtmlLabels {
  /** e.g. "Source" */
  source: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Kept pictures by article id; the export embeds them as data: URLs. */
export type PicturesById = ReadonlyMap<string, StoredPicture[]>;

function bodyWithPictures(html: string, pictures: StoredPicture[] | undefined): string {
  if (!pictures?.length) return html;
  return embedPictures(html, new Map(pictures.map((p) => [p.src, pictureDataUrl(p)])));
}

function articleSection(record: SavedArticle, labels: HtmlLabels, pictures?: PicturesById): string {
  const { id } = record;
  // The lead picture as the saved page shows it: once, and embedded like the body's.
  const article = withLeadInBody(record.article);
  const meta = [article.authors.join(', '), article.siteName, article.publishedTime?.slice(0, 10)].filter(
    (part): part is string => Boolean(part),
  );
  const teaser = article.teaser.length
    ? `<ul class="teaser">${article.teaser.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    : '';
  // Every field is escaped: a stored record is only as trustworthy as whatever last wrote it.
  return `<article lang="${escapeHtml(article.lang)}" dir="${article.dir === 'rtl' ? 'rtl' : 'ltr'}">
<h1>${escapeHtml(article.title)}</h1>
${meta.length ? `<p class="meta">${escapeHtml(meta.join(' · '))}</p>` : ''}
${teaser}
${bodyWithPictures(sanitizeContent(article.content), pictures?.get(id))}
<p class="meta">${escapeHtml(labels.source)}: <a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a></p>
</article>`;
}

export function articlesToHtml(
  records: SavedArticle[],
  labels: HtmlLabels,
  title: string,
  pictures?: PicturesById,
): string {
  const first = records[0]?.article;
  const lang = records.length === 1 && first ? ` lang="${escapeHtml(first.lang)}"` : '';
  return `<!doctype html>
<html${lang}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${records.map((record) => articleSection(record, labels, pictures)).join('\n')}
</body>
</html>
`;
}
