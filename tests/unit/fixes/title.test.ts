import { describe, expect, it } from 'vitest';
import { candidatesOf } from '../../../components/fixes/FieldChoices';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { pickRule } from '../../../utils/fixes/make';
import { ok, sitePage, URL_A } from './site-page';

/**
 * Picking the headline (issue 16): the site's pages print the bare headline in their `<h1>`, their
 * JSON-LD joins a kicker to it with a colon, their og:title wraps it in a section and the site's name.
 */

const URL_B = 'https://www.news.example/2024/05/02/b.html';
const head = (headline: string, kicker: string) =>
  `<meta property="og:title" content="NEWS | ${headline} | News Example">` +
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: `${kicker}: ${headline}` })}</script>`;
const site = (headline: string, kicker: string) =>
  sitePage({ title: headline, insert: '', head: head(headline, kicker) });
const traced = (html: string, url: string) => ok(extractArticle(parseHtml(html, url), url, { trace: true }));

const A = site('Ministers agree on closer ties', 'Summit');
const B = site('Talks resume in Moscow', 'Diplomacy');

function candidate(source: string) {
  const { trace } = traced(A, URL_A);
  const found = [trace.fields.title!, ...trace.fields.title!.candidates].find((c) => c.source === source);
  if (!found) throw new Error(`no title from ${source}`);
  return found;
}

describe('a picked headline', () => {
  it('is offered as the page has it, not wrapped in the section and site name of a meta title', () => {
    const { article, trace } = traced(A, URL_A);
    expect(article.title).toBe('Ministers agree on closer ties');
    expect(candidatesOf(trace.fields, 'title').map((c) => c.value)).toEqual([
      'Ministers agree on closer ties',
      'Summit: Ministers agree on closer ties',
    ]);
  });

  it('comes from the same source on the site’s next article, with the kicker that source joins to it', () => {
    const rule = pickRule('title', candidate('json-ld headline'));
    const fixed = ok(extractArticle(parseHtml(B, URL_B), URL_B, { rules: [rule] }));
    expect(fixed.article.title).toBe('Diplomacy: Talks resume in Moscow');
    expect(fixed.fixes?.outcomes[0]).toMatchObject({ applied: true });
    expect(ok(extractArticle(parseHtml(B, URL_B), URL_B)).article.title).toBe('Talks resume in Moscow');
  });

  it('never joins a section kicker or the site’s name back on', () => {
    const rule = pickRule('title', candidate('meta og:title'));
    const fixed = ok(extractArticle(parseHtml(B, URL_B), URL_B, { rules: [rule] }));
    expect(fixed.article.title).toBe('Talks resume in Moscow');
  });
});
