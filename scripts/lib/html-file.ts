import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import sniffEncoding from 'html-encoding-sniffer';
import { JSDOM, VirtualConsole } from 'jsdom';
import './jsdom-css';
import { binaryFormat, xmlRoot } from './sniff-bytes';

/** A file whose bytes are no HTML page: an image, a PDF, an archive, an SVG or XML document. */
export class NotHtmlError extends Error {
  constructor(
    file: string,
    readonly format: string,
  ) {
    super(`${file}: not an HTML page (${format})`);
  }
}

/**
 * Reads a saved page (`.html` or `.html.gz`) and decodes its bytes the way a browser would
 * (see `decodeHtml`). Bytes no browser would show as a page throw `NotHtmlError`; so does a
 * gzip inside the gzip, which a browser shows as a download.
 */
export async function readHtmlFile(path: string): Promise<string> {
  let bytes: Uint8Array = await readFile(path);
  if (path.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) bytes = gunzipSync(bytes);
  const format = binaryFormat(bytes);
  if (format) throw new NotHtmlError(path, format);
  const html = decodeHtml(bytes);
  const root = xmlRoot(html);
  if (root) throw new NotHtmlError(path, `XML document <${root}>`);
  return html;
}

/**
 * Decodes as the HTML Standard's encoding sniffing does: a byte-order mark wins, then a charset
 * declared in the first 1024 bytes, else the fallback of Western locales, windows-1252, unless
 * the bytes are valid UTF-8 (what browsers' detectors conclude, and what a saved page with no
 * declaration nearly always is). Corpus pages come from many publishers; some are windows-1252
 * or ISO-8859-1 and would show mojibake if read as UTF-8.
 */
export function decodeHtml(bytes: Uint8Array): string {
  // With two fallbacks, a declaration (or BOM) is what both calls agree on.
  const sniffed = sniffEncoding(bytes, { defaultEncoding: 'UTF-8' });
  const declared = sniffed === sniffEncoding(bytes, { defaultEncoding: 'windows-1252' }) ? sniffed.toLowerCase() : null;
  const utf8 = validUtf8(bytes);
  if (declared === 'utf-8' || declared?.startsWith('utf-16')) return new TextDecoder(declared).decode(bytes);
  // Saved pages lose the HTTP header, which browsers obey over `<meta>`. Pages that declare a
  // legacy charset yet are valid UTF-8 with non-ASCII text were served as UTF-8: read them so.
  // eslint-disable-next-line no-control-regex -- 'not ASCII' is the test here
  if (utf8 !== null && (declared === null || /[^\x00-\x7f]/.test(utf8))) return utf8.replace(/^\ufeff/, '');
  const encoding = declared ?? 'windows-1252';
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? fixC1(text) : text;
}

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// windows-1252 puts € „ “ ” – — ‘ ’ … at 0x80–0x9F; Node 20's decoder returns the C1 control
// codes there (ISO-8859-1), which no web page means.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

/** A jsdom document for the page at `url`: no scripts run, no subresources fetched, no console noise. */
export function parseHtml(html: string, url: string): Document {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return dom.window.document;
}
