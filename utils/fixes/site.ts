import { parse } from 'tldts';
import type { FixesFile, SiteRule } from './rules';

/**
 * The site a page belongs to for its fixes: the registrable domain (`www.bbc.co.uk` and
 * `news.bbc.co.uk` are one site, `bbc.co.uk`), by the public suffix list; a host without one
 * (`localhost`, an IP address) is its own site. Empty for pages that are no site (`file:`, a
 * public suffix itself).
 */
export function siteOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  if (!/^https?:$/.test(parsed.protocol)) return '';
  // Private suffixes count (`github.io`): each `name.github.io` is someone else's site.
  const { domain, hostname, isIp, isIcann, isPrivate } = parse(parsed.href, { allowPrivateDomains: true });
  if (domain) return domain;
  // A host the list does not know (`localhost`) is a site; a public suffix itself (`co.uk`) is none.
  return isIp || !(isIcann || isPrivate) ? (hostname ?? '') : '';
}

/** The rules that apply to a page at `url`. */
export function rulesFor(fixes: FixesFile, url: string): SiteRule[] {
  const site = siteOf(url);
  return site && Object.hasOwn(fixes.sites, site) ? (fixes.sites[site] ?? []) : [];
}
