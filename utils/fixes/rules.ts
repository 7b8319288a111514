/**
 * Site fixes (issue 16): the rules a reader made for a site, in the one format that is stored,
 * exported, imported and read by the CLI. Everything here arrives from outside at some point (a
 * file someone sent, an old storage entry), so `readFixesFile` rebuilds every value it keeps and
 * skips, with a reason, whatever it cannot read.
 */

export const FIXES_FORMAT = 'lede-site-fixes';
export const FIXES_VERSION = 1;

/**
 * A block of the page, described so that the same block is found on the site's other articles:
 * the structure of `ElementDescription` with generated-looking classes and ids left out, and on
 * which side of the headline it stands. `text` (the start of the block's own text) is kept only
 * when the structure alone would match any block of its kind.
 */
export interface BlockSelector {
  tag: string;
  id?: string;
  classes: string[];
  role?: string;
  landmark?: string;
  /** Up to three wrappers between the block and its landmark, nearest first, as `tag#id.class`. */
  path: string[];
  side?: 'before-headline' | 'after-headline';
  text?: string;
  /**
   * A named block's whole text when it is a short label (`Mehr zum Thema`, `Kort fortalt`): such a
   * label recurs on the site's pages while a new template generation renames its wrappers, so it is
   * looked for, as a fallback, only when the structure finds nothing on the page.
   */
  recurring?: string;
  /** For a block that is only a picture, with no names of its own: the picture's name (see picture.ts). */
  picture?: string;
  /**
   * The block is a picture's caption (a `<figcaption>`, text in a `<figure>`, or a captioned
   * figure): HTML's own name for it, which outlives the site's class names (see role.ts).
   */
  caption?: true;
}

export type PickField = 'title' | 'authors' | 'teaser' | 'publishedTime';
export type HideField = 'authors' | 'teaser' | 'publishedTime';

export type SiteRule =
  /** Take a block the extraction kept out of the body. `label` only names it for a person. */
  | { kind: 'remove'; block: BlockSelector; label: string }
  /** Bring back a block the extraction dropped, where it stood in the page. */
  | { kind: 'restore'; block: BlockSelector; label: string }
  /** Show the field's value from this source (as the pass trace names it) instead of the chosen one. */
  | { kind: 'pick'; field: PickField; source: string; element?: BlockSelector; label: string }
  /** Show nothing for this field. */
  | { kind: 'hide'; field: HideField };

/** The export file, and what storage keeps: rules by registrable domain. */
export interface FixesFile {
  format: typeof FIXES_FORMAT;
  version: typeof FIXES_VERSION;
  sites: Record<string, SiteRule[]>;
}

export interface Skipped {
  /** `example.com rule 3`, or `file` for the whole input. */
  where: string;
  reason: string;
}

/** Limits on untrusted input: a fixes file is small; anything past these is not one a person made. */
const MAX_SITES = 2000;
const MAX_RULES = 200;
const MAX_STRING = 200;
const MAX_PATH = 3;
const MAX_CLASSES = 6;
const PICK_FIELDS: readonly string[] = ['title', 'authors', 'teaser', 'publishedTime'];
const HIDE_FIELDS: readonly string[] = ['authors', 'teaser', 'publishedTime'];
/** A host name as browsers write it (lower case, punycode), which is what `siteOf` gives. */
const DOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const TAG = /^[a-z][a-z0-9-]{0,30}$/;

export function emptyFixes(): FixesFile {
  return { format: FIXES_FORMAT, version: FIXES_VERSION, sites: {} };
}

/**
 * Reads a fixes file from anything (parsed JSON of unknown origin): the rules it could read,
 * rebuilt field by field, and each entry it skipped with the reason. Never throws.
 */
export function readFixesFile(input: unknown): { fixes: FixesFile; skipped: Skipped[] } {
  const fixes = emptyFixes();
  const skipped: Skipped[] = [];
  if (!isRecord(input)) return { fixes, skipped: [{ where: 'file', reason: 'not a JSON object' }] };
  if (input.format !== FIXES_FORMAT)
    return { fixes, skipped: [{ where: 'file', reason: 'not a Lede site fixes file' }] };
  if (input.version !== FIXES_VERSION)
    return { fixes, skipped: [{ where: 'file', reason: `unknown version ${String(input.version).slice(0, 20)}` }] };
  if (!isRecord(input.sites)) return { fixes, skipped: [{ where: 'file', reason: '"sites" is not an object' }] };
  const sites = Object.entries(input.sites);
  if (sites.length > MAX_SITES)
    skipped.push({ where: 'file', reason: `more than ${MAX_SITES} sites: the rest skipped` });
  for (const [site, rules] of sites.slice(0, MAX_SITES)) {
    const name = site.slice(0, 60);
    if (!DOMAIN.test(site)) {
      skipped.push({ where: name, reason: 'not a site name' });
      continue;
    }
    if (!Array.isArray(rules)) {
      skipped.push({ where: name, reason: 'its rules are not a list' });
      continue;
    }
    if (rules.length > MAX_RULES)
      skipped.push({ where: name, reason: `more than ${MAX_RULES} rules: the rest skipped` });
    const kept: SiteRule[] = [];
    rules.slice(0, MAX_RULES).forEach((raw: unknown, i) => {
      const rule = readRule(raw);
      if (typeof rule === 'string') skipped.push({ where: `${name} rule ${i + 1}`, reason: rule });
      else kept.push(rule);
    });
    if (kept.length) fixes.sites[site] = kept;
  }
  return { fixes, skipped };
}

/** A list of rules of unknown origin (a message, a file), rebuilt: those that can be read, at most MAX_RULES. */
export function readRules(raw: unknown): SiteRule[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .slice(0, MAX_RULES)
    .map(readRule)
    .filter((rule): rule is SiteRule => typeof rule !== 'string');
}

/** One rule, rebuilt, or why it cannot be read. */
export function readRule(raw: unknown): SiteRule | string {
  if (!isRecord(raw)) return 'not an object';
  switch (raw.kind) {
    case 'remove':
    case 'restore': {
      const block = readBlock(raw.block);
      if (typeof block === 'string') return block;
      return { kind: raw.kind, block, label: str(raw.label) ?? '' };
    }
    case 'pick': {
      if (typeof raw.field !== 'string' || !PICK_FIELDS.includes(raw.field)) return 'no field to pick';
      const source = str(raw.source);
      if (!source) return 'no source to pick';
      const element = raw.element === undefined ? undefined : readBlock(raw.element);
      if (typeof element === 'string') return element;
      return {
        kind: 'pick',
        field: raw.field as PickField,
        source,
        ...(element ? { element } : {}),
        label: str(raw.label) ?? '',
      };
    }
    case 'hide':
      if (typeof raw.field !== 'string' || !HIDE_FIELDS.includes(raw.field)) return 'no field that can be hidden';
      return { kind: 'hide', field: raw.field as HideField };
    default:
      return 'unknown kind of rule';
  }
}

function readBlock(raw: unknown): BlockSelector | string {
  if (!isRecord(raw)) return 'no block';
  const tag = str(raw.tag);
  if (!tag || !TAG.test(tag)) return 'no tag for the block';
  const classes = strings(raw.classes, MAX_CLASSES);
  const path = strings(raw.path, MAX_PATH);
  if (!classes || !path) return 'classes or path are not lists of names';
  const id = str(raw.id);
  const role = str(raw.role);
  const landmark = str(raw.landmark);
  const text = str(raw.text);
  const recurring = str(raw.recurring);
  const picture = str(raw.picture);
  const side = raw.side === 'before-headline' || raw.side === 'after-headline' ? raw.side : undefined;
  const caption = raw.caption === true;
  return {
    tag,
    ...(id ? { id } : {}),
    classes,
    ...(role ? { role } : {}),
    ...(landmark ? { landmark } : {}),
    path,
    ...(side ? { side } : {}),
    ...(text ? { text } : {}),
    ...(recurring ? { recurring } : {}),
    ...(picture ? { picture } : {}),
    ...(caption ? { caption } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_STRING) : undefined;
}

function strings(value: unknown, max: number): string[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out = value.slice(0, max).map(str);
  return out.every((s): s is string => s !== undefined && !/\s/.test(s)) ? out : undefined;
}
