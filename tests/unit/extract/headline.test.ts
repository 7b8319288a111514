import { describe, expect, it } from 'vitest';
import { extract } from './page';

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

  it('strips the site name after the full-width separators of CJK titles, and keeps underscores in Latin words', () => {
    const cases: Array<[string, string]> = [
      ['メディア芸術祭賞、「チコちゃんに叱られる！」が受賞：朝日新聞デジタル', 'メディア芸術祭賞、「チコちゃんに叱られる！」が受賞'],
      ['気軽に新聞をスクラップできる「ペン」、CUTPEN ｜ ガジェット通信', '気軽に新聞をスクラップできる「ペン」、CUTPEN'],
      ['这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报', '这个约会软件，想用你和对方的相似好恶来帮你找对象'],
      ['Why snake_case names read better in long Python programs', 'Why snake_case names read better in long Python programs'],
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
    const a = extract({ header: '<h1>Verteidigungs\u00administer beraten</h1>', head: '<title>Verteidigungs\u00administer beraten</title>' });
    expect(a.title).toBe('Verteidigungsminister beraten');
  });
});
