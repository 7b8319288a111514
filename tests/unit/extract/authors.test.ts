import { describe, expect, it } from 'vitest';
import { names, splitByline } from '../../../utils/extract/byline-text';

const PAGE = { trusted: false };
const META = { trusted: true };
import { EN_BODY, URL, extract, page } from './page';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';

describe('authors from byline text', { timeout: 60_000 }, () => {
  it('splits "By A and B" into two people', () => {
    expect(splitByline('By Jane Doe and John Smith', PAGE)).toEqual(['Jane Doe', 'John Smith']);
  });
  it('splits German, French and Spanish conjunctions, commas and ampersands', () => {
    expect(splitByline('Von Anna Berg und Max Muster', PAGE)).toEqual(['Anna Berg', 'Max Muster']);
    expect(splitByline('Par Marie Dupont et Luc Martin', PAGE)).toEqual(['Marie Dupont', 'Luc Martin']);
    expect(splitByline('Por Ana García y Luis Pérez', PAGE)).toEqual(['Ana García', 'Luis Pérez']);
    expect(splitByline('Anna Berg, Max Muster & Eva Klein', PAGE)).toEqual(['Anna Berg', 'Max Muster', 'Eva Klein']);
  });
  it('drops a role, a date, an agency and an e-mail glued to the name', () => {
    expect(splitByline('Hannah Janz, Korrespondentin', PAGE)).toEqual(['Hannah Janz']);
    expect(splitByline('Hannah Janz | 21.03.2017', PAGE)).toEqual(['Hannah Janz']);
    expect(splitByline('Hannah Janz/dpa', PAGE)).toEqual(['Hannah Janz']);
    expect(splitByline('Text: Hannah Janz (hannah.janz@example.com)', PAGE)).toEqual(['Hannah Janz']);
    expect(splitByline('Von unserem Korrespondenten Max Muster', PAGE)).toEqual(['Max Muster']);
  });
  it("keeps an agency credited beside the people, and strips the writer's initials in brackets", () => {
    expect(splitByline('Reuters, Thorsten Kramer', PAGE)).toEqual(['Reuters', 'Thorsten Kramer']);
    expect(splitByline('Von Anna Muster, dpa', PAGE)).toEqual(['Anna Muster', 'dpa']);
    expect(splitByline('By Jane Doe and AFP', PAGE)).toEqual(['Jane Doe', 'AFP']);
    expect(splitByline('Anna Muster (dpa)', PAGE)).toEqual(['Anna Muster', 'dpa']);
    expect(splitByline('Anna Muster (amu)', PAGE)).toEqual(['Anna Muster']);
    expect(splitByline('Von Anna Muster und Max Beispiel (mb)', PAGE)).toEqual(['Anna Muster', 'Max Beispiel']);
    expect(names(['Anna Muster (amu)'], '', META)).toEqual(['Anna Muster']);
  });
  it('keeps an organisation with an ampersand whole instead of splitting off a lone word', () => {
    expect(splitByline('Mac & i', META)).toEqual(['Mac & i']);
  });
  it('strips a "By" glued to the name, but not the start of a name', () => {
    expect(splitByline('ByTravis Haney', PAGE)).toEqual(['Travis Haney']);
    expect(splitByline('Byby JOSH HASKELL', PAGE)).toEqual(['JOSH HASKELL']);
    expect(splitByline('Byron Smith', PAGE)).toEqual(['Byron Smith']);
  });
  it('takes the names after a label up to the first other word, and only the labelled part', () => {
    expect(splitByline('Written by Michael Larabel in Valve on 1 June 2019', PAGE)).toEqual(['Michael Larabel']);
    expect(splitByline('By Joe Davidson | Washington Post | Dec 13, 2016', PAGE)).toEqual(['Joe Davidson']);
    expect(splitByline('By Jane Doe Staff Writer', PAGE)).toEqual(['Jane Doe']);
    expect(splitByline('By Jane Doe Dec 13, 2016', PAGE)).toEqual(['Jane Doe']);
    // Without a label every name-shaped part counts, as before.
    expect(splitByline('Jane Doe | John Smith', PAGE)).toEqual(['Jane Doe', 'John Smith']);
  });
  it('keeps an all-capitals byline, but drops an acronym beside a mixed-case name', () => {
    expect(splitByline('By KATE DAVIDSON', PAGE)).toEqual(['KATE DAVIDSON']);
    expect(splitByline('Byby JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL', PAGE)).toEqual([
      'JOSH HASKELL',
      'DAVID CAPLAN',
      'PATRICK REEVELL',
    ]);
    expect(splitByline('von David Straub, MDR THÜRINGEN', PAGE)).toEqual(['David Straub']);
    // A surname in capitals after a given name is the name; an acronym there is not.
    expect(splitByline('Von: Bill MCCARTHY, Marisha GOLDHAMER', PAGE)).toEqual(['Bill MCCARTHY', 'Marisha GOLDHAMER']);
    expect(splitByline('Von Anna Berg, Jan Kolb MDR', PAGE)).toEqual(['Anna Berg']);
  });
  it('turns "Surname, First" in metadata around, but not two full names', () => {
    expect(splitByline('Gillman, Steve', META)).toEqual(['Gillman', 'Steve']);
    expect(names(['Gillman, Steve'], '', META)).toEqual(['Steve Gillman']);
    expect(names(['Anna Berg, Max Muster'], '', META)).toEqual(['Anna Berg', 'Max Muster']);
    expect(names(['dpa, AFP'], '', META)).toEqual(['dpa', 'AFP']);
  });
  it('accepts a CJK name only from a byline element that holds nothing else', () => {
    expect(splitByline('松村太郎', { trusted: false, cjk: true })).toEqual(['松村太郎']);
    expect(splitByline('松村太郎', PAGE)).toEqual([]);
    expect(splitByline('渡辺洋介 | 東京社会部 | 専門・関心分野', { trusted: false, cjk: true })).toEqual([]);
    expect(splitByline('投稿者 根岸征史', PAGE)).toEqual(['根岸征史']);
  });
  it('gives nothing for junk rather than a wrong name', () => {
    expect(splitByline('View All', PAGE)).toEqual([]);
    expect(splitByline('Teilen', PAGE)).toEqual([]);
    expect(splitByline('Updated 21 March 2017, 09:30', PAGE)).toEqual([]);
    expect(splitByline('https://news.example/author/jane', PAGE)).toEqual([]);
  });
});

describe('authors on a page', { timeout: 60_000 }, () => {
  it('reads JSON-LD authors: arrays, objects, strings and @id references in @graph', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'X', author: [{ '@id': '#jane' }, 'John Smith'] },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
      ],
    };
    const a = extract({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` });
    expect(a.authors).toEqual(['Jane Doe', 'John Smith']);
  });

  it('ignores article:author when it is a profile URL and reads the byline instead', () => {
    const a = extract({
      head: '<meta property="article:author" content="https://facebook.com/janedoe">',
      header: '<h1>Title of the story</h1><p class="byline">By Jane Doe and John Smith</p>',
    });
    expect(a.authors).toEqual(['Jane Doe', 'John Smith']);
  });

  it('drops the publisher named in meta author when another tag names the writer, not when it is the only one', () => {
    const head =
      '<meta name="author" content="Condé Nast"><meta name="copyright" content="Copyright (c) Condé Nast 2022">';
    expect(extract({ head: `${head}<meta property="article:author" content="Alex Hutchinson">` }).authors).toEqual([
      'Alex Hutchinson',
    ]);
    const blog = '<meta name="author" content="Jane Doe"><meta name="copyright" content="© Jane Doe 2020">';
    expect(extract({ head: blog }).authors).toEqual(['Jane Doe']);
  });

  it('reports a name printed twice (avatar alt and link text) once', () => {
    const a = extract({
      header:
        '<h1>Title of the story</h1><div><a href="/author/jane-doe/"><img src="/a.jpg" alt="Jane Doe"></a> <a href="/author/jane-doe/">Jane Doe</a></div>',
    });
    expect(a.authors).toEqual(['Jane Doe']);
  });

  it('prefers the person in the visible byline to an organisation byline that is the site name', () => {
    const a = extract({
      head: '<meta property="og:site_name" content="Daily Example"><meta name="author" content="Daily Example">',
      header: '<h1>Title of the story</h1><p class="byline">By Jane Doe</p>',
    });
    expect(a.authors).toEqual(['Jane Doe']);
  });

  it('prefers the person in the visible byline to a JSON-LD Organization author', () => {
    const ld = {
      '@type': 'NewsArticle',
      headline: 'Title of the story',
      author: { '@type': 'NewsMediaOrganization', name: 'Example Wire' },
    };
    const a = extract({
      head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      header: '<h1>Title of the story</h1><p class="byline">Von Anna Berg</p>',
    });
    expect(a.authors).toEqual(['Anna Berg']);
  });

  it('names the organisation only when the page names no person', () => {
    const a = extract({
      head: '<meta property="og:site_name" content="Daily Example"><meta name="author" content="Daily Example">',
    });
    expect(a.authors).toEqual(['Daily Example']);
    const ld = {
      '@type': 'NewsArticle',
      headline: 'Title of the story',
      author: { '@type': 'Organization', name: 'Example Wire' },
    };
    expect(extract({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }).authors).toEqual([
      'Example Wire',
    ]);
  });

  it('does not take the photographer a picture caption under the headline credits ("Photo by …")', () => {
    const figure =
      '<figure><img src="https://news.example/img/plot.png" alt=""><figcaption>A plot of the data<br>' +
      '<small>Photo by <a href="https://unsplash.com/@ricardo">Ricardo Gomez</a></small></figcaption></figure>';
    expect(extract({ header: `<h1>Title of the story</h1>${figure}` }).authors).toEqual([]);
    expect(
      extract({ header: `<h1>Title of the story</h1>${figure}<p class="byline">By Jane Doe</p>` }).authors,
    ).toEqual(['Jane Doe']);
  });

  it('finds a "By" line that follows a long wire-photo caption under the headline', () => {
    const caption = 'The rocket lifts off from the launch pad at dawn, watched by a crowd on the beach. '.repeat(14);
    const a = extract({
      header: `<h1>Title of the story</h1><figure><img src="/a.jpg" alt=""></figure><figcaption>${caption}</figcaption><div>By <span>Jane Doe</span></div>`,
    });
    expect(a.authors).toEqual(['Jane Doe']);
  });

  it('takes the byline under the headline, not the author list of a sidebar before it', () => {
    const a = extract({
      header:
        '<div class="most-read"><ul><li><a href="/story-1">Another story</a> <span class="author">Other Writer</span></li></ul></div>' +
        '<h1>Title of the story</h1><div><span>By</span> <span>Jane Doe</span></div>',
    });
    expect(a.authors).toEqual(['Jane Doe']);
  });

  it("reads a byline in the article's small meta column or footer next to the headline, not a big aside", () => {
    const meta = extract({
      header:
        '<h1>Title of the story</h1><aside><address><a rel="author" href="/profile/jane-doe">Jane Doe</a></address></aside>',
    });
    expect(meta.authors).toEqual(['Jane Doe']);
    const itemprop = extract({
      header:
        '<h1>Title of the story</h1><footer><div itemprop="author" itemscope><meta itemprop="name" value="Kate Davidson"></div><p>By KATE DAVIDSON</p></footer>',
    });
    expect(itemprop.authors).toEqual(['Kate Davidson']);
    const sidebar = `<aside><p>${'Related reading from our archive on the same subject. '.repeat(10)}</p><a rel="author" href="/profile/x">Other Writer</a></aside>`;
    expect(extract({ header: `<h1>Title of the story</h1>${sidebar}` }).authors).toEqual([]);
  });

  it('does not let a "comment" class on <body> hide the byline', () => {
    const html = page({
      header: '<h1>Title of the story</h1><div>By <a href="/author/jane">Jane Doe</a></div>',
    }).replace('<body>', '<body class="f_comment_nofollow_on">');
    const result = extractArticle(parseHtml(html, URL), URL);
    expect(result.ok && result.article.authors).toEqual(['Jane Doe']);
  });

  it('takes a publisher in meta author as the last resort, after the visible byline', () => {
    const url = 'https://www.daily-example.de/politik/artikel.html';
    const head = (name: string): string => `<meta name="author" content="${name}">`;
    const byline = '<h1>Title of the story</h1><p>Von Anna Berg, DAILY EXAMPLE</p>';
    expect(extract({ head: head('daily-example.de'), header: byline }, url).authors).toEqual(['Anna Berg']);
    expect(extract({ head: head('Daily Example Nachrichten'), header: byline }, url).authors).toEqual(['Anna Berg']);
    expect(extract({ head: head('Example Media Inc.'), header: byline }, url).authors).toEqual(['Anna Berg']);
    expect(extract({ head: head('Daily Example Nachrichten') }, url).authors).toEqual(['Daily Example Nachrichten']);
    // A person whose name merely starts like the host is still a person.
    expect(extract({ head: head('Dailyn Exampleton'), header: byline }, url).authors).toEqual(['Dailyn Exampleton']);
  });

  it('keeps the writer of a metadata list that credits everyone, when the byline names them', () => {
    const credits = [
      'Connie Wang',
      'Sharokh Mirzai',
      'Bethie Girmai',
      'Paul Warren for Amika',
      'Gracie J using Floss Gloss',
    ];
    const head = `<meta name="author" content="${credits.join(',')}">`;
    const byline = '<h1>Title of the story</h1><div class="byline"><a href="/author/connie-wang">Connie Wang</a></div>';
    expect(extract({ head, header: byline }).authors).toEqual(['Connie Wang']);
    expect(extract({ head }).authors).toEqual(credits);
    // Four writers in a byline tag are a byline, even when the page shows fewer of them.
    const four = '<meta name="byl" content="By Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman">';
    expect(extract({ head: four, header: byline.replace(/Connie Wang/g, 'Adam Goldman') }).authors).toEqual([
      'Marc Santora',
      'William K. Rashbaum',
      'Al Baker',
      'Adam Goldman',
    ]);
  });

  it('reads the cXense author tag, and the link-preview "Written by" label only when the page shows no byline', () => {
    expect(extract({ head: '<meta name="cXenseParse:author" content="Tana Ganeva">' }).authors).toEqual([
      'Tana Ganeva',
    ]);
    const preview =
      '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ellyn Shook">';
    expect(extract({ head: preview }).authors).toEqual(['Ellyn Shook']);
    expect(
      extract({ head: preview, header: '<h1>Title of the story</h1><p class="byline">By Duncan Bell</p>' }).authors,
    ).toEqual(['Duncan Bell']);
    const reading =
      '<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="7 min read">';
    expect(extract({ head: reading }).authors).toEqual([]);
  });

  it('takes the byline\'s author links, not those of the "more stories" list further down', () => {
    const card = (n: string): string =>
      `<li><a href="/story-${n}">Another story ${n}</a> <a href="/author/${n}">${n} Writer</a></li>`;
    const a = extract({
      header:
        '<h1>Title of the story</h1><div class="meta">By <a href="/author/jane-doe">Jane Doe</a> and <a href="/author/john-smith">John Smith</a></div>',
      around: `<div class="more"><ul>${['Anna', 'Ben', 'Carl'].map(card).join('')}</ul></div>`,
    });
    expect(a.authors).toEqual(['Jane Doe', 'John Smith']);
  });

  it('reads Dublin Core written as an RDFa property (dc:creator, among space-separated names) and og:article:author', () => {
    const header = '<h1>Title of the story</h1>';
    const dc = extract({ head: '<meta property="dc:creator twitter:site_name" content="Jane Doe">', header });
    expect(dc.authors).toEqual(['Jane Doe']);
    const og = extract({ head: '<meta property="og:article:author" content="John Smith">', header });
    expect(og.authors).toEqual(['John Smith']);
  });

  it("reads the writer of a one-person site, named after them, from the article's small meta aside, not from a sidebar", () => {
    const person = (name: string) =>
      `<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">${name}</span></span>`;
    const head =
      '<title>Get your code covered | Code | Nicolas Perriault</title><meta property="og:site_name" content="Nicolas Perriault">';
    const header = '<h1>Get your code covered</h1>';
    const meta = `<aside><p>${person('Nicolas Perriault')} — <time datetime="2013-09-29">2013-09-29</time> — in Code — Permalink — License</p></aside>`;
    expect(extract({ head, header, body: `${EN_BODY}${meta}` }).authors).toEqual(['Nicolas Perriault']);
    // A sidebar of other posts' writers is no meta column.
    const sidebar = `<aside>${Array.from({ length: 8 }, (_, i) => `<p><a href="/post-${i}">Another long post title about testing code number ${i}</a> by ${person('Other Writer')}</p>`).join('')}</aside>`;
    expect(extract({ head, header, around: sidebar }).authors).toEqual([]);
  });

  it("reads every author of a paper's repeated citation_author tags, but only the first of a repeated author tag", () => {
    const paper = [
      'Havell Markus',
      'Jun Zhao',
      'Tania Contente-Cuomo',
      'Elizabeth Raupach',
      'Ahuva Odenheimer-Bergman',
      'Sydney Connor',
    ];
    const head = [...paper, 'Jun Zhao'].map((n) => `<meta name="citation_author" content="${n}">`).join('');
    // Six names, one per tag, are each declared an author: no byline needs to confirm them.
    expect(
      extract({ head, header: '<h1>Title of the story</h1><p class="byline">By Havell Markus</p>' }).authors,
    ).toEqual(paper);
    // Repeated `author` tags on the page are image credits, not more writers.
    const credits =
      '<meta name="author" content="Emma Mackenzie"><meta itemprop="author" content="(Image: Getty Images/iStockphoto)">';
    expect(extract({ head: credits }).authors).toEqual(['Emma Mackenzie']);
  });

  it('takes a one-word account name when the author link ends in it, not a label or a role', () => {
    const byline = (text: string, href: string): string =>
      `<h1>Title of the story</h1><div class="entry-meta">by <a rel="author" href="${href}">${text}</a></div>`;
    expect(extract({ header: byline('doumae', '/archives/author/doumae') }).authors).toEqual(['doumae']);
    expect(extract({ header: byline('Paul', 'https://news.example/author/paul/') }).authors).toEqual(['Paul']);
    expect(extract({ header: byline('Editor', '/author/tpi-editor/') }).authors).toEqual([]);
    expect(extract({ header: byline('Editor', '/author/editor/') }).authors).toEqual([]);
    expect(extract({ header: byline('More', '/author/jane-doe/') }).authors).toEqual([]);
    expect(extract({ header: byline('Technology', 'https://news.example/technology') }).authors).toEqual([]);
    // A forum or paste site shows the poster's handle in a `username` box, maybe with its sigil.
    const poster = (text: string, href: string): string =>
      `<h1>Title of the story</h1><div class="info"><div class="username"><a href="${href}">${text}</a></div></div>`;
    expect(extract({ header: poster('EvilSpark', '/u/EvilSpark') }).authors).toEqual(['EvilSpark']);
    expect(extract({ header: poster('u/benyacobi', '/user/benyacobi/') }).authors).toEqual(['u/benyacobi']);
    expect(extract({ header: poster('@jdoe', '/profile/jdoe') }).authors).toEqual(['@jdoe']);
    expect(extract({ header: poster('Log In', '/users/sign_in') }).authors).toEqual([]);
    // Microdata with the account's URL: a video channel.
    const channel =
      '<span itemprop="author" itemscope><link itemprop="url" href="http://video.example/user/Confreaks"><link itemprop="name" content="Confreaks"></span>';
    expect(extract({ header: `<h1>Title of the story</h1>${channel}` }).authors).toEqual(['Confreaks']);
  });

  it('reads the name part of an avatar byline box, not the date beside it', () => {
    const avatar = (name: string): string =>
      `<h1>Title of the story</h1><div class="author"><a href="#"><img src="/face.jpg"></a> <span class="name">${name}</span><span class="date">2017-03-01 14:27:02</span></div>`;
    expect(extract({ header: avatar('Jane Doe') }).authors).toEqual(['Jane Doe']);
    expect(extract({ header: avatar('谢若含') }).authors).toEqual(['谢若含']);
    expect(extract({ header: avatar('Newsroom') }).authors).toEqual([]);
  });

  it('reads every name of a microdata author item, but not the name of the organisation nested in it', () => {
    const item = (inner: string): string =>
      `<h1>Title of the story</h1><div itemprop="author" itemscope itemtype="http://schema.org/Person">${inner}</div>`;
    expect(
      extract({ header: item('<span itemprop="name">Paul Wiseman</span><span itemprop="name">Fatima Hussein</span>') })
        .authors,
    ).toEqual(['Paul Wiseman', 'Fatima Hussein']);
    const works =
      '<span itemprop="name">Jane Doe</span><span itemprop="worksFor" itemscope><span itemprop="name">Example Media Group</span></span>';
    expect(extract({ header: item(works) }).authors).toEqual(['Jane Doe']);
  });

  it("takes the names of one byline box on a page without a headline, not every story card's", () => {
    const card = (title: string, name: string): string =>
      `<div class="card"><h3><a href="/other">${title}</a></h3><p>${title}, and what it means for the people who live there, in a report from our correspondents.</p><span class="byline">By ${name}</span></div>`;
    const around = `<div class="more">${card('Rain returns to the north', 'Ann Lee')}${card('A new bridge opens', 'Bo Park')}${card('Prices fall again', 'Cy Young')}</div>`;
    expect(extract({ head: '<title>Title of the story</title>', around }).authors).toEqual(['Ann Lee']);
  });

  it('credits the partner an aggregator names in the header only when the page names nobody else', () => {
    const header =
      '<h1>Title of the story</h1><div class="attribution"><span class="provider"><span class="provider-name">Fox Nation</span></span> • <time>October 3, 2016</time></div>';
    expect(extract({ header }).authors).toEqual(['Fox Nation']);
    expect(extract({ header: `${header}<p class="byline">By Jane Doe</p>` }).authors).toEqual(['Jane Doe']);
    // An image's source line is not the article's.
    const caption =
      '<h1>Title of the story</h1><figure><img src="/a.jpg"><span class="caption__source">Getty Images</span></figure>';
    expect(extract({ header: caption }).authors).toEqual([]);
  });

  it('does not take the comment form\'s "author" field or related-article authors', () => {
    const a = extract({
      around:
        '<section id="comments"><form><label for="author">Your Name</label><input id="author" name="author"></form></section>' +
        '<aside><div class="author">Some Other Writer</div></aside>',
    });
    expect(a.authors).toEqual([]);
  });
});
