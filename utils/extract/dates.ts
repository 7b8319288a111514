/**
 * Publication dates as ISO 8601. A date given with an offset keeps it (readers care about the
 * local time the publisher printed); a date without a time stays a bare date.
 */

const ISO_STAMP = String.raw`(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(`^${ISO_STAMP}$`, 'i');
const LEADING_ISO = new RegExp(`^${ISO_STAMP}`, 'i');

export function normalizeDate(raw: string | null | undefined): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!validDate(+y!, +mo!, +d!)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const tz = zone
      ? zone.toUpperCase() === 'Z'
        ? 'Z'
        : zone.length === 5
          ? `${zone.slice(0, 3)}:${zone.slice(3)}`
          : zone
      : '';
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

/**
 * The ISO date (and time) a machine-readable stamp starts with, normalised: a timeago label's
 * `title="2025-06-15T12:00:00 1750000000"` gives its date, though a Unix time follows it.
 */
export function leadingIsoDate(raw: string | null | undefined): string | null {
  return normalizeDate(LEADING_ISO.exec((raw ?? '').trim())?.[0]);
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

const UTC_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):(\d{2})(?:Z|\+00:00)$/;
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):00$/;
/** Offsets run from UTC−12 to UTC+14 in steps of a quarter hour (Nepal is +05:45). */
const QUARTER_HOUR = 15 * 60_000;

/**
 * A UTC timestamp from the markup, given back in the publisher's zone when the page prints the
 * same instant as local time for its readers: `2016-12-23T00:47:31Z` under "Dec. 22, 2016,
 * 6:47 p.m." is `2016-12-22T18:47:31-06:00`, the day the reader saw. `printed` is only read
 * for a UTC time, and counts only when it differs from it by a whole zone offset.
 */
export function inPrintedZone(iso: string, printed: () => string | null): string {
  const utc = UTC_TIME.exec(iso);
  if (!utc) return iso;
  const local = LOCAL_TIME.exec(printed() ?? '');
  if (!local) return iso;
  const diff = Date.parse(`${local[1]}Z`) - Date.parse(`${utc[1]}Z`);
  if (!diff || diff % QUARTER_HOUR || diff < -12 * 3_600_000 || diff > 14 * 3_600_000) return iso;
  const minutes = Math.abs(diff) / 60_000;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${local[1]}:${utc[2]}${diff < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
