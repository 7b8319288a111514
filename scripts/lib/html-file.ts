import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Reads a saved page (`.html` or `.html.gz`) and decodes its bytes the way a browser would:
 * a byte-order mark wins, then a charset declared in the first 1024 bytes, else UTF-8.
 * Corpus pages come from many publishers; some are windows-1252 or ISO-8859-1 and would
 * show mojibake if read as UTF-8.
 */
export async function readHtmlFile(path: string): Promise<string> {
  let bytes: Uint8Array = await readFile(path);
  if (path.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) bytes = gunzipSync(bytes);
  return decodeHtml(bytes);
}

export function decodeHtml(bytes: Uint8Array): string {
  const bom = sniffBom(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const declared = decoderFor(sniffMetaCharset(bytes.subarray(0, 1024)));
  // Saved pages lose the HTTP header, which browsers obey over `<meta>`. Pages that declare a
  // legacy charset yet are valid UTF-8 with non-ASCII text were served as UTF-8: read them so.
  if (declared !== 'utf-8') {
    try {
      const utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      if (/[^\x00-\x7f]/.test(utf8)) return utf8;
    } catch {
      // Not UTF-8: the declaration is right.
    }
  }
  const text = new TextDecoder(declared).decode(bytes);
  return declared === 'windows-1252' ? fixC1(text) : text;
}

// windows-1252 puts € „ “ ” – — ‘ ’ … at 0x80–0x9F; Node 20's decoder returns the C1 control
// codes there (ISO-8859-1), which no web page means.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

function sniffBom(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

// Covers both `<meta charset=x>` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

function sniffMetaCharset(head: Uint8Array): string | null {
  // latin1 maps every byte to one char, so the ASCII declaration reads the same in any encoding.
  const ascii = new TextDecoder('latin1').decode(head);
  return META_CHARSET.exec(ascii)?.[1]?.toLowerCase() ?? null;
}

function decoderFor(label: string | null): string {
  if (!label) return 'utf-8';
  // A page served as UTF-16 cannot carry an ASCII meta declaration; browsers read it as UTF-8.
  if (label.startsWith('utf-16')) return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
}

/** A jsdom document for the page at `url`: no scripts run, no subresources fetched, no console noise. */
export function parseHtml(html: string, url: string): Document {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return dom.window.document;
}
