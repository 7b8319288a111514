import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../utils/article';
import { extractArticle } from '../../../utils/extract';
import { MAX_CHUNK } from '../../../utils/speech/chunk';
import { speechPlan } from '../../../utils/speech/plan';
import { parseHtml, readHtmlFile } from '../../../scripts/lib/html-file';
import { parsedBody } from '../../../scripts/lib/speech-cli';

const SEED = join(__dirname, '../../../../shared/seed/seed-article.rich.html');
const URL = 'https://japandigest.example/2017/03/spitzentreffen-japan-russland-entwurf-fuer-zusammenarbeit/';

function article(patch: Partial<Article>): Article {
  return {
    url: 'https://news.example/a',
    title: 'A headline',
    authors: [],
    teaser: [],
    content: '',
    text: '',
    excerpt: '',
    publishedTime: null,
    siteName: null,
    leadImage: null,
    lang: 'en',
    dir: 'ltr',
    wordCount: 0,
    readingMinutes: 1,
    ...patch,
  };
}

const plan = (a: Article) => speechPlan(a, parsedBody(a));
const texts = (a: Article) => plan(a).chunks.map((c) => c.text);

describe('speech plan', () => {
  it('reads the seed page in news order: headline, "Von" and the author, three teaser points, then the body', async () => {
    const result = extractArticle(parseHtml(await readHtmlFile(SEED), URL), URL);
    if (!result.ok) throw new Error(result.reason);
    const { chunks } = plan(result.article);
    expect(chunks[0]).toMatchObject({
      part: 'headline',
      text: 'Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit',
    });
    expect(chunks[1]).toMatchObject({ part: 'byline', text: 'Von Hannah Janz' });
    expect(chunks.slice(2, 5).map((c) => c.part)).toEqual(['teaser', 'teaser', 'teaser']);
    expect(chunks[5]!.text).toMatch(/^Am Montag trafen sich/);
    expect(chunks.at(-1)!.text).toBe('Ende April steht das Thema wieder auf der Agenda.');
    expect(chunks.slice(5).every((c) => c.part === 'body')).toBe(true);
    // One block per paragraph or subheading, and blocks never go backwards.
    expect(chunks.map((c) => c.block)).toEqual([...chunks.map((c) => c.block)].sort((a, b) => a - b));
  });

  it('says the byline in words in the article language', () => {
    expect(texts(article({ authors: ['Anna Muster', 'Ben Beispiel'] }))[1]).toBe('By Anna Muster and Ben Beispiel');
    expect(texts(article({ lang: 'de-AT', authors: ['Anna Muster', 'Ben Beispiel'] }))[1]).toBe(
      'Von Anna Muster und Ben Beispiel',
    );
  });

  it('skips captions, credits, related links, code and footnote markers, and announces a table', () => {
    const content = `
      <p>First paragraph of prose.<sup>1</sup></p>
      <figure><img src="x.jpg" alt="a picture"><figcaption>The minister in Tokyo. Photo: Agency</figcaption></figure>
      <p>Foto: dpa</p>
      <p>Read more: <a href="https://news.example/other">Another story</a></p>
      <ul><li><a href="https://news.example/b">A related story with a long title here</a></li></ul>
      <pre><code>const x = 1;</code></pre>
      <table><tr><td>1</td><td>2</td></tr></table>
      <p>Last paragraph, with a <a href="https://news.example/c">link in the middle</a> of a sentence.</p>`;
    expect(texts(article({ lang: 'de', content }))).toEqual([
      'A headline',
      'First paragraph of prose.',
      'Tabelle übersprungen.',
      'Last paragraph, with a link in the middle of a sentence.',
    ]);
  });

  it('skips a credit line set as words ("Top photo by …", "Fotos von …"), but reads a sentence that mentions a photo', () => {
    const content = `
      <p>The council met on Monday.</p>
      <p>Top photo by Joan Bardeletti</p>
      <p>Fotos von Anna Muster</p>
      <p>Photos by the residents show the flooded street.</p>`;
    expect(texts(article({ content })).slice(1)).toEqual([
      'The council met on Monday.',
      'Photos by the residents show the flooded street.',
    ]);
  });

  it('reads inline code as part of its sentence, and skips a paragraph that is only code', () => {
    const content = '<p>Call <code>fetch()</code> with a URL.</p><p><code>npm install lede</code></p><p>Done.</p>';
    expect(texts(article({ content })).slice(1)).toEqual(['Call fetch() with a URL.', 'Done.']);
  });

  it('cuts a long sentence into chunks no longer than the cap, keeping every word and its offsets', () => {
    const sentence = Array.from({ length: 90 }, (_, i) => `word${i}`).join(' ') + '.';
    const a = article({ content: `<p>${sentence} Short one.</p>` });
    const body = plan(a).chunks.filter((c) => c.part === 'body');
    expect(body.length).toBeGreaterThan(2);
    expect(body.every((c) => c.text.length <= MAX_CHUNK)).toBe(true);
    expect(body.map((c) => c.text).join(' ')).toBe(`${sentence} Short one.`);
    for (const chunk of body) expect(`${sentence} Short one.`.slice(chunk.start, chunk.end)).toBe(chunk.text);
    expect(new Set(body.map((c) => c.block)).size).toBe(1);
  });

  it('reads loose text beside blocks as one block, in place', () => {
    const a = article({ content: '<div>Loose text first. <p>Then a paragraph.</p> And loose text after.</div>' });
    expect(texts(a).slice(1).join(' ')).toBe('Loose text first. Then a paragraph. And loose text after.');
  });
});

describe('speech plan: pictures', () => {
  it('reads paragraphs a page wrapped inside a <figure>, but not its caption', () => {
    const content =
      '<figure><div><a href="#z"><img src="p.jpg" alt=""></a><p>A paragraph of the story set inside the figure.</p></div>' +
      '<figcaption>The caption. Photo: Agency</figcaption></figure><p>After.</p>';
    expect(texts(article({ content })).slice(1)).toEqual(['A paragraph of the story set inside the figure.', 'After.']);
  });
});
