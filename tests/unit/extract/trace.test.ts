import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, readHtmlFile } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import type { PassRecord, TracedResult } from '../../../utils/article';
import { doc, EN_BODY, URL } from './page';

const SHARED = join(__dirname, '../../../../shared');
const SEED_URL = 'https://japandigest.example/2017/03/spitzentreffen/';
const PAGES = [
  ['seed/seed-article.rich.html', SEED_URL],
  ['seed/seed-article.bare.html', SEED_URL],
  ['corpus/readability/001/source.html', 'https://corpus.lede.test/readability/001/source.html'],
  [
    'corpus/fundus-open/html/de/BerlinerZeitung_2023_04_28.html.gz',
    'https://corpus.lede.test/fundus-open/html/de/BerlinerZeitung_2023_04_28.html',
  ],
  [
    'corpus/defuddle/fixtures/author-share-widget.html',
    'https://corpus.lede.test/defuddle/fixtures/author-share-widget.html',
  ],
] as const;

const H1 = '<h1>Ministers agree on closer ties</h1>';
const TEXT =
  'The ministers met on Monday in Tokyo to discuss closer cooperation between the two countries, which have never signed a peace treaty.';
const para = (n: number, from = 1): string =>
  Array.from({ length: n }, (_, i) => `<p>${TEXT} Paragraph ${i + from}.</p>`).join('');

async function load(file: string, url: string): Promise<Document> {
  return parseHtml(await readHtmlFile(join(SHARED, file)), url);
}

function traced(page: Document, url = URL): TracedResult {
  return extractArticle(page, url, { trace: true });
}

function records(result: TracedResult, pass: PassRecord['pass']): PassRecord[] {
  return result.trace.passes.filter((r) => r.pass === pass);
}

describe('the pass trace', { timeout: 120_000 }, () => {
  it('changes nothing about the result: the same article with or without it, and no trace unless asked', async () => {
    for (const [file, url] of PAGES) {
      const plain = extractArticle(await load(file, url), url);
      const { trace, ...withTrace } = traced(await load(file, url), url);
      expect(plain, file).not.toHaveProperty('trace');
      expect(withTrace, file).toStrictEqual(plain);
      expect(trace.passes.length, file).toBeGreaterThan(0);
    }
  });

  it('leaves the page it reads unchanged', async () => {
    for (const [file, url] of PAGES) {
      const page = await load(file, url);
      const before = page.documentElement.outerHTML;
      traced(page, url);
      expect(page.documentElement.outerHTML, file).toBe(before);
    }
  });

  it("names the headline's source on the rich seed page: the <h1>, confirmed by JSON-LD, beating the meta titles with kicker and site name", async () => {
    const result = traced(await load('seed/seed-article.rich.html', SEED_URL), SEED_URL);
    const title = result.trace.fields.title!;
    expect(title.value).toBe('Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit');
    expect(title.source).toBe('h1');
    expect(title.element).toMatchObject({ tag: 'h1', classes: ['entry-title'], landmark: 'header.entry-header' });
    expect(title.also).toEqual(expect.arrayContaining(['json-ld headline', 'meta og:title (a part)']));
    expect(title.candidates).toEqual([
      { value: 'NEWS | Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit', source: 'meta og:title' },
      { value: 'NEWS | Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit | Japan Digest', source: '<title>' },
    ]);
  });

  it("names every field's source on the rich seed page", async () => {
    const { fields } = traced(await load('seed/seed-article.rich.html', SEED_URL), SEED_URL).trace;
    expect(fields.authors).toMatchObject({ value: ['Hannah Janz'], source: 'json-ld author' });
    expect(fields.authors!.also).toContain('byline near the headline');
    expect(fields.teaser!.source).toBe('teaser: +++ line');
    expect(fields.publishedTime).toMatchObject({ value: '2017-03-21T09:30:00+01:00', source: 'json-ld datePublished' });
    // The header's `<time datetime>` prints the same instant: it confirms, it does not compete.
    expect(fields.publishedTime!.also).toContain('printed near the headline');
    expect(fields.siteName).toMatchObject({ value: 'Japan Digest', source: 'meta og:site_name' });
    expect(fields.leadImage!.source).toBe('meta og:image');
    expect(fields.lang).toMatchObject({ value: 'de', source: '<html lang>' });
  });

  it("falls back on the page's own sources on the bare seed page, which has no metadata", async () => {
    const { fields } = traced(await load('seed/seed-article.bare.html', SEED_URL), SEED_URL).trace;
    expect(fields.title!.source).toBe('h1');
    expect(fields.authors!.source).toBe('byline near the headline');
    expect(fields.siteName!.source).not.toMatch(/^meta|json-ld/);
    for (const [name, field] of Object.entries(fields)) expect(field.source, name).not.toBe('unknown');
  });

  it('lists an author the metadata beat, with where the page prints it', () => {
    const result = traced(
      doc({
        head: '<meta name="author" content="Jane Roe">',
        header: `${H1}<p class="byline">By <a href="/authors/john-doe" rel="author">John Doe</a></p>`,
      }),
    );
    const authors = result.trace.fields.authors!;
    expect(authors).toMatchObject({ value: ['Jane Roe'], source: 'meta author' });
    expect(authors.candidates).toContainEqual({
      value: ['John Doe'],
      source: 'byline near the headline',
      element: expect.objectContaining({ tag: 'a', path: ['p.byline'] }),
    });
  });

  it('records a share bar under the boilerplate pass, described as the page had it although Readability strips classes', () => {
    // With a typo form in it, Readability keeps the bar: Lede's own pass takes it out.
    const share = `<ul class="tools" id="tools"><li>E-Mail</li><li>Teilen</li><li>Twitter</li><li>Drucken</li><li>Fehler melden<div><p>Sie haben einen Fehler gefunden?</p>
      <p>Bitte markieren Sie die entsprechenden Wörter im Text.</p></div></li></ul>`;
    const result = traced(doc({ header: H1, body: `${share}${para(4)}` }));
    const removed = records(result, 'boilerplate');
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({
      action: 'removed',
      why: 'a share bar',
      text: expect.stringMatching(/^E-Mail Teilen Twitter Drucken Fehler melden Sie haben/),
    });
    expect(removed[0]!.element).toMatchObject({
      tag: 'ul',
      id: 'tools',
      classes: ['tools'],
      landmark: 'article',
      path: ['div.article-body'],
    });
  });

  it('records a "Read more" link and a tail cut, each block on its own', () => {
    const more = '<p>Read more: <a href="https://news.example/b">Nato leaders agree to raise defence spending</a></p>';
    const tail = '<p>Subscribe to our newsletter for the latest news.</p><p>Follow us on social media for more.</p>';
    const result = traced(doc({ header: H1, body: `${para(3)}${more}${para(3, 4)}${tail}` }));
    expect(records(result, 'boilerplate')).toContainEqual(
      expect.objectContaining({
        why: 'a "Read more" link to another story',
        text: 'Read more: Nato leaders agree to raise defence spending',
      }),
    );
    const texts = result.trace.passes.filter((r) => r.pass === 'tail' || r.pass === 'boilerplate').map((r) => r.text);
    expect(texts).toContain('Subscribe to our newsletter for the latest news.');
    expect(result.ok && result.article.text).not.toContain('Subscribe to our newsletter');
  });

  it('records the prepare passes: a poll dropped, a paywalled paragraph kept, a linked paragraph unwrapped', () => {
    const poll = `<div class="poll"><p>Should platforms be regulated more strictly?</p><div>${[
      'Yes, at once.',
      'No, that is censorship.',
      'Not sure.',
    ]
      .map((t, i) => `<label><input type="radio" name="vote" id="v${i}">${t}</label>`)
      .join('')}</div></div>`;
    const hidden =
      'That is heady, terrifying and maybe a bit of hyperbole, but the promise is a search box that decides on the fly what might help.';
    const linked =
      'Trump has said <a href="https://news.example/nato">he would not defend allies that fail to pay their share of the costs</a> and repeated it on Monday.';
    const result = traced(
      doc({
        header: H1,
        body: `${para(2)}${poll}<div><div><p>${linked}</p></div></div><p class="paywall" aria-hidden="true">${hidden}</p>${para(3, 3)}`,
      }),
    );
    expect(records(result, 'polls')).toEqual([
      expect.objectContaining({ action: 'removed', element: expect.objectContaining({ classes: ['poll'] }) }),
    ]);
    expect(records(result, 'polls')[0]!.text).toMatch(/^Should platforms be regulated more strictly\? Yes, at once\./);
    // The poll's lines, gone before Readability ran, are not counted again as Readability's.
    expect(records(result, 'readability')).toEqual([]);
    // Shortened in the trace, with the full length beside it.
    expect(records(result, 'hidden text kept')).toContainEqual(
      expect.objectContaining({
        action: 'kept',
        text: expect.stringMatching(/^That is heady, .*…$/),
        chars: hidden.length,
      }),
    );
    expect(records(result, 'unwrapped paragraphs')).toContainEqual(
      expect.objectContaining({ action: 'moved', text: expect.stringMatching(/^Trump has said/) }),
    );
  });

  it("records the headline and byline removed from the body's top as duplicates, and what Readability left out", () => {
    const result = traced(
      doc({
        header: H1,
        body: `<p><strong>Ministers agree on closer ties</strong></p><p>By Jane Roe</p>${EN_BODY}`,
        head: '<meta name="author" content="Jane Roe">',
        around:
          '<aside class="rail"><h3>Most read</h3><ul><li><a href="/x">Harbour road to close for the summer</a></li></ul></aside>',
      }),
    );
    const dups = records(result, 'leading duplicates').map((r) => [r.why, r.text]);
    expect(dups).toContainEqual(['the headline again', 'Ministers agree on closer ties']);
    expect(dups).toContainEqual(['the byline again', 'By Jane Roe']);
    expect(records(result, 'readability')).toContainEqual(
      expect.objectContaining({
        text: 'Harbour road to close for the summer',
        element: expect.objectContaining({ tag: 'li', landmark: 'aside.rail' }),
      }),
    );
  });

  it('records what the sanitiser took out with its text, and an embedded frame that is no video player', () => {
    // Readability keeps an archive.org player; Lede's sanitiser allows only a few video hosts.
    const result = traced(
      doc({
        header: H1,
        body: `${para(2)}<iframe src="https://archive.org/embed/some-film"></iframe><p>Here is more <xmp>raw markup shown</xmp> text.</p>${para(2, 3)}`,
      }),
    );
    const removed = records(result, 'sanitiser');
    expect(removed).toContainEqual(
      expect.objectContaining({
        text: 'https://archive.org/embed/some-film',
        element: expect.objectContaining({ tag: 'iframe' }),
      }),
    );
    expect(removed).toContainEqual(
      expect.objectContaining({ text: 'raw markup shown', why: '<xmp> is not allowed in the reader' }),
    );
  });

  it('orders the passes as they run: prepare, Readability, body cleanup, sanitiser', () => {
    const result = traced(
      doc({
        header: H1,
        body: `<ul><li>E-Mail</li><li>Teilen</li><li>Twitter</li><li>Drucken</li></ul>${para(4)}`,
        around: '<footer><p>Imprint and privacy of the news site</p></footer>',
      }),
    );
    const order = result.trace.passes.map((r) => r.pass);
    expect(order.indexOf('readability')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('readability')).toBeLessThan(order.indexOf('boilerplate'));
  });

  it('still explains a page that gives no article (a login wall): what Readability left out, and no fields', () => {
    const page = parseHtml(
      `<html><body><nav><ul><li><a href="/a">Home</a></li><li><a href="/b">Politics</a></li></ul></nav><main><h1>Sign in</h1>
      <form><p>Please sign in with your account to read this story and all others on the site.</p><input type="password" name="pw"></form></main></body></html>`,
      URL,
    );
    const result = traced(page);
    expect(result).toMatchObject({ ok: false, reason: 'no-article' });
    expect(result.trace.fields).toEqual({});
    expect(records(result, 'readability').map((r) => [r.text, r.why])).toEqual([
      ['Home', 'not in the article: in navigation'],
      ['Politics', 'not in the article: in navigation'],
    ]);
  });

  it('gives an empty title no source of its own', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) => `<li><a href="/s${i}">Story number ${i} about the harbour road and the council vote on Monday</a></li>`,
    ).join('');
    const front = 'https://news.example/';
    const result = traced(
      parseHtml(
        `<html><body><header><p>City News Network front page</p></header><main><ul>${items}</ul></main><footer><p>Imprint and privacy of the news site</p></footer></body></html>`,
        front,
      ),
      front,
    );
    expect(result.ok && result.article.title).toBe('');
    expect(result.trace.fields.title!.source).toBe('none');
  });
});
