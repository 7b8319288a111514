import { describe, expect, it } from 'vitest';
import { deriveFixes } from '../../../scripts/eval/derive-fixes';
import { predictionOf } from '../../../scripts/eval/extractors';
import { verdictOf } from '../../../scripts/eval/fixes';
import { scorePage } from '../../../scripts/eval/score';
import type { Expected } from '../../../scripts/eval/sets';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { EN_BODY, page } from '../extract/page';

/**
 * `eval --fixes` plays a reader fixing page A from what A should show, through fix mode's own
 * rule making, and checks the rules on page B of the same site. Two hand-made pages of one
 * site: the same info box inside the story, and the same two bylines.
 */

const URL_A = 'https://news.example/2024/05/01/a.html';
const URL_B = 'https://news.example/2024/05/02/b.html';
const PARAGRAPHS = EN_BODY.split('\n').map((p) => p.replace(/<\/?p>/g, ''));
const BOX = (t: string) =>
  `<div class="info-box box-x7f2a9"><p>Background: ${t}, as the two countries have done every year since the talks began.</p></div>`;
const SUBHEAD = '<h2>What comes next</h2>';
const site = (title: string, box: string) =>
  page({
    head: `<meta name="author" content="Jon Ode">`,
    header: `<h1>${title}</h1><p class="byline">By Anna Muster</p>`,
    body: [
      ...PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`),
      box,
      SUBHEAD,
      ...PARAGRAPHS.slice(2).map((p) => `<p>${p}</p>`),
    ].join('\n'),
  });

function traced(html: string, url: string) {
  const doc = parseHtml(html, url);
  const result = extractArticle(doc, url, { trace: true });
  if (!result.ok) throw new Error(result.reason);
  return { doc, article: result.article, fields: result.trace.fields };
}

const expectedOf = (title: string, authors: string[]): Expected => ({
  title,
  authors,
  body: PARAGRAPHS.join('\n\n'),
});

describe('the fixes a reader would make, derived from what a page should show', () => {
  const A = site('Ministers agree on closer ties', BOX('Summit planned for April'));
  const B = site('Talks resume in Moscow', BOX('Trade deal stalls'));

  it('removes the box the story does not have, by its structure, and leaves the subheading a reader keeps', () => {
    const a = traced(A, URL_A);
    expect(a.article.text).toContain('Summit planned for April');
    const fixes = deriveFixes(a.doc, a.article, a.fields, expectedOf(a.article.title, a.article.authors), [
      'What comes next',
    ]);
    expect(fixes).toHaveLength(1);
    expect(fixes[0]).toMatchObject({
      field: 'body',
      rule: { kind: 'remove', block: { tag: 'div', classes: ['info-box'] } },
    });
  });

  it('needs no fix where Lede shows what the page should', () => {
    const a = traced(site('Ministers agree on closer ties', ''), URL_A);
    const expected = expectedOf(a.article.title, a.article.authors);
    expect(deriveFixes(a.doc, a.article, a.fields, expected, ['What comes next'])).toEqual([]);
  });

  it('picks the byline source that is right on A, and hides a byline the page should not show', () => {
    const a = traced(A, URL_A);
    const other = a.fields.authors!.candidates.find(
      (c) => c.value.length && c.value.join() !== a.article.authors.join(),
    );
    expect(other).toBeDefined();
    const picked = deriveFixes(a.doc, a.article, a.fields, { authors: other!.value });
    expect(picked).toEqual([
      expect.objectContaining({
        field: 'authors',
        rule: expect.objectContaining({ kind: 'pick', source: other!.source }),
      }),
    ]);
    const hidden = deriveFixes(a.doc, a.article, a.fields, { authors: [] });
    expect(hidden.map((f) => f.rule)).toEqual([{ kind: 'hide', field: 'authors' }]);
  });

  it('A’s fixes carry over to B: its box goes, its score on the body rises and nothing drops', () => {
    const a = traced(A, URL_A);
    const fixes = deriveFixes(a.doc, a.article, a.fields, expectedOf(a.article.title, a.article.authors), [
      'What comes next',
    ]);
    const docB = parseHtml(B, URL_B);
    const before = extractArticle(docB, URL_B);
    const after = extractArticle(docB, URL_B, { rules: fixes.map((f) => f.rule) });
    expect(predictionOf(after).body).not.toContain('Trade deal stalls');
    const expectedB = expectedOf('Talks resume in Moscow', before.ok ? before.article.authors : []);
    const { verdict, changes } = verdictOf(
      scorePage(expectedB, predictionOf(before)),
      scorePage(expectedB, predictionOf(after)),
      new Set(fixes.map((f) => f.field)),
    );
    expect(verdict).toBe('carried');
    expect(changes.map((c) => c.field)).toEqual(['body']);
  });

  it('calls a pair worse when any field of B drops, and unmatched when nothing moves', () => {
    const s = (score: number) => ({ score, got: null });
    const touched = new Set(['body'] as const);
    expect(verdictOf({ body: s(0.8), title: s(1) }, { body: s(0.9), title: s(0) }, touched).verdict).toBe('worse');
    expect(verdictOf({ body: s(0.8), title: s(1) }, { body: s(0.8), title: s(1) }, touched).verdict).toBe('unmatched');
    expect(verdictOf({ body: s(0.8) }, { body: s(0.9) }, touched).verdict).toBe('carried');
  });
});
