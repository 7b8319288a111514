import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractOptions, ExtractResult, ExtractTrace } from '../../utils/article';
import { extractArticle } from '../../utils/extract';
import { NotHtmlError, parseHtml, readHtmlFile } from './html-file';

/** One saved page through the core: read, sniff, decode, parse, extract. File errors are thrown. */
export async function extractFile(
  file: string,
  url?: string,
  options: ExtractOptions = {},
): Promise<ExtractResult & { trace?: ExtractTrace }> {
  const pageUrl = url ?? pathToFileURL(resolve(file)).href;
  let html: string;
  try {
    html = await readHtmlFile(file);
  } catch (error) {
    if (error instanceof NotHtmlError) return { ok: false, reason: 'not-html' };
    throw error;
  }
  const doc = parseHtml(html, pageUrl);
  try {
    return extractArticle(doc, pageUrl, options);
  } finally {
    doc.defaultView?.close();
  }
}

/** One line for a file that could not be read, naming the file, never a stack trace. */
export function describeError(error: unknown, file?: string): string {
  const e = error as NodeJS.ErrnoException;
  const path = e?.path ?? file ?? '';
  if (e?.code === 'ENOENT') return `file not found: ${path}`;
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return `cannot read (permission denied): ${path}`;
  if (e?.code === 'EISDIR') return `not a file but a folder: ${path}`;
  if (e?.code?.startsWith('Z_')) return `not a valid gzip file: ${path}`;
  const message = error instanceof Error ? error.message : String(error);
  return file && !message.includes(file) ? `${file}: ${message}` : message;
}
