/**
 * Whether a file's bytes can be an HTML page at all, sniffed as a browser does before it
 * renders (WHATWG MIME Sniffing: binary signatures, then "binary data bytes"). A PNG or a PDF
 * saved as `.html` is `not-html`, never an "article" of binary junk.
 */

const SIGNATURES: Array<[string, number[]]> = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['gzip', [0x1f, 0x8b, 0x08]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['WebAssembly', [0x00, 0x61, 0x73, 0x6d]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
  ['PostScript', [0x25, 0x21, 0x50, 0x53]],
];

/** The format a binary file announces in its first bytes, or null. */
export function binaryFormat(bytes: Uint8Array): string | null {
  for (const [name, magic] of SIGNATURES) if (magic.every((b, i) => bytes[i] === b)) return name;
  // RIFF containers (WebP, WAV, AVI) and ISO media (MP4, HEIC) carry their brand a few bytes in.
  if (ascii(bytes, 0, 4) === 'RIFF') return 'RIFF';
  if (ascii(bytes, 4, 8) === 'ftyp') return 'ISO media';
  return hasBinaryBytes(bytes) ? 'binary' : null;
}

/**
 * The spec's "binary data byte": control characters no text uses. Text in UTF-16 is full of
 * NULs, so a UTF-16 byte-order mark makes the bytes text.
 */
function hasBinaryBytes(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return false;
  const head = bytes.subarray(0, 1445);
  return head.some((b) => b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f));
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/**
 * An XML document that is not XHTML (an SVG image, an RSS feed): a browser shows it as what it
 * is, not as a page with an article. Read from the first element after the prolog.
 */
export function xmlRoot(text: string): string | null {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '');
  const prolog =
    /^\s*(?:<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*<([A-Za-z][\w:.-]*)/i.exec(
      head,
    );
  const root = prolog?.[1]?.toLowerCase();
  if (!root) return null;
  const isXml = /^\s*<\?xml/i.test(head) || root === 'svg' || root.endsWith(':svg');
  return isXml && root !== 'html' ? root : null;
}
