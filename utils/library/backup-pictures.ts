import type { StoredPicture } from './db';
import { MAX_PICTURE_BYTES } from './picture-fetch';

/**
 * Kept pictures in a JSON backup: base64 beside the articles, each naming its article by the id
 * it has in the file. A file can say anything, so every entry is checked before it is stored:
 * it must decode, fit the cap a download has, and its bytes must be the image its type says.
 */
export interface BackupPicture {
  articleId: string;
  src: string;
  type: string;
  /** The bytes, base64. */
  data: string;
}

/** Why a picture of a backup was left out; the popup names it ("Picture 3: damaged"). */
export type PictureSkipReason = 'damaged' | 'not-an-image' | 'too-large' | 'no-article';

export interface SkippedPicture {
  /** 0-based place in the file's `pictures`. */
  index: number;
  reason: PictureSkipReason;
}

export function toBackupPicture(picture: StoredPicture): BackupPicture {
  return { articleId: picture.articleId, src: picture.src, type: picture.type, data: base64(picture.bytes) };
}

function base64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The first bytes of the images pictures are (JPEG, PNG, GIF, WebP, AVIF/HEIF, BMP, ICO). Any of
 * them will do whatever the type says: servers mislabel WebP as JPEG, and browsers sniff.
 */
const SIGNATURES: Array<(b: Uint8Array) => boolean> = [
  (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  (b) => b[0] === 0x89 && ascii(b, 1, 3) === 'PNG',
  (b) => ascii(b, 0, 4) === 'GIF8',
  (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP',
  (b) => ascii(b, 4, 4) === 'ftyp',
  (b) => ascii(b, 0, 2) === 'BM',
  (b) => b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0,
];

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** base64 is 4 characters for 3 bytes. */
const MAX_DATA_CHARS = Math.ceil(MAX_PICTURE_BYTES / 3) * 4;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function webUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 4096) return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * One entry of a backup's `pictures` as it will be stored, or why not. `articleIds` are the ids
 * of the file's articles that are being imported.
 */
export function parseBackupPicture(
  value: unknown,
  articleIds: ReadonlySet<string>,
): StoredPicture | { skip: PictureSkipReason } {
  if (!isRecord(value) || typeof value.articleId !== 'string' || !webUrl(value.src) || typeof value.data !== 'string') {
    return { skip: 'damaged' };
  }
  if (!articleIds.has(value.articleId)) return { skip: 'no-article' };
  const type = typeof value.type === 'string' ? value.type.toLowerCase() : '';
  // SVG can carry script; Lede never keeps it (see picture-fetch.ts).
  if (!/^image\/[a-z0-9.+-]+$/.test(type) || type === 'image/svg+xml') return { skip: 'not-an-image' };
  if (value.data.length > MAX_DATA_CHARS) return { skip: 'too-large' };
  if (value.data.length % 4 !== 0 || !BASE64.test(value.data)) return { skip: 'damaged' };
  const bytes = Uint8Array.from(atob(value.data), (c) => c.charCodeAt(0));
  if (bytes.length === 0 || bytes.length > MAX_PICTURE_BYTES) return { skip: bytes.length ? 'too-large' : 'damaged' };
  if (!SIGNATURES.some((looksRight) => looksRight(bytes))) return { skip: 'not-an-image' };
  return { articleId: value.articleId, src: value.src, type, bytes: bytes.buffer };
}
