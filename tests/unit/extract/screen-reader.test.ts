import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { doc, EN_BODY, extract, URL } from './page';

const SENTENCES = EN_BODY.split('\n');
const LINKED_FIRST = SENTENCES[0]!.replace(
  'in Tokyo',
  'in <a href="https://example.org/tokyo">Tokyo<span class="sr-only"> (opens in a new tab)</span></a>',
);
const PICTURE =
  '<figure><span class="visually-hidden">Photo</span><img src="https://news.example/tokyo.jpg" alt=""><figcaption>The ministers in Tokyo.</figcaption></figure>';
const body = (first = LINKED_FIRST, extra = '') =>
  [first, PICTURE, ...SENTENCES.slice(1, 3), extra, SENTENCES[3]].join('\n');
const header =
  '<h1>Ministers agree on closer ties</h1><p class="standfirst">Both sides hope the summit in April will settle the questions left open since the war.</p>';

describe('labels given to screen readers only', () => {
  it('are not printed in the article, where plain Readability prints them', () => {
    const parts = { header, body: body() };
    const plain = new Readability(doc(parts)).parse();
    expect(plain?.textContent).toContain('(opens in a new tab)');
    expect(plain?.textContent).toContain('Photo');

    const article = extract(parts);
    expect(article.text).toContain('met on Monday in Tokyo to discuss');
    expect(article.text).not.toContain('opens in a new tab');
    expect(article.text).not.toMatch(/\bPhoto\b/);
    expect(article.text).toContain('The ministers in Tokyo.');
  });

  it('leave the fields found around the body as they were: the standfirst is the teaser, the first paragraph the body', () => {
    const article = extract({ header, body: body() });
    expect(article.teaser).toEqual([
      'Both sides hope the summit in April will settle the questions left open since the war.',
    ]);
    expect(article.text.startsWith('The ministers met on Monday in Tokyo')).toBe(true);
  });

  it('are shown in the trace as what they are', () => {
    const read = extractArticle(doc({ header, body: body() }), URL, { trace: true });
    if (!read.ok) throw new Error(read.reason);
    const labels = read.trace.passes.filter((p) => p.pass === 'screen reader labels').map((p) => p.text);
    expect(labels).toEqual(['(opens in a new tab)', 'Photo']);
  });

  it('are recognised by the names frameworks and CMSs give them', () => {
    for (const name of [
      'screen-reader-text',
      'visuallyhidden',
      'element-invisible',
      'u-visually-hidden',
      'show-for-sr',
    ]) {
      const first = SENTENCES[0]!.replace('<p>', `<p><span class="${name}">Listen to this article</span>`);
      const article = extract({ header, body: body(first) });
      expect(article.text, name).not.toContain('Listen to this article');
      expect(article.text, name).toContain('The ministers met on Monday');
    }
  });

  it('written as an inline style that clips them to one pixel, are not printed either', () => {
    const clipped =
      'border:0;clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px;white-space:nowrap';
    const first = SENTENCES[0]!.replace(
      'in Tokyo',
      `in <a href="https://example.org/tokyo">Tokyo<span style="${clipped}">, opens new tab</span></a>`,
    );
    const article = extract({ header, body: body(first) });
    expect(article.text).not.toContain('opens new tab');
    expect(article.text).toContain('met on Monday in Tokyo to discuss');
  });

  it('stay when a framework shows them again on larger screens', () => {
    const first = SENTENCES[0]!.replace('<p>', '<p><span class="sr-only md:not-sr-only">TOKYO —</span> ');
    expect(extract({ header, body: body(first) }).text).toContain('TOKYO —');
  });

  it('stay when they describe a picture at length, the only account of it in the reader', () => {
    const description =
      '<p class="sr-only">The chart shows exports rising from four billion in 2010 to eleven billion in 2020, most of them cars.</p>';
    expect(extract({ header, body: body(LINKED_FIRST, description) }).text).toContain(
      'The chart shows exports rising from four billion',
    );
  });

  it('include a link that lets a keyboard skip a box, and the label where it lands', () => {
    const signup =
      '<figure><a href="#after-signup-1">skip past newsletter promotion</a>' +
      '<aside aria-label="newsletter promotion"><p>Sign up to This is Europe</p></aside>' +
      '<p id="after-signup-1" tabindex="0" role="note">after newsletter promotion</p></figure>';
    const article = extract({ header, body: body(LINKED_FIRST, signup) });
    expect(article.text).not.toContain('newsletter promotion');
    expect(article.text).toContain('The talks were meant to prepare a summit');
  });

  it('never include a link to a footnote or a section, which lands elsewhere in the page', () => {
    const noted = SENTENCES[1]!.replace('end of April,', 'end of April,<sup><a href="#note-1">[1]</a></sup>');
    const toc = '<ul class="toc"><li><a href="#background">Background of the talks</a></li></ul>';
    const article = extract({
      header: header + toc,
      body: [SENTENCES[0], noted, '<h2 id="background">Background of the talks</h2>', ...SENTENCES.slice(2)].join('\n'),
      around: '<ol class="notes"><li id="note-1">The date was confirmed by both foreign ministries.</li></ol>',
    });
    expect(article.text).toContain('end of April,[1]');
    expect(article.text).toContain('Background of the talks');
  });
});
