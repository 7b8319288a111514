import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { pictureRule } from '../../../utils/fixes/make';
import { readRule } from '../../../utils/fixes/rules';
import { pictureName } from '../../../utils/fixes/picture';
import { ok, sitePage, URL_A } from './site-page';

/** A body block that is only a picture (issue 16): removed by its picture, as a text block is by its text. */

const PICTURE = (file: string, size: string) =>
  `<figure><img src="https://cdn.news.example/img/2024/${size}/${file}.jpg" alt=""></figure>`;
const site = (picture: string) => sitePage({ title: 'Ministers agree on closer ties', insert: picture });

describe('a picture-only block', () => {
  it('is named by its picture’s file, whatever size the CDN serves', () => {
    expect(pictureName('https://cdn.example/img/16-9/750/judy.jpg?w=300')).toBe('judy');
    expect(pictureName('/a/b/promo-banner_800x600.png')).toBe('promo-banner');
    expect(pictureName('https://cdn.example/1.jpg')).toBeNull();
  });

  it('is removed by a rule made from its picture, and the body keeps its text', () => {
    const a = parseHtml(site(PICTURE('subscribe-banner', '750')), URL_A);
    const plain = ok(extractArticle(a, URL_A));
    expect(plain.article.content).toContain('subscribe-banner');
    const rule = pictureRule(a, plain.article.title, 'subscribe-banner');
    expect(rule?.block).toMatchObject({ tag: 'figure', picture: 'subscribe-banner' });
    // Stored and read back as any rule is.
    expect(readRule(JSON.parse(JSON.stringify(rule)))).toEqual(rule);

    // The same picture at another size on the site's next page goes; another picture stays.
    const b = parseHtml(site(PICTURE('subscribe-banner', '1136') + PICTURE('minister-portrait', '750')), URL_A);
    const fixed = ok(extractArticle(b, URL_A, { rules: [rule!] }));
    expect(fixed.article.content).not.toContain('subscribe-banner');
    expect(fixed.article.content).toContain('minister-portrait');
    expect(fixed.article.text).toBe(ok(extractArticle(b, URL_A)).article.text);
    expect(fixed.fixes?.outcomes[0]).toMatchObject({ applied: true });
    // Three extractions: more than the default 5 s on a machine shared with other runs.
  }, 30_000);

  it('is found by a `<picture>`’s source when its `<img>` is a placeholder', () => {
    const inPicture = (file: string) =>
      `<figure><picture><source srcset="https://cdn.news.example/img/${file}.webp 800w, https://cdn.news.example/img/${file}-1600.webp 1600w">` +
      `<img src="https://cdn.news.example/img/placeholder-grey.gif" alt=""></picture></figure>`;
    const a = parseHtml(site(inPicture('subscribe-banner')), URL_A);
    const rule = pictureRule(a, 'Ministers agree on closer ties', 'subscribe-banner');
    expect(rule?.block).toMatchObject({ tag: 'figure', picture: 'subscribe-banner' });
    const b = parseHtml(site(inPicture('subscribe-banner') + PICTURE('minister-portrait', '750')), URL_A);
    const fixed = ok(extractArticle(b, URL_A, { rules: [rule!] }));
    expect(fixed.article.content).not.toContain('subscribe-banner');
    expect(fixed.article.content).toContain('minister-portrait');
  }, 30_000);

  it('gives no rule when the page has no such picture', () => {
    const a = parseHtml(site(PICTURE('subscribe-banner', '750')), URL_A);
    expect(pictureRule(a, 'Ministers agree on closer ties', 'another-picture')).toBeNull();
  });
});
