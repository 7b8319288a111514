import { TITLE_SEPARATORS } from '../extract/patterns';
import { clean, key } from '../extract/text';

/**
 * The headline in a title picked from the page's metadata. A meta title often wraps the headline
 * in a section kicker and the site's name (`NEWS | Headline | Site`) that the core leaves out of
 * the headline it shows; a pick keeps the part another of the page's titles confirms, so that it
 * never joins that chrome back on. A kicker the core joins with a colon (`Kicker: Headline`) is no
 * separator, so a title that has it keeps it.
 */
export function pickedHeadline(picked: string, others: readonly string[]): string {
  const parts = picked.split(TITLE_SEPARATORS).map(clean).filter(Boolean);
  if (parts.length < 2) return picked;
  const confirmed = new Set(others.map(key).filter((k) => k && k !== key(picked)));
  const found = parts.filter((part) => confirmed.has(key(part)));
  return found.reduce<string | undefined>((a, b) => (a && a.length >= b.length ? a : b), undefined) ?? picked;
}
