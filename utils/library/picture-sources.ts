/**
 * Which pictures of a stored body to keep, and from which address. Runs in Chrome's service
 * worker, which has no DOM: the body is DOMPurify's serialisation, whose attributes are always
 * double-quoted with `&`, `"`, `<`, `>` escaped, so a tag-level reading is exact enough.
 */

export interface PictureSource {
  /** How the body names the picture: the key it is stored under. */
  src: string;
  /** What to download: the largest `srcset` candidate that fits, else `src`. */
  fetchUrl: string;
}

/** Wider than any reading column at 2x; larger candidates only cost bytes. */
export const MAX_PICTURE_WIDTH = 2000;

const IMG = /<img\b[^>]*>/gi;
const ATTR = /\s([a-z][a-z0-9-]*)="([^"]*)"/gi;

function decodeAttr(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, name: string) =>
    name === 'amp' ? '&' : name === 'quot' ? '"' : name === 'lt' ? '<' : name === 'gt' ? '>' : "'",
  );
}

export function imgAttributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const [, name, value] of tag.matchAll(ATTR)) attrs.set(name!.toLowerCase(), decodeAttr(value!));
  return attrs;
}

interface Candidate {
  url: string;
  /** Width in pixels (`w`), or density (`x`) times a typical 800 px column. */
  width: number;
}

export function srcsetCandidates(srcset: string): Candidate[] {
  const candidates: Candidate[] = [];
  // Candidates are split on commas that follow a descriptor or whitespace, not on commas inside URLs.
  for (const part of srcset.split(/,(?=\s)|,(?=[^,]*\s\d)/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url) continue;
    const match = /^(\d+(?:\.\d+)?)([wx])$/i.exec(descriptor);
    if (!match) continue;
    const n = Number(match[1]);
    candidates.push({ url, width: match[2]!.toLowerCase() === 'w' ? n : n * 800 });
  }
  return candidates;
}

function isWeb(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The largest candidate no wider than MAX_PICTURE_WIDTH; the smallest one if all are wider. */
export function bestCandidate(src: string | undefined, srcset: string | undefined): string | null {
  const candidates = srcsetCandidates(srcset ?? '').filter((c) => isWeb(c.url));
  const fitting = candidates.filter((c) => c.width <= MAX_PICTURE_WIDTH).sort((a, b) => b.width - a.width);
  if (fitting[0]) return fitting[0].url;
  if (src && isWeb(src)) return src;
  return candidates.sort((a, b) => a.width - b.width)[0]?.url ?? null;
}

/** The key a picture is stored under: its `src`, else its first `srcset` candidate. */
export function pictureKey(src: string | undefined, srcset: string | undefined): string | null {
  if (src && isWeb(src)) return src;
  const first = srcsetCandidates(srcset ?? '').find((c) => isWeb(c.url));
  return first?.url ?? null;
}

/**
 * A picture's name without the size a CDN serves it at: the last path segment's words, less
 * those that are a size (`400x267`, `M400x267`, `W2040C2040x1360o0x0`, `800w`, `w800`).
 * Null when too little is left to tell pictures apart ("image-1024x683.jpg"). Site fixes name a
 * picture-only block by it too, from a page's own (maybe relative) addresses: hence `base`.
 */
export function pictureName(url: string, minLength = 6, base?: string): string | null {
  let path: string;
  try {
    path = new URL(url, base).pathname;
  } catch {
    return null;
  }
  const file = safeDecode(path.slice(path.lastIndexOf('/') + 1));
  const stem = file.replace(/\.[a-z0-9]{2,5}$/i, '').toLowerCase();
  const kept = stem.split(/[_.-]+/).filter((word) => word && !/\d+x\d+|^\d+w$|^w\d+$/.test(word));
  const name = kept.join('-');
  return name.length >= minLength ? name : null;
}

/** A path's `%` escapes decoded, so that one file name is one name however a page escapes it. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Whether two addresses show the same picture: the same address but for its query (publishers
 * serve sizes by parameters), or the same file name but for a size (a lead picture named by
 * `og:image` at 2040 px on one host, and in the body at 400 px on an image host).
 */
export function samePicture(a: string, b: string): boolean {
  const strip = (url: string) => url.replace(/[?#].*$/, '');
  if (!a || !b) return false;
  if (strip(a) === strip(b)) return true;
  const name = pictureName(a);
  return name !== null && name === pictureName(b);
}

/** The body's pictures in order, each once. */
export function pictureSources(html: string): PictureSource[] {
  const seen = new Set<string>();
  const sources: PictureSource[] = [];
  for (const [tag] of html.matchAll(IMG)) {
    const attrs = imgAttributes(tag);
    const src = pictureKey(attrs.get('src'), attrs.get('srcset'));
    const fetchUrl = bestCandidate(attrs.get('src'), attrs.get('srcset'));
    if (!src || !fetchUrl || seen.has(src)) continue;
    seen.add(src);
    sources.push({ src, fetchUrl });
  }
  return sources;
}

/**
 * Whether two addresses probably show one photo in two crops: their paths share an identifier
 * (`…/21winterutilities1/00winterutilities1-facebookJumbo.jpg` and `…/21winterutilities1/merlin_…-articleLarge.jpg`,
 * `Doc-T-898682-….jpg` and `Doc-P-898682-….jpg`). Sizes, dates and plain words are no identifier.
 * Weaker than `samePicture`: only for the body's opening picture, which is the lead in any case
 * when it is the publisher's photo rather than a placeholder or a logo.
 */
export function likelySamePhoto(a: string, b: string): boolean {
  const ids = identifiers(a);
  return [...identifiers(b)].some((id) => ids.has(id));
}

function identifiers(url: string): Set<string> {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return new Set();
  }
  const tokens = decodeURIComponent(path)
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return new Set(tokens.filter(isIdentifier));
}

const SIZE = /^[a-z]{0,8}\d{1,4}(x\d{1,4})?[a-z]{0,2}$/;
const DATE = /^(19|20)\d{6}$/;

function isIdentifier(token: string): boolean {
  if (SIZE.test(token) || DATE.test(token)) return false;
  const digits = token.replace(/\D/g, '').length;
  const letters = token.length - digits;
  return digits >= 5 || (token.length >= 7 && digits >= 2 && letters >= 3);
}

/**
 * Whether a picture is drawn smaller than `min` pixels on a side by its `width` or `height`
 * attribute: an icon or a writer's portrait, not a photo of the story.
 */
export function drawnSmallerThan(
  attribute: (side: 'width' | 'height') => string | null | undefined,
  min: number,
): boolean {
  return (['width', 'height'] as const).some((side) => {
    const pixels = Number(attribute(side));
    return pixels > 0 && pixels < min;
  });
}
