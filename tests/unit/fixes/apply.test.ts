import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { blockRule, hideRule, pickRule } from '../../../utils/fixes/make';
import type { SiteRule } from '../../../utils/fixes/rules';
import { EN_BODY, page } from '../extract/page';
import { H1, ok, sitePage, URL_A } from './site-page';

const URL_B = 'https://www.news.example/2024/05/02/b.html';
const BOX = (t: string) =>
  `<div class="info-box box-x7f2a9"><p>Background: ${t}, as the two countries have done every year since the talks began.</p></div>`;
const site = (title: string, box: string, body = EN_BODY) =>
  sitePage({ head: `<meta name="author" content="Jon Ode">`, title, insert: box, body });

describe('site fixes in the extraction core', () => {
  it('removes a box found by its structure on another page, whatever its words there', () => {
    const a = parseHtml(site('Ministers agree on closer ties', BOX('Summit planned for April')), URL_A);
    const plainA = ok(extractArticle(a, URL_A));
    expect(plainA.article.text).toContain('Summit planned for April');
    const rule = blockRule(
      a,
      plainA.article.title,
      'remove',
      'Background: Summit planned for April, as the two countries have done every year since the talks began.',
    );
    expect(rule?.block).toMatchObject({ tag: 'div', classes: ['info-box'] }); // the hashed class is left out
    const b = parseHtml(site('Talks resume in Moscow', BOX('Trade deal stalls')), URL_B);
    expect(ok(extractArticle(b, URL_B)).article.text).toContain('Trade deal stalls');
    const fixed = ok(extractArticle(b, URL_B, { rules: [rule!] }));
    expect(fixed.article.text).not.toContain('Trade deal stalls');
    expect(fixed.article.text).not.toContain('Background:');
    expect(fixed.article.text).toContain('The ministers met on Monday');
    expect(fixed.fixes).toEqual({ applied: 1, outcomes: [{ index: 0, kind: 'remove', applied: true }] });
  });

  it('picks another byline source, or none', () => {
    const b = parseHtml(site('Talks resume in Moscow', ''), URL_B);
    const traced = ok(extractArticle(b, URL_B, { trace: true }));
    const other = [traced.trace.fields.authors!, ...traced.trace.fields.authors!.candidates].find(
      (c) => JSON.stringify(c.value) !== JSON.stringify(traced.article.authors),
    );
    expect(other).toBeDefined();
    const picked = ok(
      extractArticle(parseHtml(site('Talks resume in Moscow', ''), URL_B), URL_B, {
        rules: [pickRule('authors', other!)],
      }),
    );
    expect(picked.article.authors).toEqual(other!.value);
    const hidden = ok(
      extractArticle(parseHtml(site('Talks resume in Moscow', ''), URL_B), URL_B, { rules: [hideRule('authors')] }),
    );
    expect(hidden.article.authors).toEqual([]);
  });

  it('does not apply a rule that would take more than half of the text, and says so', () => {
    const a = parseHtml(site('Ministers agree on closer ties', ''), URL_A);
    const { article } = ok(extractArticle(a, URL_A));
    const wide: SiteRule = {
      kind: 'remove',
      block: { tag: 'div', classes: ['article-body'], path: [], landmark: 'article' },
      label: 'all',
    };
    const result = ok(
      extractArticle(parseHtml(site('Ministers agree on closer ties', ''), URL_A), URL_A, { rules: [wide] }),
    );
    expect(result.article.text).toBe(article.text);
    expect(result.fixes).toEqual({
      applied: 0,
      outcomes: [{ index: 0, kind: 'remove', applied: false, reason: 'too-much-text' }],
    });
  });

  it('does not apply a rule that would take the headline', () => {
    const a = parseHtml(site('Ministers agree on closer ties', ''), URL_A);
    const rule: SiteRule = {
      kind: 'remove',
      block: { tag: 'article', classes: [], path: [], landmark: 'main' },
      label: 'x',
    };
    const result = ok(extractArticle(a, URL_A, { rules: [rule] }));
    expect(result.article.title).toBe('Ministers agree on closer ties');
    expect(result.fixes?.outcomes[0]).toMatchObject({ applied: false, reason: 'headline' });
  });

  it('brings back a block the extraction dropped on another page, after the block it followed', () => {
    const note = (t: string) =>
      `<aside class="editor-note"><p>Correction: an earlier version of this article gave the wrong ${t}.</p></aside>`;
    const html = (title: string, t: string) =>
      page({ header: H1(title), body: EN_BODY, around: `${note(t)}<footer>Contact us</footer>` });
    const a = parseHtml(html('Ministers agree on closer ties', 'date for the summit'), URL_A);
    const rule = blockRule(
      a,
      'Ministers agree on closer ties',
      'restore',
      'Correction: an earlier version of this article gave the wrong date for the summit.',
    );
    const b = html('Talks resume in Moscow', 'name of the minister');
    const plain = ok(extractArticle(parseHtml(b, URL_B), URL_B));
    expect(plain.article.text).not.toContain('Correction:');
    const fixed = ok(extractArticle(parseHtml(b, URL_B), URL_B, { rules: [rule!] }));
    expect(fixed.fixes?.applied).toBe(1);
    const paragraphs = fixed.article.text.split('\n\n');
    expect(paragraphs.at(-1)).toBe(
      'Correction: an earlier version of this article gave the wrong name of the minister.',
    );
    expect(paragraphs.slice(0, -1)).toEqual(plain.article.text.split('\n\n'));
  });

  it('leaves the page it reads unchanged, and an unmatched rule changes nothing', () => {
    const html = site('Ministers agree on closer ties', BOX('Summit planned for April'));
    const live = parseHtml(html, URL_A);
    const before = live.documentElement.outerHTML;
    const plain = ok(extractArticle(parseHtml(html, URL_A), URL_A));
    const rules: SiteRule[] = [
      { kind: 'remove', block: { tag: 'div', classes: ['info-box'], path: [], landmark: 'article' }, label: 'box' },
      { kind: 'restore', block: { tag: 'div', classes: ['nothing-like-it'], path: [] }, label: 'none' },
    ];
    const fixed = ok(extractArticle(live, URL_A, { rules }));
    expect(live.documentElement.outerHTML).toBe(before);
    expect(fixed.fixes?.outcomes[1]).toMatchObject({ applied: false, reason: 'no-match' });
    const unmatched = ok(extractArticle(parseHtml(html, URL_A), URL_A, { rules: [rules[1]!] }));
    expect(unmatched.article).toEqual(plain.article);
  });
});
