import { siteOf } from '@/utils/fixes/site';

/**
 * Why an imported site name is refused, or null. A site is a registrable domain, or a host
 * without one (`localhost`, an IP address): never a public suffix such as `co.uk`, whose rules
 * would reach every site under it, nor a subdomain, which the reader never looks up.
 */
export function notASite(site: string): string | null {
  return siteOf(`https://${site}/`) === site ? null : 'not a site of its own (a public suffix, or a part of a site)';
}
