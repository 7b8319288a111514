import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { EN_BODY, URL, extract } from './page';

// Lede's own clean-up must not cut the article's text: these pin the cases where it did.

const JA_BODY = [
  'パレスチナ自治区ガザ地区のイスラム組織ハマスとイスラエルの停戦交渉を仲介しているカタールの外務省報道官は14日、これまでで最も合意に近づいていると語った。',
  '対立する双方ともに停戦合意の最終草案に同意しているとみられる。早期停戦を求める次期大統領の就任が20日に迫る中、停戦実現の期待が高まっている。',
  'イスラエル軍は13日もガザ地区への攻撃を続け、中東メディアによると、45人が死亡した。ガザ保健当局によると、戦闘開始以降の死者は4万6584人になった。',
];

describe('body recall', { timeout: 60_000 }, () => {
  it('keeps a CJK paragraph that ends with the reporter’s name, and drops the bare byline line', () => {
    const last =
      '一方で、イスラエル軍は13日、ガザ北部の戦闘でイスラエル兵5人が死亡したと発表した。ガザでは約100人の人質が拘束されている。【エルサレム松岡大地】';
    const a = extract({
      head: '<meta name="author" content="松岡大地">',
      header: '<h1>イスラエルとハマスの停戦「最も合意に近い」</h1>',
      body: `<p>【松岡大地】</p>${[...JA_BODY, last].map((p) => `<p>${p}</p>`).join('')}`,
    });
    expect(a.text).toContain('ガザでは約100人の人質が拘束されている。【エルサレム松岡大地】');
    expect(a.text.startsWith('パレスチナ')).toBe(true);
  });

  const LEAD =
    'Police in the district solved the burglary at the house of a local trader within two days and arrested two men.';
  const H1 = '<h1>Ministers agree on closer ties</h1>';

  it('keeps the paragraph after the lead picture in the body, not as a standfirst', () => {
    const a = extract({
      header: `${H1}<div><picture><img src="/lead.jpg"></picture></div><p>${LEAD}</p>`,
      body: EN_BODY,
    });
    expect(a.teaser).toEqual([]);
    expect(a.text.startsWith(LEAD)).toBe(true);
  });

  it('still takes a lone paragraph between headline and lead picture, or after an author thumbnail, as the standfirst', () => {
    const before = extract({
      header: `${H1}<p>${LEAD}</p><div><picture><img src="/lead.jpg"></picture></div>`,
      body: EN_BODY,
    });
    expect(before.teaser).toEqual([LEAD]);
    const avatar = extract({ header: `${H1}<div><img src="/jane.jpg" width="48"></div><p>${LEAD}</p>`, body: EN_BODY });
    expect(avatar.teaser).toEqual([LEAD]);
    expect(avatar.text).not.toContain(LEAD);
  });

  it("keeps the paragraph that opens the body's own container in the body", () => {
    const a = extract({
      header: H1,
      body: `<div class="content"><p>${LEAD}</p><div class="page">${EN_BODY}</div></div>`,
    });
    expect(a.teaser).toEqual([]);
    expect(a.text.startsWith(LEAD)).toBe(true);
  });

  it("removes the standfirst from the body's top, but keeps the article's own paragraph it was taken from", () => {
    const dek =
      'The City has an opportunity to shift from enforcement to a model that values informal trading as part of the economy.';
    const header = `${H1}<div class="standfirst"><p>${dek}</p></div>`;
    const kept = extract({
      header,
      body: `${EN_BODY}<h3>Next steps</h3><p>${dek}</p><p>There are key next steps that need to be taken.</p>`,
    });
    expect(kept.teaser).toEqual([dek]);
    expect(kept.text).toContain(`Next steps\n\n${dek}`);
    const top = extract({
      header,
      body: `<figure><img src="/lead.jpg" width="800"><figcaption>Traders in the inner city.</figcaption></figure><p>${dek}</p>${EN_BODY}`,
    });
    expect(top.text).not.toContain(dek);
  });

  it('keeps a paragraph with a long link that the CMS wrapped in its own <div>s, but not a "Read more" link line', () => {
    const wrap = (html: string): string =>
      `<div class="text-block"><div class="inner"><div class="copy">${html}</div></div></div>`;
    const linked =
      'He has also accused other member nations of <a href="/a">relying too much on the strength of the US military and its budget</a>.';
    const more =
      'Read more: <a href="/b">Nato leaders agree to raise defence spending to five percent of output by 2035</a>';
    const paragraphs = EN_BODY.split('\n').map(wrap);
    const a = extract({
      header: H1,
      body: [...paragraphs.slice(0, 2), wrap(`<p>${linked}</p>`), wrap(`<p>${more}</p>`), ...paragraphs.slice(2)].join(
        '',
      ),
    });
    expect(a.text).toContain('He has also accused other member nations of relying too much');
    expect(a.text).not.toContain('Read more');
  });
  it('keeps paragraphs a paywall marks hidden from screen readers, and drops a hidden lead of a teaser card', () => {
    const hidden =
      'That is heady, terrifying and maybe a bit of hyperbole, but the promise is a search box that decides on the fly what might help.';
    const card =
      'The city council agreed on Monday to close the harbour road for the summer after months of complaints from residents.';
    const a = extract({
      header: H1,
      body: `${EN_BODY}<p class="paywall" aria-hidden="true">${hidden}</p>${EN_BODY.replace(/<p>/g, '<p class="more">')}`,
      around: `<aside><a href="/other"><h3>Harbour road to close</h3><p aria-hidden="true">${card}</p></a></aside>`,
    });
    expect(a.text).toContain(hidden);
    expect(a.text).not.toContain(card);
  });
  it('reads an article the page keeps in an overlay hidden from screen readers, when nothing else on the page is prose', () => {
    const result = extractArticle(
      parseHtml(
        `<!DOCTYPE html><html lang="en"><head><title>Letters from the harbour</title></head><body>
<div class="banner"><a href="/news">Harbour news →</a></div><nav><a href="/">Home</a><a href="/letters">Letters</a></nav>
<div class="overlay" aria-hidden="true"><div role="dialog" aria-label="Letter"><a href="/letters" aria-label="Close">&lt;</a>
<span aria-hidden="true">Envelope icon</span>${EN_BODY}</div></div><footer>Harbour Inc.</footer></body></html>`,
        URL,
      ),
      URL,
    );
    expect(result.ok && result.article.text).toContain('The ministers met on Monday in Tokyo');
    expect(result.ok && result.article.text).not.toContain('Envelope icon');
  });
  it('keeps a paragraph whole when a link in it carries an icon hidden from screen readers', () => {
    const icon = '<svg aria-hidden="true" viewBox="0 0 32 32"><path d="M15 6c.6 0 1 .4 1 1"></path></svg>';
    const sentence = (link: string) =>
      `<div class="paragraph">The <a href="https://example.org/report">report${link}</a> by the research institute found that a tank fired two rounds at the reporters from a distance of more than a kilometre.</div>`;
    const paragraphs = (link: string) => [
      ...EN_BODY.split('\n').slice(0, 2),
      sentence(link),
      ...EN_BODY.split('\n').slice(2),
    ];
    const whole = 'The report by the research institute found that a tank fired two rounds';

    const plain = extract({ header: H1, body: paragraphs('').join('') });
    expect(plain.text.split('\n\n').some((p) => p.startsWith(whole))).toBe(true);
    const a = extract({ header: H1, body: paragraphs(icon).join('') });
    expect(a.text.split('\n\n').some((p) => p.startsWith(whole))).toBe(true);
    expect(a.content).not.toContain('<svg');
  });
  it('leaves a hidden box of prose hidden inside an article the page shows', () => {
    const box = [
      'The ferry to the island will run on the winter timetable from the first of November, with two crossings fewer each day.',
      'Tickets bought before the change stay valid, the ferry company said, and season passes are extended by one week.',
    ];
    const a = extract({
      header: H1,
      body: `${EN_BODY}<div class="drawer" aria-hidden="true">${box.map((p) => `<p>${p}</p>`).join('')}</div>`,
    });
    expect(a.text).toContain('The ministers met on Monday in Tokyo');
    expect(a.text).not.toContain('winter timetable');
  });
});
