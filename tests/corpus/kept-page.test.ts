/**
 * Issue 16, "the saved copy can be re-extracted with the current rules": the page Lede keeps with
 * a saved article (scripts pruned, gzip-compressed, unpacked and parsed again) must read exactly
 * like the page itself, with and without a site's fixes, or a re-read would change what the
 * reader did not ask to change. Over the fundus open set's publisher pairs: the fixes a reader
 * would make on page A (as `eval --fixes` derives them) applied to its sibling B.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../utils/article';
import { extractArticle } from '../../utils/extract';
import type { SiteRule } from '../../utils/fixes/rules';
import { gunzipText, gzipText } from '../../utils/library/gzip';
import { keptMarkup } from '../../utils/library/page-markup';
import { deriveFixes } from '../../scripts/eval/derive-fixes';
import { loadSet, type Case } from '../../scripts/eval/sets';
import { parseHtml, readHtmlFile } from '../../scripts/lib/html-file';
import { extractedSet } from './extracted';

/** Pages of the sample; every one is B of a pair, so each is read with rules from its sibling. */
const SAMPLE = 32;

interface Checked {
  id: string;
  rules: number;
  bytes: { html: number; kept: number; gzip: number };
  plain: [ExtractResult, ExtractResult];
  fixed: [ExtractResult, ExtractResult];
}

/** Sibling pairs in the set's order: A → B for each page of a publisher, B the next page (cyclic). */
async function pairs(): Promise<[Case, Case][]> {
  const by = new Map<string, Case[]>();
  for (const c of await loadSet('fundus-open')) by.set(c.publisher, [...(by.get(c.publisher) ?? []), c]);
  const out: [Case, Case][] = [];
  for (const group of by.values()) {
    if (group.length < 2) continue;
    for (let i = 0; i < group.length && out.length < SAMPLE; i++) out.push([group[i]!, group[(i + 1) % group.length]!]);
  }
  return out;
}

async function rulesOf(a: Case): Promise<SiteRule[]> {
  const doc = parseHtml(await readHtmlFile(a.file), a.url);
  const traced = extractArticle(doc, a.url, { trace: true });
  if (!traced.ok) return [];
  return deriveFixes(doc, traced.article, traced.trace.fields, await a.expected(doc)).map((f) => f.rule);
}

/** What a re-read sees: the page as kept, restored from the library's bytes and parsed again. */
async function keptCopy(html: string, url: string): Promise<{ html: string; gzip: number }> {
  const kept = keptMarkup(parseHtml(html, url));
  if (kept === null) throw new Error(`${url}: over the cap`);
  const gzip = await gzipText(kept);
  return { html: await gunzipText(gzip), gzip: gzip.byteLength };
}

describe('a kept page reads like the page itself', () => {
  const checked: Checked[] = [];

  beforeAll(async () => {
    // The page itself without rules, as every corpus test reads it: from the warm-up's cache.
    const cached = new Map((await extractedSet('fundus-open')).map((p) => [p.page.id, p.result]));
    for (const [a, b] of await pairs()) {
      const rules = await rulesOf(a);
      const html = await readHtmlFile(b.file);
      const kept = await keptCopy(html, b.url);
      const read = (markup: string, options: { rules?: SiteRule[] }) =>
        extractArticle(parseHtml(markup, b.url), b.url, options);
      checked.push({
        id: b.id,
        rules: rules.length,
        bytes: { html: html.length, kept: kept.html.length, gzip: kept.gzip },
        plain: [cached.get(b.id) ?? read(html, {}), read(kept.html, {})],
        fixed: [read(html, { rules }), read(kept.html, { rules })],
      });
    }
    const sum = (f: (c: Checked) => number) => checked.reduce((n, c) => n + f(c), 0);
    console.log(
      `kept pages: ${checked.length} pages, ${sum((c) => c.rules)} rules; markup ${sum((c) => c.bytes.html)} chars, ` +
        `without scripts ${sum((c) => c.bytes.kept)}, gzip ${sum((c) => c.bytes.gzip)} bytes`,
    );
  }, 600_000);

  it(`samples at least 30 pages, most of them with a sibling's fixes`, () => {
    expect(checked.length).toBeGreaterThanOrEqual(30);
    expect(checked.filter((c) => c.rules > 0).length).toBeGreaterThan(checked.length / 2);
  });

  it('every field is the same without rules', () => {
    for (const c of checked) expect(c.plain[1], c.id).toEqual(c.plain[0]);
  });

  it('every field, and what became of each rule, is the same with the sibling’s rules', () => {
    for (const c of checked) expect(c.fixed[1], c.id).toEqual(c.fixed[0]);
  });

  it('keeps the page in less room than its markup', () => {
    for (const c of checked) {
      expect(c.bytes.kept, c.id).toBeLessThanOrEqual(c.bytes.html);
      expect(c.bytes.gzip, c.id).toBeLessThan(c.bytes.kept / 2);
    }
  });
});
