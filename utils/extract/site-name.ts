import type { Metadata } from './metadata';
import { key } from './text';

/**
 * The site's name as the reader shows it. `og:site_name` names the site on most pages, but some
 * CMSes fill it with the section the article sits in ("Security", "Politik") while the page also
 * names its publisher: in JSON-LD, in `application-name`, after the headline in `<title>`.
 *
 * `og:site_name` stands when anything backs it: another of those names agrees, or it is the
 * host's name (`FAZ.NET` on faz.net, `n-tv.de`). When nothing does, a name that something backs
 * (the host, or a second source) is the publisher, and wins. With no such name, `og:site_name`
 * stays: an unconfirmed name is still better than none.
 */
export function pickSiteName(meta: Metadata, titleSuffix: string, url: string): string {
  const picked = pickName(meta, titleSuffix, url);
  return isLegalName(picked) ? brandOf(picked, meta, titleSuffix, url) : picked;
}

function pickName(meta: Metadata, titleSuffix: string, url: string): string {
  const { og, publisher, application, website } = meta.siteNames;
  if (!og) return meta.siteName || titleSuffix;
  const others = [publisher, application, titleSuffix, website].filter(Boolean);
  const host = hostLabels(url);
  if (others.length === 0 || others.some((name) => key(name) === key(og)) || namesHost(og, host)) return og;
  const backed = others.find(
    (name, at) => namesHost(name, host) || others.some((other, i) => i !== at && key(other) === key(name)),
  );
  return backed ?? og;
}

/**
 * A company's legal form, as JSON-LD's publisher often gives it ("Chemnitzer Verlag und Druck GmbH &
 * Co. KG", "Example Media Inc."): the reader names the brand the page shows, not the company that
 * owns it. Abbreviations are matched in their own case, so a word such as "Age" or "Cosmos" is none.
 */
const LEGAL_FORM =
  /(?:^|[\s,&])(?:GmbH|mbH|AG|KGaA|KG|SE|Inc|LLC|L\.L\.C|Ltd|PLC|plc|S\.\s?A|S\.\s?L|S\.\s?p\.\s?A|B\.\s?V|N\.\s?V|Pty|Corp|Limited|Corporation)\.?(?=$|[\s,)])/;
/** Where a name joins a brand to its company: "Freie Presse - Chemnitzer Verlag und Druck GmbH". */
const NAME_PARTS = /\s+[-–—]\s+|\s*[|·•]\s*|:\s+/;

function isLegalName(name: string): boolean {
  return LEGAL_FORM.test(name);
}

/**
 * The brand of a site whose name came out as a company's legal name: the part of the name beside
 * the company, else another name the page gives itself (a second source, the logo's alt text) that
 * the host backs. With neither, the legal name stays: it still names the site.
 */
function brandOf(legal: string, meta: Metadata, titleSuffix: string, url: string): string {
  const host = hostLabels(url);
  const own = legal.split(NAME_PARTS).filter((part) => part && !isLegalName(part));
  if (own.length) return own.find((part) => namesHost(part, host)) ?? own[0]!;
  const { og, application, website, logo } = meta.siteNames;
  const names = [og, application, titleSuffix, website, ...logo.split(NAME_PARTS)];
  return names.find((name) => name && !isLegalName(name) && namesHost(name, host)) ?? legal;
}

/** The host's own labels, without `www` and the top-level domain: `heise` for www.heise.de. */
function hostLabels(url: string): string[] {
  try {
    const labels = new URL(url).hostname.toLowerCase().split('.');
    return labels.slice(0, -1).filter((label) => label !== 'www' && label.length >= 3);
  } catch {
    return [];
  }
}

/** Whether a name spells one of the host's labels, or is spelled inside one ("heise online"). */
function namesHost(name: string, labels: string[]): boolean {
  const squashed = squash(name);
  if (squashed.length < 3) return false;
  return labels.some((label) => squashed.includes(squash(label)) || squash(label).includes(squashed));
}

/** Letters and digits only, without accents: "Süddeutsche" meets "sueddeutsche" halfway at best. */
function squash(text: string): string {
  return key(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
