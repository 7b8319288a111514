/**
 * `npm run eval -- --fixes` (issue 16): does a fix a reader makes on one article of a site carry
 * over to the site's other articles? For every ordered pair (A, B) of pages of one publisher, the
 * reader's fixes of A (derive-fixes.ts, through fix mode's own rule making) are applied to B,
 * and B is scored without and with them by the eval's scorers.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractResult } from '../../utils/article';
import { extractArticle } from '../../utils/extract';
import { findBlocks } from '../../utils/fixes/match';
import { blocksToRemove } from '../../utils/fixes/role';
import { readRule, type SiteRule } from '../../utils/fixes/rules';
import { parseHtml, readHtmlFile } from '../lib/html-file';
import { deriveFixes, type DerivedFix } from './derive-fixes';
import { predictionOf } from './extractors';
import { scorePage, type Field, type PageScores } from './score';
import { loadSet, SHARED, type Case, type Expected, type SetName } from './sets';

/**
 * carried: B improved on a field a fix was made for, and no field got worse; worse: some field
 * of B got worse; unmatched: B's scores did not change (no rule found its block or source on B,
 * or what it changed made no difference to the score).
 */
export type Verdict = 'carried' | 'worse' | 'unmatched';

export interface FieldChange {
  field: Field;
  before: number;
  after: number;
}

export interface PairResult {
  set: SetName;
  a: string;
  b: string;
  fixes: DerivedFix[];
  /** Per fix, whether it was applied on B, or why not. */
  outcomes: string[];
  changes: FieldChange[];
  verdict: Verdict;
  /**
   * Whether B needed a fix of the same kind as one of A's (a block removed, a block brought back, the
   * same header field picked or hidden): whether there was anything for A's fixes to carry over to.
   * A body that scores below 1 is not enough: the blocks B lacks or has too many may be of other kinds.
   */
  room: boolean;
  /**
   * How much of their markup A and B share: the Jaccard overlap of the class names their bodies
   * use. Near 0, B is built from another generation of the site's template (a redesign between
   * them), where no structural rule of A's can find its block.
   */
  sharedMarkup: number;
}

/**
 * Pairs that share at least this much markup are built from one template. The pairs of the open
 * sets fall in two clear groups, below .3 and above .45 (measured when this was written).
 */
export const SAME_TEMPLATE = 0.4;

export interface FixesResult {
  pairs: PairResult[];
  /** Pairs left out because the reader would have nothing to fix on A (or A gave no article). */
  noFix: number;
}

export interface FixesOptions {
  /** Lede's extraction of a page without rules, when one is at hand (the corpus tests' cache). */
  before?: (page: Case) => ExtractResult | undefined;
}

/** Score differences below this are float noise, not a change. */
const EPSILON = 1e-9;

export async function evaluateFixes(sets: readonly SetName[], options: FixesOptions = {}): Promise<FixesResult> {
  const out: FixesResult = { pairs: [], noFix: 0 };
  for (const set of sets) {
    const known = await knownOf(set);
    for (const group of siblings(await loadSet(set))) {
      const pages = await Promise.all(group.map(open));
      // Every page's own fixes first: what A's fixes are for, and what B needed (is there room on B).
      for (const p of pages) p.fixes = fixesOf(p, known.get(p.page.id));
      for (const a of pages) {
        const fixes = a.fixes!;
        if (!fixes.length) {
          out.noFix += pages.length - 1;
          continue;
        }
        const rules = fixes.map((f) => f.rule);
        for (const b of pages) if (b !== a) out.pairs.push(pair(set, a, b, fixes, rules, options));
      }
      for (const p of pages) p.doc.defaultView?.close();
    }
  }
  return out;
}

interface OpenPage {
  page: Case;
  doc: Document;
  classNames: Set<string>;
  expected: Expected;
  before?: PageScores;
  /** The fixes a reader would make on this page itself. */
  fixes?: DerivedFix[];
}

async function open(page: Case): Promise<OpenPage> {
  const doc = parseHtml(await readHtmlFile(page.file), page.url);
  return { page, doc, classNames: classNamesOf(doc), expected: await page.expected(doc) };
}

function classNamesOf(doc: Document): Set<string> {
  const names = new Set<string>();
  for (const el of Array.from(doc.body?.getElementsByTagName('*') ?? []))
    for (const name of el.classList) names.add(name);
  return names;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const name of a) if (b.has(name)) both++;
  const either = a.size + b.size - both;
  return either ? both / either : 0;
}

/** The publishers' pages in groups of two or more, in the set's order. */
function siblings(cases: readonly Case[]): Case[][] {
  const by = new Map<string, Case[]>();
  for (const c of cases) by.set(c.publisher, [...(by.get(c.publisher) ?? []), c]);
  return [...by.values()].filter((g) => g.length > 1);
}

function fixesOf(a: OpenPage, known: Known | undefined): DerivedFix[] {
  const traced = extractArticle(a.doc, a.page.url, { trace: true });
  if (!traced.ok) return [];
  // Stored and read back as fix mode's rules are, so a rule the store would refuse is not counted.
  return deriveFixes(a.doc, traced.article, traced.trace.fields, vouched(a.expected, known), known?.keep).filter(
    (f) => typeof readRule(JSON.parse(JSON.stringify(f.rule))) !== 'string',
  );
}

function pair(
  set: SetName,
  a: OpenPage,
  b: OpenPage,
  fixes: DerivedFix[],
  rules: SiteRule[],
  options: FixesOptions,
): PairResult {
  b.before ??= scorePage(b.expected, predictionOf(options.before?.(b.page) ?? extractArticle(b.doc, b.page.url)));
  // A rule whose block is nowhere on B (side of the headline aside) is not applied: when that holds
  // for every rule, B comes out as it did without them, and its second extraction is skipped.
  const fixed = anyCouldApply(rules, b.doc) ? extractArticle(b.doc, b.page.url, { rules }) : undefined;
  const after = fixed ? scorePage(b.expected, predictionOf(fixed)) : b.before;
  const touched = new Set(fixes.map((f) => f.field));
  const { changes, verdict } = verdictOf(b.before, after, touched);
  const outcomes = fixes.map((_, i) => {
    if (!fixed) return 'no-match';
    const o = fixed.fixes?.outcomes[i];
    return o?.applied ? 'applied' : (o?.reason ?? 'no article');
  });
  const room = fixes.some((f) => (b.fixes ?? []).some((own) => sameNeed(f, own)));
  const sharedMarkup = overlap(a.classNames, b.classNames);
  return { set, a: a.page.id, b: b.page.id, fixes, outcomes, changes, verdict, room, sharedMarkup };
}

/** Whether two fixes mend the same kind of fault: the same header field, or the same kind of body block change. */
function sameNeed(a: DerivedFix, b: DerivedFix): boolean {
  if (a.field !== b.field) return false;
  return a.field !== 'body' || a.rule.kind === b.rule.kind;
}

/** What the set says about a page beyond `Expected`, for the reader's fixes. */
interface Known {
  /** Texts a reader would keep though the expected body lacks them (fundus lists subheadings apart). */
  keep: string[];
  /** The fields the source vouches for; its other values (fundus's empty teasers) are not evidence of a fault. */
  asserted?: Field[];
}

const FUNDUS_FIELDS: Record<string, Field> = {
  title: 'title',
  authors: 'authors',
  teaser: 'teaser',
  publishing_date: 'date',
  body: 'body',
};

async function knownOf(set: SetName): Promise<Map<string, Known>> {
  if (set !== 'fundus-open') return new Map();
  const file = join(SHARED, 'corpus/fundus-open/cases.json');
  const { cases } = JSON.parse(await readFile(file, 'utf8')) as {
    cases: { id: string; subheadlines: string[] | null; asserted_fields: string[] }[];
  };
  return new Map(
    cases.map((c) => [
      c.id,
      {
        keep: c.subheadlines ?? [],
        asserted: c.asserted_fields.flatMap((f) => (FUNDUS_FIELDS[f] ? [FUNDUS_FIELDS[f]] : [])),
      },
    ]),
  );
}

/** The expectations a reader fixing the page would act on: the asserted ones. */
function vouched(expected: Expected, known: Known | undefined): Expected {
  if (!known?.asserted) return expected;
  const out: Expected = {};
  const field = { title: 'title', authors: 'authors', teaser: 'teaser', date: 'date', body: 'body' } as const;
  for (const [k, f] of Object.entries(field) as [keyof typeof field, Field][])
    if (known.asserted.includes(f) && expected[k] !== undefined) Object.assign(out, { [k]: expected[k] });
  return out;
}

function anyCouldApply(rules: readonly SiteRule[], page: Document): boolean {
  return rules.some(
    (r) =>
      (r.kind !== 'remove' && r.kind !== 'restore') ||
      (r.kind === 'remove' ? blocksToRemove : findBlocks)(page, r.block, null).length > 0,
  );
}

/** How B's scores moved under A's rules, and what that makes of the pair. */
export function verdictOf(
  before: PageScores,
  after: PageScores,
  touched: ReadonlySet<Field>,
): { changes: FieldChange[]; verdict: Verdict } {
  const changes: FieldChange[] = [];
  for (const [field, was] of Object.entries(before) as [Field, { score: number }][]) {
    const now = after[field]?.score ?? 0;
    if (Math.abs(now - was.score) > EPSILON) changes.push({ field, before: was.score, after: now });
  }
  const verdict: Verdict = changes.some((c) => c.after < c.before)
    ? 'worse'
    : changes.some((c) => touched.has(c.field) && c.after > c.before)
      ? 'carried'
      : 'unmatched';
  return { changes, verdict };
}

export function summaryLine({ pairs }: FixesResult): string {
  const n = (v: Verdict): number => pairs.filter((p) => p.verdict === v).length;
  return `fixes: carried ${n('carried')}, worse ${n('worse')}, unmatched ${n('unmatched')}, pairs ${pairs.length}`;
}

/** The same count over the pairs where B needed a fix of A's kind: how often a fix that could carry over did. */
export function roomLine({ pairs }: FixesResult): string {
  const withRoom = pairs.filter((p) => p.room);
  const carried = withRoom.filter((p) => p.verdict === 'carried').length;
  return `with room: carried ${carried} of ${withRoom.length} (${pairs.length - withRoom.length} pairs where B needed no fix of A's kinds)`;
}

/** The same count over the pairs built from one template, and over the rest: where a structural rule can carry over at all. */
export function templateLine({ pairs }: FixesResult): string {
  const count = (group: PairResult[]): string =>
    `carried ${group.filter((p) => p.verdict === 'carried').length} of ${group.length}`;
  const same = pairs.filter((p) => p.sharedMarkup >= SAME_TEMPLATE);
  const other = pairs.filter((p) => p.sharedMarkup < SAME_TEMPLATE);
  return `same template (class names shared ≥ ${SAME_TEMPLATE}): ${count(same)}; across a redesign: ${count(other)}`;
}

export function explainPair(p: PairResult): string {
  const rules = p.fixes.map((f, i) => `${f.why} (${p.outcomes[i]})`).join('; ');
  const changes = p.changes.map((c) => `${c.field} ${c.before.toFixed(2)}→${c.after.toFixed(2)}`).join(', ');
  const room = p.room ? '' : ' (B needed no fix of these kinds)';
  return `${p.a} → ${p.b} (markup shared ${p.sharedMarkup.toFixed(2)}): ${p.verdict}${room}. ${rules}. ${changes || 'no score changed'}`;
}
