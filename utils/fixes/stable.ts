/**
 * Which names in a page's markup say what a block is, and which a build tool or CMS made up
 * for one page (CSS-in-JS hashes, numbered ids): only the first kind can find the same block on
 * the site's next article.
 */

const GENERATED_PREFIX = /^(css|sc|jsx|emotion|svelte|astro|tw|styles?_|module_)[-_]/i;

/** Whether a class or id looks generated rather than written by a person. */
export function looksGenerated(name: string): boolean {
  if (GENERATED_PREFIX.test(name)) return true;
  // A run of three digits or more is a number (an article id, a counter), not a name.
  if (/\d{3,}/.test(name)) return true;
  return name.split(/[-_]+/).some(hashLike);
}

function hashLike(part: string): boolean {
  if (part.length < 5) return false;
  // Letters and digits mixed: `x7f2a`, `b1h5q9`.
  if (/\d/.test(part) && /[a-z]/i.test(part)) return true;
  // Mixed case in a short word with no clear camelCase shape: `bYqOiV`, `kDkWsL`.
  return part.length <= 8 && /[a-z][A-Z]/.test(part) && /[A-Z].*[A-Z]/.test(part.slice(1));
}

export function stableClasses(classes: readonly string[]): string[] {
  return classes.filter((c) => !looksGenerated(c));
}

export function stableId(id: string | undefined): string | undefined {
  return id && !looksGenerated(id) ? id : undefined;
}

/** `div#x7f2a.box.css-1q2w3e` → `div.box`: a wrapper's label with its generated names taken out. */
export function stableLabel(label: string): string {
  const m = /^([a-z][a-z0-9-]*(?:\[role=[^\]]+\])?)(#[^.]+)?((?:\.[^.]+)*)$/i.exec(label);
  if (!m) return label;
  const [, base, hashId, dotted] = m;
  const id = stableId(hashId?.slice(1));
  const classes = stableClasses((dotted ?? '').split('.').filter(Boolean));
  return `${base}${id ? `#${id}` : ''}${classes.map((c) => `.${c}`).join('')}`;
}

/** Whether a label names anything beyond its tag. */
export function isNamed(label: string): boolean {
  return /[#.[]/.test(label);
}
