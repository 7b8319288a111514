/**
 * Publication dates as ISO 8601. A date given with an offset keeps it (readers care about the
 * local time the publisher printed); a date without a time stays a bare date.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

export function normalizeDate(raw: string | null | undefined): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!validDate(+y!, +mo!, +d!)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const tz = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${tz}`;
  }
  // Unix timestamps (seconds or milliseconds) appear in some CMS meta tags.
  if (/^\d{10}(\d{3})?$/.test(value)) {
    const ms = value.length === 10 ? +value * 1000 : +value;
    return new Date(ms).toISOString().replace('.000Z', 'Z');
  }
  // RFC 2822 and other forms Date understands; only accept them when they carry a year.
  if (/\d{4}/.test(value)) {
    const parsed = Date.parse(value);
    if (!Number.isNaN(parsed)) return new Date(parsed).toISOString().replace('.000Z', 'Z');
  }
  return null;
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** `/2017/03/21/` in a URL path: a date many news CMSes put in article permalinks. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|$|-)/.exec(path);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
