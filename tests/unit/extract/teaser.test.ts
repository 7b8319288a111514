import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { DE_BODY, EN_BODY, URL, extract } from './page';

const H1 = '<h1>Spitzentreffen in Tokio: Minister beraten</h1>';

describe('teaser', { timeout: 60_000 }, () => {
  it('turns an "A +++ B +++ C" standfirst into three bullets and removes it from the body', () => {
    const a = extract({
      header: `${H1}<div><p>Nordkorea als Bedrohung: Minister beraten +++ Stärkere Zusammenarbeit angepeilt +++ Treffen im April geplant</p></div>`,
      body: DE_BODY,
    });
    expect(a.teaser).toEqual([
      'Nordkorea als Bedrohung: Minister beraten',
      'Stärkere Zusammenarbeit angepeilt',
      'Treffen im April geplant',
    ]);
    expect(a.text).not.toContain('Stärkere Zusammenarbeit angepeilt');
  });

  it('does not turn a photo credit with +++ into a teaser', () => {
    const a = extract({ header: `${H1}<p class="img-info">Foto: dpa +++ Bildfunk +++ honorarfrei</p>`, body: DE_BODY });
    expect(a.teaser).toEqual([]);
  });

  it('does not take the caption of a lead video whose box is classed "lead" as the dek', () => {
    const video =
      '<div class="media-placeholder lead-video-placeholder"><figure class="media-item"><div class="player"></div>' +
      '<figcaption><span class="off-screen">Media caption</span> <span>Mr Obama said the talks went well</span></figcaption></figure></div>';
    const h1 = '<h1>Obama praises the talks in Tokyo</h1>';
    expect(extract({ header: `${h1}${video}`, body: EN_BODY }).teaser).toEqual([]);
    // A dek box that only also holds a captioned picture keeps its own words as the teaser.
    const dek =
      '<div class="article-lead"><p>The ministers agreed to meet again in April, after a day of talks in Tokyo.</p>' +
      '<figure><figcaption>Ministers before the talks.</figcaption></figure></div>';
    expect(extract({ header: `${h1}${dek}`, body: EN_BODY }).teaser).toEqual([
      'The ministers agreed to meet again in April, after a day of talks in Tokyo.',
    ]);
  });

  it('does not take a news ticker in the sidebar', () => {
    const a = extract({
      header: H1,
      body: DE_BODY,
      around:
        '<aside class="ticker"><p>Eilmeldung: Zug entgleist +++ Wahl in Hessen +++ Börse schließt fester</p></aside>',
    });
    expect(a.teaser).toEqual([]);
  });

  it('reads a labelled list of key points without the label', () => {
    const a = extract({
      header: `${H1}<h2>In Kürze:</h2><ul><li>Die Minister beraten über Sicherheit.</li><li>Ein Gipfel ist für April geplant.</li></ul>`,
      body: DE_BODY,
    });
    expect(a.teaser).toEqual(['Die Minister beraten über Sicherheit.', 'Ein Gipfel ist für April geplant.']);
    expect(a.text).not.toContain('In Kürze');
    expect(a.text).not.toContain('Ein Gipfel ist für April geplant.');
  });

  it('reads a standfirst wrapper paragraph by paragraph, leaving out the byline and the caption it also holds', () => {
    const dek = 'Fishermen fear that changes in the ocean are behind the spike in whale strandings this year.';
    const a = extract({
      header:
        '<h1>Tribes fearful over whale strandings</h1>' +
        `<div class="content__standfirst"><p>${dek}</p><p>by <a rel="author" href="/profile/ana-ruiz">Ana Ruiz</a> (reporting) and Ben Cole (photography)</p>` +
        '<figcaption>Main image: a whale expert on the beach. Photograph: Ben Cole for the Daily</figcaption></div>',
      body: EN_BODY,
    });
    expect(a.teaser).toEqual([dek]);
    expect(a.text).not.toContain('spike in whale strandings');
  });

  it('leaves out an image description that shares the intro wrapper with the standfirst', () => {
    const dek = 'Alles wird teurer, nur nicht der Nahverkehr: Mehr als 120.000 Tickets sind schon verkauft worden.';
    const a = extract({
      header:
        `${H1}<div class="article-intro"><div class="image-description"><p>Los geht es: Von Montag an für 49 Euro im Monat.</p></div>` +
        `<p>Der Zug fährt ein, die Pendler steigen ein. Bild: Maximilian Kahl</p><p class="intro-text">${dek}</p></div>`,
      body: DE_BODY,
    });
    expect(a.teaser).toEqual([dek]);
  });

  it('reads key points set as lines with <br> as one bullet per line, when the description repeats them', () => {
    const lines = [
      '이재명 제21대 대통령선거 당선자',
      '가난에 공장에서 일한 소년공',
      '제때 치료받지 못해 장애판정도',
      '정치 입문 후 두 번의 대선 거쳐 대통령 당선',
    ];
    const a = extract({
      head: `<meta property="og:description" content="${lines.join(' ')}">`,
      header: `<h1>흙수저 소년공이 쏘아올린 정치 신화</h1><div class="mid_title"><div class="text">${lines.join('<br/>')}</div></div>`,
      body: EN_BODY,
    });
    expect(a.teaser).toEqual(lines);
  });

  it('keeps a standfirst whose sentence wraps with <br> as one text, with a space at the break', () => {
    const a = extract({
      head: '<meta name="description" content="The two governments want to end decades of mistrust, and a summit in April could seal the deal.">',
      header:
        '<h1>Ministers agree on closer ties</h1><div class="top"><span>The two governments want to end decades of mistrust,<br>and a summit in April could seal the deal.</span></div>',
      body: EN_BODY,
    });
    expect(a.teaser).toEqual([
      'The two governments want to end decades of mistrust, and a summit in April could seal the deal.',
    ]);
  });

  it('takes a long summary set as the subtitle when the description repeats it, and only then', () => {
    // A round-up's summary: one sentence per district, over 700 characters in all.
    const summary = [
      'Fires broke out in seven districts on Wednesday, from the coast to the central plateau.',
      'In the first district a forest fire was fought from the air and from the ground until the evening.',
      'In the second a field fire spread to the woods, and firefighters worked through the night to stop it.',
      'In the third two hectares of scrub burned before the fire was put out by the local brigade.',
      'In the fourth dry grass set alight in a garden spread to a field of wheat, and thirty acres were lost.',
      'In the fifth a fire in a grove near the town centre was put out within an hour.',
      'In the sixth and seventh, fires on open land were put out by firefighters before they reached any houses.',
      'No one was hurt, the ministry said in the evening.',
    ].join(' ');
    const header = `<h1>Forest fires across the country</h1><h2>${summary}</h2>`;
    const described = extract({ head: `<meta name="description" content="${summary}">`, header, body: EN_BODY });
    expect(summary.length).toBeGreaterThan(700);
    expect(described.teaser).toEqual([summary]);
    expect(extract({ header, body: EN_BODY }).teaser).toEqual([]);
  });

  it('keeps a standfirst of full sentences set on two lines as one bullet', () => {
    const first = 'Older workers are often considered less efficient and not open to change.';
    const second = 'Is that true, or do we have to change our attitude?';
    const a = extract({
      head: `<meta name="description" content="${first} ${second}">`,
      header: `<h1>Older workers at the office</h1><div class="top"><span>${first}<br>${second}</span></div>`,
      body: EN_BODY,
    });
    expect(a.teaser).toEqual([`${first} ${second}`]);
  });

  it('keeps every sentence paragraph of a standfirst wrapper as its own bullet', () => {
    const first = 'The two governments want to end decades of mistrust, and a summit in April could seal the deal.';
    const second = 'Opposition parties in both countries say the talks move too fast and ask for a vote first.';
    const a = extract({
      header: `<h1>Ministers agree on closer ties</h1><div class="standfirst"><p>${first}</p><p>${second}</p></div>`,
      body: EN_BODY,
    });
    expect(a.teaser).toEqual([first, second]);
  });

  it('reads a standfirst marked by its class as one bullet', () => {
    const dek = 'The two governments want to end decades of mistrust, and a summit in April could seal the deal.';
    const a = extract({ header: `<h1>Ministers agree on closer ties</h1><p class="article-standfirst">${dek}</p>` });
    expect(a.teaser).toEqual([dek]);
    expect(a.text).not.toContain('decades of mistrust');
  });

  it('reads a marked standfirst that sits with the body paragraphs, and removes it from the body', () => {
    const dek = 'The two governments want to end decades of mistrust, and a summit in April could seal the deal.';
    const a = extract({
      header: '<h1>Ministers agree on closer ties</h1>',
      body: `<p class="intro">${dek}</p>${EN_BODY}`,
    });
    expect(a.teaser).toEqual([dek]);
    expect(a.text).not.toContain('decades of mistrust');
  });

  it('reads a preamble or ingress (Nordic CMS names) inside a header "stage" as the standfirst', () => {
    const dek = 'The two governments want to end decades of mistrust, and a summit in April could seal the deal.';
    for (const cls of ['article__preamble', 'article-ingress']) {
      const a = extract({
        header: `<div class="article-stage"><h1>Ministers agree on closer ties</h1><div class="${cls}">${dek}</div></div>`,
      });
      expect(a.teaser).toEqual([dek]);
    }
  });

  it('finds the standfirst whatever the classes of the containers it shares with the headline', () => {
    const dek = 'The two governments want to end decades of mistrust, and a summit in April could seal the deal.';
    const a = extract({
      header: `<div class="layout--with-sidebar gallery-enabled"><h1>Ministers agree on closer ties</h1><p class="story__subhead">${dek}</p></div>`,
    });
    expect(a.teaser).toEqual([dek]);
  });

  it('reads a dek named in a CSS-in-JS class, or set as a heading inside its wrapper', () => {
    const dek = 'The two governments want to end decades of mistrust, and a summit in April could seal the deal.';
    const a = extract({
      header: `<h1>Ministers agree on closer ties</h1><div class="ContentHeaderAccreditation-gS1"><div class="ContentHeaderDek-uWfLh">${dek}</div></div>`,
    });
    expect(a.teaser).toEqual([dek]);
    const b = extract({
      header: `<h1>Ministers agree on closer ties</h1><div class="article__deck"><h2>${dek}</h2></div>`,
    });
    expect(b.teaser).toEqual([dek]);
  });

  it('reads a CJK summary, which has no spaces between words', () => {
    const dek = '阪南大学は3月4日、同学の専任教員が学生情報等を保存したUSBメモリを紛失したことが判明したと発表した。';
    const a = extract({ header: `<h1>USBメモリを電車内で紛失の可能性</h1><p class="arti-summary">${dek}</p>` });
    expect(a.teaser).toEqual([dek]);
  });

  it('does not take a related-story card, even in a wrapper named like a dek', () => {
    const a = extract({
      header:
        '<h1>Ministers agree on closer ties</h1><div class="article__deck"><h2>Earlier: talks failed</h2><p>The last round of talks ended after one day without any agreement at all.</p></div>',
    });
    expect(a.teaser).toEqual([]);
  });

  it('never runs the headline into the teaser, and takes no copyright line', () => {
    const lead = 'The two governments want to end decades of mistrust, and a summit in April could seal the deal.';
    const a = extract({ header: `<div class="intro"><h1>Ministers agree on closer ties</h1><p>${lead}</p></div>` });
    expect(a.teaser).toEqual([lead]);
    const b = extract({
      header:
        '<h1>Ministers agree on closer ties</h1><p class="summary">© 2019 Daily Example Media. All rights reserved. All trademarks are properties of their owners.</p>',
    });
    expect(b.teaser).toEqual([]);
    const c = extract({
      header:
        '<h1>Ministers agree on closer ties</h1><p class="intro">Last updated on 2 April 2019 by the Security Centre of the Agency</p>',
    });
    expect(c.teaser).toEqual([]);
  });

  it('finds where a CJK body starts, so nothing after it is taken for a standfirst', () => {
    const body = [
      '東京で両国の外相と防衛相が会談し、長年の課題である安全保障分野での協力強化について意見を交わした。',
      '会談では四月に予定されている首脳会談の準備についても話し合われ、双方は複数の点で前進があったと述べた。',
      '北の核・ミサイル開発への対応が中心議題となり、両政府は国連の枠組みを通じた解決を目指すことで一致した。',
      '次回の協議は秋にモスクワで開かれる予定で、議会の夏季休会の後に日程が調整されるという。',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
    const note =
      '<div class="note"><p>本記事は、提携先の英語版サイトで先に掲載した記事を翻訳・編集したものです。</p></div>';
    const a = extract({ header: '<h1>日露外相会談、安保協力で一致</h1>', body: body + note, htmlAttrs: 'lang="ja"' });
    expect(a.teaser).toEqual([]);
  });

  it('does not take a dek-like block inside the tags box', () => {
    const dek = 'The two governments want to end decades of mistrust, and a summit in April could seal the deal.';
    const a = extract({
      header: `<h1>Ministers agree on closer ties</h1><div class="article-tags"><p class="summary">${dek}</p></div>`,
    });
    expect(a.teaser).toEqual([]);
  });

  it("ignores a meta description that differs from the page's lead", () => {
    const a = extract({
      head: '<meta name="description" content="Read the latest news about politics, business and culture on Daily Example.">',
      header: '<h1>Ministers agree on closer ties</h1>',
    });
    expect(a.teaser).toEqual([]);
  });

  it("uses the page's text when the meta description matches a lead printed above the body", () => {
    const lead = 'The two governments want to end decades of mistrust, and a summit in April could seal the deal.';
    const a = extract({
      head: `<meta name="description" content="${lead}">`,
      header: `<h1>Ministers agree on closer ties</h1><div class="x1"><span>${lead}</span></div>`,
    });
    expect(a.teaser).toEqual([lead]);
  });

  it('takes a bold first paragraph as the teaser when the meta description repeats it', () => {
    const lead =
      'Nach 42 Sitzungen hat der Ausschuss die Beweisaufnahme beendet und zwei Minister sind zurückgetreten.';
    const a = extract({
      head: `<meta name="description" content="${lead}">`,
      header: H1,
      body: `<p><strong>${lead}</strong></p>${DE_BODY}`,
    });
    expect(a.teaser).toEqual([lead]);
    expect(a.text).not.toContain('Nach 42 Sitzungen');
  });

  it('keeps a bold first paragraph in the body when the description says something else', () => {
    const lead =
      'Nach 42 Sitzungen hat der Ausschuss die Beweisaufnahme beendet und zwei Minister sind zurückgetreten.';
    const a = extract({
      head: '<meta name="description" content="Aktuelle Nachrichten aus Politik, Wirtschaft und Sport.">',
      header: H1,
      body: `<p><strong>${lead}</strong></p>${DE_BODY}`,
    });
    expect(a.teaser).toEqual([]);
    expect(a.text).toContain('Nach 42 Sitzungen');
  });

  it('leaves a normal first body paragraph in the body', () => {
    const a = extract({ header: '<h1>Ministers agree on closer ties</h1>' });
    expect(a.teaser).toEqual([]);
    expect(a.text).toMatch(/^The ministers met on Monday/);
  });
  it('takes a lead made bold by its class (bold, font-bold), and one after a dateline, when a description repeats it', () => {
    const lead =
      'Nach 42 Sitzungen hat der Ausschuss die Beweisaufnahme beendet und zwei Minister sind zurückgetreten.';
    for (const p of [
      `<p class="bold">${lead}</p>`,
      `<p class="font-bold text-18">${lead}</p>`,
      `<p class="text-50"><em>Neuss</em> · <strong>${lead}</strong></p>`,
    ]) {
      const a = extract({ head: `<meta property="og:description" content="${lead}">`, header: H1, body: p + DE_BODY });
      expect(a.teaser).toEqual([lead]);
      expect(a.text).not.toContain('Nach 42 Sitzungen');
    }
  });

  it('keeps a first paragraph not set in bold in the body, even when the description repeats it', () => {
    const lead =
      'Nach 42 Sitzungen hat der Ausschuss die Beweisaufnahme beendet und zwei Minister sind zurückgetreten.';
    const a = extract({
      head: `<meta property="og:description" content="${lead}">`,
      header: H1,
      body: `<p class="boldly-going">${lead}</p>${DE_BODY}`,
    });
    expect(a.teaser).toEqual([]);
  });

  it('takes a lead styled apart by a class no body paragraph shares, when the description repeats it whole', () => {
    const lead =
      'Nach 42 Sitzungen hat der Ausschuss die Beweisaufnahme beendet und zwei Minister sind zurückgetreten.';
    // Class names as a CSS-in-JS build emits them: nothing in them says "lead" or "bold".
    const body = DE_BODY.replaceAll('<p>', '<p class="sc-a81f2">');
    const page = (description: string) =>
      extract({
        head: `<meta property="og:description" content="${description}">`,
        header: H1,
        body: `<p class="sc-9c4e0">${lead}</p>${body}`,
      });
    const styled = page(lead);
    expect(styled.teaser).toEqual([lead]);
    expect(styled.text).not.toContain('Nach 42 Sitzungen');
    // An excerpt the CMS cut from the opening paragraph says nothing about how it is set.
    const cut = page('Nach 42 Sitzungen hat der Ausschuss die Beweisaufnahme beendet und zwei Minister …');
    expect(cut.teaser).toEqual([]);
    expect(cut.text).toContain('Nach 42 Sitzungen');
  });

  it('takes a sentence set under the headline, in a header apart from the body, as the dek', () => {
    const dek = 'Strong storms are possible across the central states on both Friday and Saturday';
    // Class names that say nothing, and a description the CMS wrote on its own.
    const header = (subheading: string) =>
      `<header class="k3"><div class="k4"><h1>Storms threaten the central states</h1></div>` +
      `<div><h2 class="k5">${subheading}</h2></div><div class="k6">By Jane Doe</div></header>`;
    const head = '<meta name="description" content="Cities that could be hit include Dallas and Tulsa.">';
    const a = extract({ head, header: header(dek), body: EN_BODY });
    expect(a.teaser).toEqual([dek]);
    expect(a.text).not.toContain('Strong storms are possible');
    // Set as a plain paragraph instead, it is the dek all the same.
    const paragraph = header(dek).replace('<h2 class="k5">', '<p class="k5">').replace('</h2>', '</p>');
    expect(extract({ head, header: paragraph, body: EN_BODY }).teaser).toEqual([dek]);
    // A short label set the same way is no standfirst, nor a line that introduces what follows.
    expect(extract({ head, header: header('Weather news'), body: EN_BODY }).teaser).toEqual([]);
    const intro = 'Here is the forecast for the central states on Friday and Saturday:';
    expect(extract({ head, header: header(intro), body: EN_BODY }).teaser).toEqual([]);
    // Where the headline's container also holds the body, a subheading under it opens the body's first section.
    const section = extract({
      head,
      header: `<h1>Storms threaten the central states</h1><h2>${dek}</h2>`,
      body: EN_BODY,
    });
    expect(section.teaser).toEqual([]);
  });

  it('takes a short bold lead the description repeats word for word, but not a name in capitals', () => {
    const a = extract({
      head: '<meta name="description" content="A preventable crisis.">',
      header: '<h1>Ministers agree on closer ties</h1>',
      body: `<p><strong>A preventable crisis.</strong></p>${EN_BODY}`,
    });
    expect(a.teaser).toEqual(['A preventable crisis.']);
    const b = extract({
      head: '<meta name="description" content="MTHOBISI SITHOLE">',
      header: '<h1>Ministers agree on closer ties</h1>',
      body: `<p><strong>MTHOBISI SITHOLE</strong></p>${EN_BODY}`,
    });
    expect(b.teaser).toEqual([]);
  });

  it('matches a description that lost a drop-cap letter or was cut short', () => {
    const lead =
      'Environmentalists have strongly cautioned against a proposed plan to build a pipeline along the coast.';
    const a = extract({
      head: `<meta name="description" content="${lead.slice(1)}">`,
      header: '<h1>Pipeline flagged</h1>',
      body: `<p><strong>${lead}</strong></p>${EN_BODY}`,
    });
    expect(a.teaser).toEqual([lead]);
    const b = extract({
      head: `<meta name="description" content="${lead.slice(0, 80)}...">`,
      header: '<h1>Pipeline flagged</h1>',
      body: `<p><strong>${lead}</strong></p>${EN_BODY}`,
    });
    expect(b.teaser).toEqual([lead]);
  });

  it('takes the <h2> right after the headline when a description repeats it, and leaves a section heading alone', () => {
    const sub = 'Parallel to the official summit, activists from twelve countries met in Nairobi for a counter-summit';
    const a = extract({
      head: `<meta name="twitter:description" content="${sub}">`,
      header: `<h1>Nairobi from below</h1><h2>${sub}</h2>`,
    });
    expect(a.teaser).toEqual([sub]);
    const b = extract({
      head: '<meta name="description" content="Read the latest news on Daily Example.">',
      header: `<h1>Nairobi from below</h1><h2>${sub}</h2>`,
    });
    expect(b.teaser).toEqual([]);
  });

  it('reads a one-line strapline the description repeats, even inside a byline wrapper', () => {
    const a = extract({
      head: '<meta name="description" content="A big shift, but with some wiggle room">',
      header:
        '<header><h1>Search gets a makeover</h1><div class="byline-social"><span>By Lance Example</span><p class="strapline">A big shift, but with some wiggle room</p></div></header>',
    });
    expect(a.teaser).toEqual(['A big shift, but with some wiggle room']);
    const b = extract({
      header:
        '<header><h1>Search gets a makeover</h1><div class="byline-social"><p class="strapline">A big shift, but with some wiggle room</p></div></header>',
    });
    expect(b.teaser).toEqual([]);
  });

  it('reads a dek marked on a web component (custom element)', () => {
    const dek = 'The two governments want to end decades of mistrust, and a summit in April could seal the deal.';
    const a = extract({
      header: `<h1>Ministers agree on closer ties</h1><storefront-html class="excerpt"><div>${dek}</div></storefront-html>`,
    });
    expect(a.teaser).toEqual([dek]);
  });

  it("takes no paragraph inside a link (another story's card), and no wire-service staff credit", () => {
    const a = extract({
      header:
        '<h1>Ministers agree on closer ties</h1><div><a href="/other"><p><strong>Auto news:</strong> Jeep recall in Australia as wheels could fall off the new models</p></a></div>',
    });
    expect(a.teaser).toEqual([]);
    const b = extract({
      header:
        '<h1>Ministers agree on closer ties</h1><p>Reporting by Maya Example in Beirut and David Example in London; Editing by Daniel Example</p>',
    });
    expect(b.teaser).toEqual([]);
  });

  it('reads the standfirst after the printed <h1> when the headline came from metadata that no <h1> equals', () => {
    const dek =
      'Beim Fleischkonsum gehört Thüringen zu den Spitzenreitern, doch geschlachtet werden immer weniger Tiere.';
    // No <article> or <main>: only the printed <h1> says where the header starts.
    const html = `<html><head><meta property="og:title" content="Ist die Thüringer Bratwurst eine Illusion?"></head><body>
      <div class="breadcrumb"><h1>Startseite</h1></div><div class="box"><h1>Schlachtbetriebe: Warum immer weniger geschlachtet wird</h1>
      <p class="einleitung">${dek}</p><div class="text">${DE_BODY}</div></div></body></html>`;
    const result = extractArticle(parseHtml(html, URL), URL);
    expect(result.ok && result.article.teaser).toEqual([dek]);
  });
  it('reads a marked standfirst above a body whose every paragraph has a wrapper of its own', () => {
    const lead =
      'Both governments want closer ties, but the summit in April still has to settle the dispute over the islands.';
    const wrapped = EN_BODY.split('\n')
      .map((p) => `<div class="text-block">${p}</div>`)
      .join('');
    const a = extract({
      header: `<h1>Ministers agree on closer ties</h1><div class="article-lead"><p>${lead}</p></div>`,
      body: wrapped,
    });
    expect(a.teaser).toEqual([lead]);
    expect(a.text.startsWith('The ministers met on Monday')).toBe(true);

    // The same body without a standfirst: its first paragraph stays the body's first.
    const plain = extract({ header: '<h1>Ministers agree on closer ties</h1>', body: wrapped });
    expect(plain.teaser).toEqual([]);
    expect(plain.text.startsWith('The ministers met on Monday')).toBe(true);
  });

  it('prefers the block the description repeats over a lone paragraph above the body', () => {
    const lead =
      'On over 100 pages the central bank has analysed the collapse of the bank and found failings in its supervision.';
    const first =
      'The central bank admitted on Friday that its supervisors had failed to act on warnings about the lender for years.';
    const header = `<h1>Ministers agree on closer ties</h1><div class="rich-text">${lead}</div><div><p>${first}</p></div>`;
    const a = extract({
      head: `<meta property="og:description" content="${lead.slice(0, 85)}..."><meta name="description" content="${lead}">`,
      header,
    });
    expect(a.teaser).toEqual([lead]);
    expect(a.text).toContain('supervisors had failed');
  });

  it('does not promote a plain opening line because a description cut from it ("…") repeats it', () => {
    const first =
      'For nearly two decades, journalists, police detectives and lawyers have pried into the world of the financier.';
    const a = extract({
      head: `<meta name="description" content="${first.slice(0, 80)} ...">`,
      header: `<h1>Ministers agree on closer ties</h1><div><span>${first}</span></div>`,
    });
    expect(a.teaser).toEqual([]);
  });

  it('keeps a standfirst that ends with its author when the description repeats it, but not a byline', () => {
    const lead = 'We Stuttgart people can do everything, just not slowly! A comment by Jan Sellner';
    const head = `<meta name="author" content="Jan Sellner"><meta name="description" content="${lead}">`;
    const a = extract({ head, header: `<h1>City of superlatives</h1><div class="fs-4"><span>${lead}</span></div>` });
    expect(a.teaser).toEqual([lead]);
    const byline = 'Jan Sellner, chief reporter, Stuttgart desk';
    const b = extract({
      head: `<meta name="author" content="Jan Sellner"><meta name="description" content="${byline}">`,
      header: `<h1>City of superlatives</h1><div class="fs-4"><span>${byline}</span></div>`,
    });
    expect(b.teaser).toEqual([]);
  });
});
