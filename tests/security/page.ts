import { PAYLOADS, tokens, type Payload, type Where } from './payloads';

/**
 * Builds the hostile test page: an ordinary local-news article (headline, two authors, a
 * `+++` standfirst, a dozen paragraphs) with every payload of `payloads.ts` in its place. The
 * paragraphs are what a reader must still see once Lede has thrown the payloads away.
 */

export const HEADLINE = 'Council passes budget after long night';
export const AUTHORS = ['Maya Lindqvist', 'Tom Achterberg'];
export const TEASER = ['The council agreed the budget', 'Libraries stay open', 'Bus fares frozen'];

export const PARAGRAPHS: readonly string[] = [
  'The harbour council approved next year’s budget shortly after two in the morning, ending a session that had started the previous afternoon with a packed public gallery.',
  'Councillors argued for hours about the future of the three branch libraries, which the finance committee had proposed to merge into a single building near the station.',
  'In the end a cross-party amendment kept all three open, paid for by delaying the resurfacing of the coastal road by one year and by selling an unused depot on Mill Lane.',
  'Bus fares will stay at their current level for another twelve months, a promise the mayor had made during the campaign and repeated several times during the debate.',
  'The opposition criticised the depot sale as short-sighted, arguing that the town would need the land for social housing within the decade and could not buy it back later.',
  'Residents who had waited through the night applauded when the library amendment passed, and several of them said they would watch closely how the savings are found.',
  'The finance director warned that the reserves are now lower than at any time in the past fifteen years and that an unexpected repair could force cuts elsewhere.',
  'A proposal to raise parking charges in the old town was withdrawn before the vote after traders collected more than four thousand signatures against it.',
  'The council also agreed to hire two additional youth workers and to extend the opening hours of the swimming pool on weekday evenings during the winter months.',
  'Spending on flood defences rises by a fifth, reflecting the damage the spring storms caused along the promenade and in the streets around the fish market.',
  'The budget now goes to the regional authority, which has six weeks to raise objections before it takes effect at the start of the financial year.',
  'The mayor thanked staff who had worked through the night and said the next session would begin, as she put it, at a more civilised hour.',
];

const by = (where: Where): Payload[] => PAYLOADS.filter((p) => p.where === where);

export function hostilePage(port: number): string {
  const render = (p: Payload): string => p.html(tokens(p.id, port));
  const head = by('head');
  const hasTitle = head.some((p) => render(p).startsWith('<title>'));
  const [t1 = '', t2 = '', ...tRest] = by('teaser').map(render);

  const body = by('body');
  const perGap = Math.ceil(body.length / PARAGRAPHS.length);
  const bodyHtml = PARAGRAPHS.map((text, i) => {
    const notes = body
      .slice(i * perGap, (i + 1) * perGap)
      .map((p, j) => `<p>Reader note ${i + 1}.${j + 1}: ${render(p)}</p>`)
      .join('\n');
    return `<p>${text}</p>\n${notes}`;
  }).join('\n');

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${hasTitle ? '' : `<title>${HEADLINE} | Harbour Herald</title>`}
<meta property="og:type" content="article">
${head.map(render).join('\n')}
</head>
<body class="single-post">
<header class="site-header"><a href="/">Harbour Herald</a>
<nav><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li></ul></nav>
</header>
<main>
<article class="post">
<h1 class="headline">${HEADLINE} ${by('title').map(render).join(' ')}</h1>
<p class="byline">By <a class="author" rel="author" href="/authors/maya-lindqvist/">${AUTHORS[0]}</a> ${by('byline').map(render).join(' ')} and <span class="author">${AUTHORS[1]}</span> · <time datetime="2024-05-02T09:30:00Z">2 May 2024</time></p>
<div class="standfirst"><p>${TEASER[0]} ${t1} +++ ${TEASER[1]} ${t2} +++ ${TEASER[2]} ${tRest.join(' ')}</p></div>
<div class="article-body">
${bodyHtml}
</div>
</article>
</main>
<footer class="site-footer"><p>© Harbour Herald</p><a href="/privacy/">Privacy</a></footer>
</body>
</html>
`;
}

/** The same article without payloads, with `extra` markup between its paragraphs. */
export function plainArticle(extra: string): string {
  const half = Math.ceil(PARAGRAPHS.length / 2);
  const paragraphs = (list: readonly string[]) => list.map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${HEADLINE} | Harbour Herald</title></head>
<body>
<main><article>
<h1>${HEADLINE}</h1>
<p class="byline">By <span class="author">${AUTHORS[0]}</span></p>
${paragraphs(PARAGRAPHS.slice(0, half))}
${extra}
${paragraphs(PARAGRAPHS.slice(half))}
</article></main>
</body>
</html>
`;
}
