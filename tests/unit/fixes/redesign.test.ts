import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { blockRule } from '../../../utils/fixes/make';
import { selectorFor } from '../../../utils/fixes/match';
import { EN_BODY } from '../extract/page';
import { ok, sitePage, URL_A } from './site-page';

/**
 * A caption fix made before a site's redesign still takes captions after it (issue 16; found with
 * `eval --fixes` on fundus pairs, whose V1 and V2 of a publisher mostly share no class name): the
 * new template renamed every class, but a picture's caption is still a `<figcaption>`.
 */

const URL_B = 'https://news.example/2025/02/03/b.html';
const CAPTION_A = 'Ministers before the talks in Tokyo on Monday. Photo: Kyodo';
const FIGURE_A = `<figure class="art-img"><img src="https://news.example/img/tokyo-talks.jpg" alt=""><figcaption class="art-cap">${CAPTION_A}</figcaption></figure>`;

/** The same site after a redesign: other wrappers, other class names, the caption one level deeper. */
function redesigned(figures: string): string {
  const [first, second, ...rest] = EN_BODY.split('\n');
  return `<!doctype html><html lang="en"><head><title>Talks resume in Moscow</title></head><body>
<main><article class="c-story"><h1 class="c-story__title">Talks resume in Moscow</h1>
<div class="c-story__text">${first}${second}${figures}${rest.join('\n')}</div></article></main></body></html>`;
}

const FIGURE_B = `<figure class="c-media"><picture><img src="https://news.example/media/moscow-round.jpg" alt=""></picture><div class="c-media__meta"><figcaption>The delegations arrive in Moscow for the new round. Photo: Tass</figcaption></div></figure>`;

function captionRule() {
  const a = parseHtml(sitePage({ title: 'Ministers agree on closer ties', insert: FIGURE_A }), URL_A);
  const { article } = ok(extractArticle(a, URL_A));
  expect(article.text).toContain(CAPTION_A);
  return blockRule(a, article.title, 'remove', CAPTION_A)!;
}

describe('a caption fix after a redesign', () => {
  it('takes the new template’s captions, as the reader took the old one’s', () => {
    const rule = captionRule();
    // The figure holds nothing but the picture and this text: the rule is for the box, a captioned picture.
    expect(rule.block).toMatchObject({ tag: 'figure', classes: ['art-img'], caption: true });
    const b = parseHtml(redesigned(FIGURE_B), URL_B);
    expect(ok(extractArticle(b, URL_B)).article.text).toContain('The delegations arrive in Moscow');

    const fixed = ok(extractArticle(parseHtml(redesigned(FIGURE_B), URL_B), URL_B, { rules: [rule] }));
    expect(fixed.article.text).not.toContain('The delegations arrive in Moscow');
    expect(fixed.article.text).toContain('The ministers met on Monday in Tokyo');
    expect(fixed.fixes?.outcomes[0]).toMatchObject({ applied: true });
  });

  it('stays as narrow as it was made on a page of its own template', () => {
    const rule = captionRule();
    // The old template (its `article-body` is there), with another kind of caption only: a gallery's.
    const gallery = `<figure class="gallery"><img src="https://news.example/img/g1.jpg" alt=""><figcaption class="gallery-cap">The harbour of Vladivostok at dawn, seen from the ferry.</figcaption></figure>`;
    const c = parseHtml(sitePage({ title: 'A view of the harbour', insert: gallery }), URL_B);
    const fixed = ok(extractArticle(c, URL_B, { rules: [rule] }));
    expect(fixed.article.text).toContain('The harbour of Vladivostok at dawn');
    expect(fixed.fixes?.outcomes[0]).toMatchObject({ applied: false, reason: 'no-match' });
  });

  it('takes nothing but captions: a rule for another block finds nothing on the redesigned page', () => {
    const a = parseHtml(
      sitePage({
        title: 'Ministers agree on closer ties',
        insert: '<p class="art-note">Correction: an earlier version misnamed the venue of the talks in Tokyo.</p>',
      }),
      URL_A,
    );
    const note = blockRule(
      a,
      'Ministers agree on closer ties',
      'remove',
      'Correction: an earlier version misnamed the venue of the talks in Tokyo.',
    )!;
    expect(note.block.caption).toBeUndefined();
    const fixed = ok(extractArticle(parseHtml(redesigned(FIGURE_B), URL_B), URL_B, { rules: [note] }));
    expect(fixed.article.text).toContain('The delegations arrive in Moscow');
  });

  it('a picture box that is not a <figure> (a `div.picBox`) is a caption too, and takes the new figures’ captions', () => {
    const box = `<div class="picBox full"><img src="https://news.example/img/tokyo-talks.jpg" alt=""><p class="picText">${CAPTION_A}</p></div>`;
    const a = parseHtml(sitePage({ title: 'Ministers agree on closer ties', insert: box }), URL_A);
    const { article } = ok(extractArticle(a, URL_A));
    const rule = blockRule(a, article.title, 'remove', CAPTION_A)!;
    expect(rule.block.caption).toBe(true);
    const fixed = ok(extractArticle(parseHtml(redesigned(FIGURE_B), URL_B), URL_B, { rules: [rule] }));
    expect(fixed.article.text).not.toContain('The delegations arrive in Moscow');
    expect(fixed.article.text).toContain('The ministers met on Monday in Tokyo');
  });

  it('finds a caption the new template set beside its figure instead of in it', () => {
    const rule = captionRule();
    const beside = `<div class="c-embed"><div class="c-embed__pic"><figure class="c-fig"><img src="https://news.example/media/moscow-round.jpg" alt=""></figure></div><figcaption class="c-embed__cap">The delegations arrive in Moscow for the new round. Photo: Tass</figcaption></div>`;
    const b = parseHtml(redesigned(beside), URL_B);
    expect(ok(extractArticle(b, URL_B)).article.text).toContain('The delegations arrive in Moscow');
    const fixed = ok(extractArticle(parseHtml(redesigned(beside), URL_B), URL_B, { rules: [rule] }));
    expect(fixed.article.text).not.toContain('The delegations arrive in Moscow');
  });

  it('a titled box or a link with a picture (a menu’s cover of the current issue) is not a caption', () => {
    const page = parseHtml(
      `<!doctype html><html><body><h1>Talks resume</h1>
<div class="issue-box"><h6>Current issue</h6><a href="/issue/12"><img src="https://news.example/img/cover-12.jpg" alt="Cover"></a></div>
<div class="card"><a href="/2025/01/other"><img src="https://news.example/img/other.jpg" alt="">Ferry service to resume in spring</a></div>
<div class="pic-box"><img src="https://news.example/img/tokyo.jpg" alt=""><span>${CAPTION_A}</span></div></body></html>`,
      URL_B,
    );
    const headline = page.querySelector('h1');
    const caption = (selector: string) => selectorFor(page.querySelector(selector)!, headline).caption;
    expect(caption('.issue-box')).toBeUndefined();
    expect(caption('.card')).toBeUndefined();
    expect(caption('.pic-box')).toBe(true);
  });

  it('a caption with no name of its own (a <p> under its picture) takes only captions: the figure captions of another article, not its paragraphs', () => {
    const plain = `<p><img src="https://news.example/img/courtroom.jpg" alt=""><br><em>${CAPTION_A}</em></p>`;
    const a = parseHtml(sitePage({ title: 'Ministers agree on closer ties', insert: plain }), URL_A);
    const { article } = ok(extractArticle(a, URL_A));
    const rule = blockRule(a, article.title, 'remove', CAPTION_A)!;
    expect(rule.block).toMatchObject({ tag: 'p', classes: [], caption: true });
    // The same template (the same wrappers), where this article's picture has a figure and a figcaption.
    const figure = `<figure class="wp-caption"><img src="https://news.example/img/moscow.jpg" alt=""><figcaption class="wp-caption-text">The delegations arrive in Moscow for the new round.</figcaption></figure>`;
    const b = sitePage({ title: 'Talks resume in Moscow', insert: figure });
    expect(ok(extractArticle(parseHtml(b, URL_B), URL_B)).article.text).toContain('The delegations arrive in Moscow');
    const fixed = ok(extractArticle(parseHtml(b, URL_B), URL_B, { rules: [rule] }));
    expect(fixed.article.text).not.toContain('The delegations arrive in Moscow');
    expect(fixed.article.text).toContain('The ministers met on Monday in Tokyo');
    expect(fixed.fixes?.outcomes[0]).toMatchObject({ applied: true });
  });

  it('on an article that captions no picture with a <figcaption>, takes the captions written in the pictures’ boxes', () => {
    // The same template (its wrappers are there): an older article wrote captions under the picture, in its `<p>`.
    const rule = captionRule();
    const plain = (src: string, caption: string) =>
      `<p><img src="https://news.example/img/${src}.jpg" alt="" width="1169" height="568"><br><em>${caption}</em></p>`;
    const b = sitePage({
      title: 'Talks resume in Moscow',
      insert: `${plain('moscow', 'The delegations arrive in Moscow for the new round.')}<p>The talks went on late into the night.</p>${plain('kremlin', 'The Kremlin seen from the river.')}`,
    });
    const before = ok(extractArticle(parseHtml(b, URL_B), URL_B)).article.text;
    expect(before).toContain('The delegations arrive in Moscow');
    expect(before).toContain('The Kremlin seen from the river');

    const fixed = ok(extractArticle(parseHtml(b, URL_B), URL_B, { rules: [rule] }));
    expect(fixed.article.text).not.toContain('The delegations arrive in Moscow');
    expect(fixed.article.text).not.toContain('The Kremlin seen from the river');
    expect(fixed.article.text).toContain('The talks went on late into the night.');
    expect(fixed.article.text).toContain('The ministers met on Monday in Tokyo');
  });

  it('a writer’s small portrait beside their name, or a player’s icons beside its time, are not picture captions', () => {
    const rule = captionRule();
    const author = `<div class="author-card"><img src="https://news.example/img/jane.jpg" alt="" width="64" height="64"><span>Jane Doe is our Moscow correspondent.</span></div>`;
    const player = `<div class="player"><audio src="https://news.example/a.mp3"></audio><img src="https://news.example/img/play.png" alt="Listen"><span>0:00 Listen to this article</span></div>`;
    const b = sitePage({ title: 'Talks resume in Moscow', insert: `${author}${player}` });
    const before = ok(extractArticle(parseHtml(b, URL_B), URL_B)).article.text;
    expect(before).toContain('Jane Doe is our Moscow correspondent.');
    const fixed = ok(extractArticle(parseHtml(b, URL_B), URL_B, { rules: [rule] }));
    expect(fixed.article.text).toContain('Jane Doe is our Moscow correspondent.');
    expect(fixed.article.text.includes('Listen to this article')).toBe(before.includes('Listen to this article'));
    expect(fixed.fixes?.outcomes[0]).toMatchObject({ applied: false, reason: 'no-match' });
  });
});
