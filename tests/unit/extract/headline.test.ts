import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { EN_BODY, URL, extract } from './page';

const OG = (title: string): string => `<meta property="og:title" content="${title}">`;
const LD = (headline: string): string =>
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script>`;

/** The title of a page with `top` (site header, breadcrumbs) before the article and `header` inside it. */
function titleOf(head: string, top: string, header: string): string {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${top}
<div class="content"><article>${header}<div class="article-body">${EN_BODY}</div></article></div></body></html>`;
  const result = extractArticle(parseHtml(html, URL), URL);
  if (!result.ok) throw new Error(`no article: ${result.reason}`);
  return result.article.title;
}

describe('headline', { timeout: 60_000 }, () => {
  it('keeps a colon headline whole and drops kicker and site suffix from <title>', () => {
    const a = extract({
      head: '<title>NEWS | Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit | Japan Digest</title>',
      header: '<h1>Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit</h1>',
    });
    expect(a.title).toBe('Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit');
    expect(a.siteName).toBe('Japan Digest');
  });

  it('strips " - Site", " – Site" and " :: Site" suffixes when there is no <h1>', () => {
    for (const sep of [' - ', ' – ', ' :: ']) {
      const a = extract({ head: `<title>Ministers agree on closer ties after long talks${sep}Daily Example</title>` });
      expect(a.title).toBe('Ministers agree on closer ties after long talks');
    }
  });

  it('with no <h1>, keeps a headline whose clauses an em dash joins, and a name before the site’s', () => {
    const kickoff = extract({
      head: '<title>Project kickoff — questions before we start - jane@example.com - Gmail</title>',
    });
    expect(kickoff.title).toBe('Project kickoff — questions before we start');
    expect(kickoff.siteName).toBe('Gmail');
    expect(extract({ head: '<title>SCP-9935 - SCP Foundation</title>' }).title).toBe('SCP-9935 - SCP Foundation');
    // A short section label before a headline still goes.
    expect(extract({ head: '<title>NEWS | Ministers agree on closer ties | Daily Example</title>' }).title).toBe(
      'Ministers agree on closer ties',
    );
  });

  it('strips the site name after the full-width separators of CJK titles, and keeps underscores in Latin words', () => {
    const cases: Array<[string, string]> = [
      [
        'メディア芸術祭賞、「チコちゃんに叱られる！」が受賞：朝日新聞デジタル',
        'メディア芸術祭賞、「チコちゃんに叱られる！」が受賞',
      ],
      [
        '気軽に新聞をスクラップできる「ペン」、CUTPEN ｜ ガジェット通信',
        '気軽に新聞をスクラップできる「ペン」、CUTPEN',
      ],
      [
        '这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报',
        '这个约会软件，想用你和对方的相似好恶来帮你找对象',
      ],
      [
        'Why snake_case names read better in long Python programs',
        'Why snake_case names read better in long Python programs',
      ],
    ];
    for (const [title, headline] of cases) expect(extract({ head: `<title>${title}</title>` }).title).toBe(headline);
  });

  it('prefers the visible <h1> when it matches a meta title', () => {
    const a = extract({
      head: '<meta property="og:title" content="Ministers agree on closer ties | Daily Example">',
      header: '<h1>Ministers agree on closer ties</h1>',
    });
    expect(a.title).toBe('Ministers agree on closer ties');
  });

  it('shows the printed <h1> that <title> confirms when the og:title is a dek no heading prints', () => {
    const a = extract({
      head: '<title>Why the launch is late</title><meta property="og:title" content="A rough few months for the rocket maker">',
      header: '<h1>Why the launch is late</h1><div>A rough few months for the rocket maker.</div>',
    });
    expect(a.title).toBe('Why the launch is late');
  });

  it('takes the JSON-LD headline over an unrelated <h1> such as the site logo', () => {
    const a = extract({
      head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministers agree on closer ties"}</script><title>Daily Example</title>',
      header: '<h1>Daily Example</h1>',
    });
    expect(a.title).toBe('Ministers agree on closer ties');
  });

  it('puts the colon between a kicker and a headline set in separate spans, as the meta title does', () => {
    const a = extract({
      head: '<meta property="og:title" content="Ahrtal-Flut: Zwei Rücktritte nach dem Bericht">',
      header: '<h1><span class="kicker">Ahrtal-Flut</span><span>Zwei Rücktritte nach dem Bericht</span></h1>',
    });
    expect(a.title).toBe('Ahrtal-Flut: Zwei Rücktritte nach dem Bericht');
  });

  it('adds no colon where the meta title has none, even around inline markup', () => {
    const a = extract({
      head: '<meta property="og:title" content="Ministers say no to closer ties">',
      header: '<h1>Ministers say <em>no to closer ties</em></h1>',
    });
    expect(a.title).toBe('Ministers say no to closer ties');
  });

  it('removes soft hyphens', () => {
    const a = extract({
      header: '<h1>Verteidigungs\u00administer beraten</h1>',
      head: '<title>Verteidigungs\u00administer beraten</title>',
    });
    expect(a.title).toBe('Verteidigungsminister beraten');
  });

  it('takes the visible <h1> over an og:title written for sharing', () => {
    const head = `${OG('13 Ways To Compliment Women')}<title>13 Ways To Compliment Women</title>`;
    expect(titleOf(head, '', '<h1>The Transformative Power Of Feminist Compliments</h1>')).toBe(
      'The Transformative Power Of Feminist Compliments',
    );
    // ...but a JSON-LD headline that og:title repeats is the publisher's choice over a shortened <h1>.
    const agreed = `${LD('Nach dem Rückzug: Anwältin soll Justizministerin werden')}${OG('Nach dem Rückzug: Anwältin soll Justizministerin werden')}`;
    expect(titleOf(agreed, '', '<h1>Anwältin soll Justizministerin werden</h1>')).toBe(
      'Nach dem Rückzug: Anwältin soll Justizministerin werden',
    );
  });

  it('skips a logo <h1> linking home and reads the one in the article', () => {
    const top =
      '<header><h1 class="site"><a href="/"><img src="/logo.png" alt="Lifehacker">Lifehacker</a></h1></header>';
    expect(
      titleOf(OG('Stocker for newspapers | Lifehacker'), top, '<h1>Newspaper stockers that also fix furniture</h1>'),
    ).toBe('Newspaper stockers that also fix furniture');
    // A headline that links to the article itself is still the headline.
    expect(
      titleOf(
        OG('Stocker for newspapers'),
        top,
        '<h1><a href="/2019/03/stocker.html">Newspaper stockers that also fix furniture</a></h1>',
      ),
    ).toBe('Newspaper stockers that also fix furniture');
  });

  it('reads the article <h1>, not a copy in a sticky bar outside the article that repeats og:title', () => {
    const top = '<header class="roll-up"><h1>Promises to rural voters were a con</h1></header>';
    expect(titleOf(OG('Promises to rural voters were a con'), top, '<h1>Broken Pledge</h1>')).toBe('Broken Pledge');
  });

  it('takes the <h2> headline that og:title confirms when the <h1> is a breadcrumb, without the kicker span', () => {
    const top =
      '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><h1>Leipziger Schule: Galerist Lybke im Porträt</h1></li></ol>';
    const header =
      '<h2><span class="kicker">Neue Leipziger Schule</span> <span class="headline">Judy Lybke, ganz und gar nicht eigenartig</span></h2>';
    expect(
      titleOf(
        `${LD('Leipziger Schule: Galerist Lybke im Porträt')}${OG('Judy Lybke, ganz und gar nicht eigenartig')}`,
        top,
        header,
      ),
    ).toBe('Judy Lybke, ganz und gar nicht eigenartig');
    // A related story's <h2> is no headline, even when og:title happens to match it.
    const related = '<aside class="related"><h2>Judy Lybke, ganz und gar nicht eigenartig</h2></aside>';
    expect(
      titleOf(
        OG('Judy Lybke, ganz und gar nicht eigenartig | Galerie'),
        related,
        '<h1>Der Galerist und seine Maler</h1>',
      ),
    ).toBe('Der Galerist und seine Maler');
  });

  it('takes the post title over a blog name <h1> that is one end of every <title>', () => {
    const top = '<h1>Hiromitsu Takagi Diary</h1>';
    const header = '<h3>■ The revised law caused a small uproar over default passwords</h3>';
    expect(
      titleOf(
        '<title>Hiromitsu Takagi Diary - The revised law caused a small uproar over default passwords</title>',
        top,
        header,
      ),
    ).toBe('■ The revised law caused a small uproar over default passwords');
    // With the site named elsewhere, an <h1> equal to the short end is the headline: `Paste title - Pastebin.com`.
    expect(
      titleOf(
        '<title>atg 1700 - Pastebin.com</title><meta property="og:site_name" content="Pastebin">',
        '<div><h1>atg 1700</h1></div>',
        '',
      ),
    ).toBe('atg 1700');
  });

  it('joins a kicker set above the <h1> as the meta title does (`Artist: Album`)', () => {
    const header = '<div class="artist">Lust for Youth</div><h1><em>Compassion Fatigue</em></h1>';
    expect(titleOf(OG('Lust for Youth: Compassion Fatigue'), '', header)).toBe('Lust for Youth: Compassion Fatigue');
    // A meta title that merely starts like the <h1> adds nothing the reader saw.
    expect(titleOf(OG('Compassion Fatigue : Album Reviews'), '', '<h1>Compassion Fatigue</h1>')).toBe(
      'Compassion Fatigue',
    );
  });

  it('does not take an <h1> the only <title> does not confirm, such as a widget injected after the page', () => {
    const widget = '<div class="skiptranslate"><h1 class="title">Original text</h1></div>';
    expect(titleOf('<title>[News] Thin keyboards with a lighter touch go on sale</title>', '', widget)).toBe(
      '[News] Thin keyboards with a lighter touch go on sale',
    );
  });

  it('anchors the header at the visible <h1>, not a hidden copy for machines inside the article', () => {
    const standfirst = 'Tribal elders fear that changes in the ocean are behind the spike in whale beachings';
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8">${OG('Whale strandings puzzle the tribes | Jane Doe')}</head><body>
<header><h1 class="headline">Whale strandings puzzle the tribes</h1><div class="standfirst"><p>${standfirst}</p></div></header>
<article><h1 class="is-hidden" itemprop="headline">Whale strandings puzzle the tribes</h1><div class="article-body">${EN_BODY}</div></article></body></html>`;
    const result = extractArticle(parseHtml(html, URL), URL);
    expect(result.ok && [result.article.title, result.article.teaser]).toEqual([
      'Whale strandings puzzle the tribes',
      [standfirst],
    ]);
  });

  it('takes the <h1> of a page that has no title of any kind', () => {
    const a = extract({ header: '<h1>Title of the story</h1><div><span>By</span> <span>Jane Doe</span></div>' });
    expect(a.title).toBe('Title of the story');
    expect(a.authors).toEqual(['Jane Doe']);
  });

  it('keeps the space after a kicker that carries its own colon', () => {
    expect(
      titleOf(
        OG('Police catch two: theft solved within two days'),
        '',
        '<h1><span>Police catch two:</span>theft solved within two days</h1>',
      ),
    ).toBe('Police catch two: theft solved within two days');
  });
});

describe('headline on a page without any title', { timeout: 60_000 }, () => {
  it('shows a one-word <h1> rather than an empty title', () => {
    expect(extract({ header: '<h1>Brexit</h1>' }).title).toBe('Brexit');
  });
});
