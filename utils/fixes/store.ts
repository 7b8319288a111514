import { browser } from 'wxt/browser';
import {
  emptyFixes,
  FIXES_VERSION,
  readFixesFile,
  readRule,
  type FixesFile,
  type SiteRule,
  type Skipped,
} from './rules';

/**
 * The site fixes live in `storage.local` under one key, in the export format itself (so an export
 * is the stored value, and an import is read by the same validator). Not in the library's
 * IndexedDB: the reader needs them on every page it opens, before any article is saved, and they
 * are a few kilobytes. `storage.local`, not `sync`: a site with many rules would pass sync's
 * per-item quota.
 */
const KEY = 'siteFixes';

/**
 * The migration hook: a stored value from an older Lede is brought to the current version here,
 * one step per version, before it is validated. Version 1 is the first, so there is no step yet;
 * a value from a newer Lede is read as far as this one understands it rather than dropped.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrate(raw: unknown): FixesFile {
  if (raw === undefined || raw === null) return emptyFixes();
  let value = raw as Record<string, unknown>;
  for (let v = Number(value.version); v < FIXES_VERSION && MIGRATIONS[v]; v = Number(value.version))
    value = MIGRATIONS[v]!(value);
  if (typeof value === 'object' && value !== null && Number(value.version) > FIXES_VERSION)
    value = { ...value, version: FIXES_VERSION };
  return readFixesFile(value).fixes;
}

export async function loadFixes(): Promise<FixesFile> {
  const stored = await browser.storage.local.get(KEY);
  return migrate(stored[KEY]);
}

async function saveFixes(fixes: FixesFile): Promise<void> {
  await browser.storage.local.set({ [KEY]: fixes });
}

/** The site's rules from now on: fix mode saves the whole set it ended with. */
export async function setSiteRules(site: string, rules: SiteRule[]): Promise<void> {
  const fixes = await loadFixes();
  const kept = rules.map(readRule).filter((r): r is SiteRule => typeof r !== 'string');
  if (kept.length) fixes.sites[site] = kept;
  else delete fixes.sites[site];
  await saveFixes(fixes);
}

export async function deleteRule(site: string, index: number): Promise<void> {
  const fixes = await loadFixes();
  const rules = fixes.sites[site];
  if (!rules) return;
  rules.splice(index, 1);
  if (!rules.length) delete fixes.sites[site];
  await saveFixes(fixes);
}

export async function deleteAllFixes(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

/** The JSON a user exports: what is stored, validated on the way out too. */
export async function exportFixes(): Promise<string> {
  return JSON.stringify(await loadFixes(), null, 2);
}

/**
 * Adds a file's rules to the stored ones (a rule already there is not added twice) and says what
 * it skipped and why. A file that is not JSON is one skipped entry.
 */
export async function importFixes(
  text: string,
  /** Why a site name is refused (a public suffix such as `co.uk`, which is no one site), or null. */
  refuse: (site: string) => string | null = () => null,
): Promise<{ added: number; skipped: Skipped[] }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { added: 0, skipped: [{ where: 'file', reason: 'not JSON' }] };
  }
  const { fixes: incoming, skipped } = readFixesFile(parsed);
  const fixes = await loadFixes();
  let added = 0;
  for (const [site, rules] of Object.entries(incoming.sites)) {
    const refused = refuse(site);
    if (refused) {
      skipped.push({ where: site, reason: refused });
      continue;
    }
    const have = fixes.sites[site] ?? [];
    const known = new Set(have.map((r) => JSON.stringify(r)));
    for (const rule of rules) {
      if (known.has(JSON.stringify(rule))) continue;
      known.add(JSON.stringify(rule));
      have.push(rule);
      added++;
    }
    if (have.length) fixes.sites[site] = have;
  }
  // The validator's limit per site holds for the merged list too.
  await saveFixes(readFixesFile(fixes).fixes);
  return { added, skipped };
}

/** Calls back whenever any page changes the fixes; returns the unsubscribe. */
export function watchFixes(onChange: (fixes: FixesFile) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && KEY in changes) onChange(migrate(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * The rules for the page at `url`; none when storage cannot be read (an invalidated content script).
 * The stored key is the page's registrable domain, which is one of its host's suffixes: the
 * longest suffix with rules is it. This keeps the public suffix list (`tldts`, `siteOf`) out of
 * the script injected on every click; only the pages that store rules need it.
 */
export function siteRules(url: string): Promise<SiteRule[]> {
  return loadFixes()
    .then((fixes) => {
      const { protocol, hostname } = new URL(url);
      const labels = /^https?:$/.test(protocol) ? hostname.split('.') : [];
      const site = labels.map((_, i) => labels.slice(i).join('.')).find((s) => Object.hasOwn(fixes.sites, s));
      return site ? (fixes.sites[site] ?? []) : [];
    })
    .catch(() => []);
}

/** Fix mode's one change: a rule the reader just made is added to the site's (once). */
export async function addSiteRule(site: string, rule: SiteRule): Promise<void> {
  const rules = (await loadFixes()).sites[site] ?? [];
  if (rules.some((r) => sameRule(r, rule))) return;
  await setSiteRules(site, [...rules, rule]);
}

/** A field picked or hidden in the reader: the site's earlier choice for that field gives way to it. */
export async function setFieldRule(site: string, rule: Extract<SiteRule, { kind: 'pick' | 'hide' }>): Promise<void> {
  const rules = (await loadFixes()).sites[site] ?? [];
  const others = rules.filter((r) => !((r.kind === 'pick' || r.kind === 'hide') && r.field === rule.field));
  await setSiteRules(site, [...others, rule]);
}

/** Undoing a fix in the reader: the rule it made is deleted, whatever else the site has stays. */
export async function removeSiteRule(site: string, rule: SiteRule): Promise<void> {
  const rules = (await loadFixes()).sites[site] ?? [];
  await setSiteRules(
    site,
    rules.filter((r) => !sameRule(r, rule)),
  );
}

/** Rules are plain data rebuilt field by field in one order (`readRule`), so their JSON compares them. */
export function sameRule(a: SiteRule, b: SiteRule): boolean {
  const read = (r: SiteRule) => JSON.stringify(readRule(r));
  return read(a) === read(b);
}
