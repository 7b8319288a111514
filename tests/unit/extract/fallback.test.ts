import { describe, expect, it } from 'vitest';
import { EN_BODY, extract } from './page';

const LONG =
  'The council voted on Tuesday evening to close the old harbour bridge to cars from next spring, after engineers found cracks in two of its supporting piers.';

/** Paragraphs as the items of a list, under a newsletter call in the same box. */
const listed = (paragraphs: string): string =>
  `<div><p>Sign up for our newsletter</p><ul>${paragraphs.replace(/<(\/?)p>/g, '<$1li>')}${paragraphs.replace(/<p>/g, '<li>Also, ').replace(/<\/p>/g, '</li>')}</ul></div>`;

describe("fallback to Readability's body", { timeout: 60_000 }, () => {
  it('shows the whole article when a call to act heads the box that holds it', () => {
    // A newsletter call heads the box that holds the article set as a list: Lede's promo cleanup
    // would take the box, and the article with it, leaving the first paragraph alone.
    const a = extract({
      header: '<h1>Harbour bridge to close to cars</h1>',
      body: `<p>${LONG}</p>${listed(EN_BODY)}`,
    });
    expect(a.text).toContain(LONG);
    expect(a.text).toContain('Officials said that the meeting had been friendly');
  });

  it('counts Japanese text by characters, so a collapsed Japanese body is restored too', () => {
    const ja = [
      '市議会は火曜日の夜、古い港の橋を来年の春から車両通行止めにすることを決めた。技術者が橋を支える二本の橋脚にひびを見つけたためだ。',
      '市によると、歩行者と自転車は引き続き橋を渡ることができる。車は南側の新しい橋に迂回することになり、通勤時間は十分ほど長くなる見込みだ。',
      '修理には少なくとも三年かかり、費用は約四十億円と見積もられている。市長は記者会見で、安全を最優先に考えた判断だと説明した。',
      '地元の商店街からは、客足が遠のくことを心配する声が上がっている。市は来月、住民向けの説明会を開く予定だという。',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
    const a = extract({
      htmlAttrs: 'lang="ja"',
      header: '<h1>港の橋、来春から車両通行止めに</h1>',
      body: `<p>${LONG}</p>${listed(ja)}`,
    });
    expect(a.text).toContain('地元の商店街からは');
  });

  it('leaves a body alone whose cleanup only took a subscription box, and never repeats the headline', () => {
    const a = extract({
      header: '<h1>Harbour bridge to close to cars</h1>',
      body: `<h2>Harbour bridge to close to cars</h2>${EN_BODY}<div><p>Subscribe now</p><ul><li>All articles</li><li>No ads</li></ul></div>`,
    });
    expect(a.text).not.toContain('Subscribe now');
    expect(a.text).not.toContain('Harbour bridge to close to cars');
  });

  it('drops the repeated headline from the body it falls back to', () => {
    const a = extract({
      header: '<h1>Harbour bridge to close to cars</h1>',
      body: `<h2>Harbour bridge to close to cars</h2><p>${LONG}</p>${listed(EN_BODY)}`,
    });
    expect(a.text).toContain('Officials said that the meeting had been friendly');
    expect(a.text.startsWith(LONG)).toBe(true);
  });
});
