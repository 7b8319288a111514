/**
 * The fixes a reader would make to one page, given what Lede showed and what the page should
 * have shown: the rules come from `utils/fixes/make.ts`, the functions fix mode calls, so that
 * `eval --fixes` tests a rule exactly as a reader's click makes it. Pure: a page, its traced
 * extraction and its expectations in, rules out.
 */
import type { Article, FieldCandidate, TraceFields } from '../../utils/article';
import { blockRule, hideRule, pickRule } from '../../utils/fixes/make';
import type { PickField, SiteRule } from '../../utils/fixes/rules';
import { authorsF1, normalize, sameDay, shingles, teaserScore, titleExact } from './metrics';
import type { Field } from './score';
import type { Expected } from './sets';

export interface DerivedFix {
  rule: SiteRule;
  /** The eval field the fix is meant to improve. */
  field: Field;
  /** What the reader saw, in a few words, for `--explain`. */
  why: string;
}

/** A block counts as the article's when at least this share of its shingles is in the other text. */
const SHARED_SHARE = 0.5;

/**
 * A reader's fixes of `page`: each body block Lede showed that the expected body lacks is
 * removed, each expected paragraph Lede lost that the page has is brought back, and each wrong
 * header field is set to the trace's candidate that is right (or hidden, where the page has none).
 * `keep`: texts a reader would leave in although the expected body lacks them (the
 * subheadings, which the fundus set lists apart from the paragraphs).
 */
export function deriveFixes(
  page: Document,
  article: Article,
  fields: Partial<TraceFields>,
  expected: Expected,
  keep: readonly string[] = [],
): DerivedFix[] {
  const fixes: DerivedFix[] = [];
  const add = (fix: DerivedFix | null): void => {
    if (fix && !fixes.some((f) => JSON.stringify(f.rule) === JSON.stringify(fix.rule))) fixes.push(fix);
  };
  if (expected.body !== undefined) {
    const kept = new Set(keep.map(normalize));
    for (const block of blocksOf(article.text)) {
      if (kept.has(normalize(block)) || mostlyIn(block, expected.body)) continue;
      const rule = blockRule(page, article.title, 'remove', block);
      add(rule && { rule, field: 'body', why: `removed "${short(block)}"` });
    }
    for (const paragraph of blocksOf(expected.body)) {
      if (mostlyIn(paragraph, article.text)) continue;
      const rule = blockRule(page, article.title, 'restore', paragraph);
      add(rule && { rule, field: 'body', why: `restored "${short(paragraph)}"` });
    }
  }
  for (const fix of headerFixes(article, fields, expected)) add(fix);
  return fixes;
}

function headerFixes(article: Article, fields: Partial<TraceFields>, e: Expected): DerivedFix[] {
  const out: DerivedFix[] = [];
  const pick = <T>(field: PickField, evalField: Field, right: (v: T) => boolean): void => {
    const trace = fields[field] as { candidates: FieldCandidate<T>[] } | undefined;
    const candidate = trace?.candidates.find((c) => right(c.value));
    if (candidate)
      out.push({ rule: pickRule(field, candidate), field: evalField, why: `picked ${field} from ${candidate.source}` });
  };
  if (e.title !== undefined && !titleExact(e.title, article.title))
    pick<string>('title', 'title', (v) => titleExact(e.title!, v) === 1);
  if (e.authors !== undefined && authorsF1(e.authors, article.authors) < 1) {
    if (!e.authors.length) out.push({ rule: hideRule('authors'), field: 'authors', why: 'hid the byline' });
    else pick<string[]>('authors', 'authors', (v) => authorsF1(e.authors!, v) === 1);
  }
  if (e.teaser !== undefined && teaserScore(e.teaser, article.teaser).f1 < 1) {
    if (!e.teaser.some((t) => normalize(t)))
      out.push({ rule: hideRule('teaser'), field: 'teaser', why: 'hid the teaser' });
    else pick<string[]>('teaser', 'teaser', (v) => teaserScore(e.teaser!, v).f1 === 1);
  }
  if (e.date && !sameDay(e.date, article.publishedTime))
    pick<string | null>('publishedTime', 'date', (v) => sameDay(e.date!, v) === 1);
  return out;
}

/** The blocks of an article's text, as the reader sees them one under another. */
export function blocksOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
}

/** Whether most of `block`'s word sequence occurs in `text` (exact copies, or nearly). */
export function mostlyIn(block: string, text: string): boolean {
  if (normalize(text).includes(normalize(block))) return true;
  const own = shingles(block);
  const there = new Set(shingles(text));
  return own.filter((s) => there.has(s)).length >= own.length * SHARED_SHARE;
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 50 ? `${t.slice(0, 49)}…` : t;
}
