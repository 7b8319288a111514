import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PassRecord } from '@/utils/article';
import { blockBefore, leftOutOn, proseRemovals } from '@/components/fixes/left-out';

const removed = (text: string, pass: PassRecord['pass'] = 'readability'): PassRecord => ({
  pass,
  action: 'removed',
  why: '',
  text,
  chars: text.length,
});
const PROSE = 'The new timetable starts in June, and the first boat leaves at six.';

describe('the passages "Show what Lede left out" offers', () => {
  it('are the removals that read as prose, once each, not the reader’s own removals', () => {
    const passes = [
      removed(PROSE),
      removed(PROSE),
      removed('Share on Facebook Share on X Share by e-mail Print this page Copy the link'),
      removed('Subscribe'),
      removed(PROSE.replace('June', 'July'), 'site fixes'),
      { ...removed(PROSE.replace('June', 'May')), action: 'kept' as const },
    ];
    expect(proseRemovals(passes).map((p) => p.text)).toEqual([PROSE]);
  });

  it('are found on the page whole, from the start the trace keeps, unless the article shows them', () => {
    const long = `${PROSE} ${'More of the same, sentence after sentence. '.repeat(5)}`.trim();
    const doc = new JSDOM(`<body><article><p>Lead.</p><p class="x">${long}</p></article></body>`).window.document;
    const start = `${long.slice(0, 119)}…`;
    const record = { ...removed(start), chars: long.length };
    expect(leftOutOn(doc, [record], 'Lead.').map((p) => p.text)).toEqual([long]);
    expect(leftOutOn(doc, [record], `Lead. ${long}`)).toEqual([]);
  });

  it('are not the text of a link, such as a card for another article', () => {
    const doc = new JSDOM(`<body><a href="/next"><p>${PROSE}</p></a></body>`).window.document;
    expect(leftOutOn(doc, [removed(PROSE)], '')).toEqual([]);
  });

  it('are not chrome: a consent notice, other stories’ teasers, share and subscribe boxes, ad slots, forms, the site’s footer', () => {
    const say = (what: string) => `This is ${what}, written as a sentence long enough to be offered back.`;
    const doc = new JSDOM(`<body><header><p>${say('the site header')}</p></header><main><article>
      <h1>Ferries run again</h1><p>Lead.</p><aside class="info"><p>${say('a box of the article')}</p></aside>
      <div class="box-1"><p>${say('a notice to accept')}</p><button>OK</button></div>
      <ul><li><h3><a href="/other">Another story</a></h3><p>${say('the teaser of another story')}</p></li></ul>
      <article><h2><a href="/third">A third story</a></h2><p>${say('a card of its own')}</p></article>
      <div class="article-share-bar"><p>${say('a share box')}</p></div>
      <div class="newsletter-signup"><div><p>${say('a subscribe box')}</p></div></div>
      <div role="dialog"><p>${say('a dialog')}</p></div>
      <div class="ad__inner"><div class="ad__placeholder"><div>${say('an ad slot waiting for its ad')}</div></div></div>
      <form><p>${say('a sign-up form')}</p><input type="email"></form></article></main>
      <footer><p>${say('the site footer')}</p></footer></body>`).window.document;
    const passes = [...doc.querySelectorAll('p, .ad__placeholder > div')].map((p) => removed(p.textContent!));
    expect(leftOutOn(doc, passes, 'Lead.').map((p) => p.text)).toEqual([say('a box of the article')]);
  });

  it('are not what a pass that only removes chrome took, however it reads', () => {
    const doc = new JSDOM(`<body><article><p>Lead.</p><div><p>${PROSE}</p></div></article></body>`).window.document;
    for (const pass of ['cards', 'boilerplate', 'polls', 'leading duplicates', 'consent notices'] as const)
      expect(leftOutOn(doc, [removed(PROSE, pass)], 'Lead.')).toEqual([]);
    expect(leftOutOn(doc, [removed(PROSE, 'tail')], 'Lead.').map((p) => p.text)).toEqual([PROSE]);
  });

  it('go after the body block they followed on the page, else nowhere in particular', () => {
    const page = new JSDOM(
      `<body><div><p>One.</p><div><p id="gone">${PROSE}</p></div></div><footer><p id="far">${PROSE}</p></footer></body>`,
    ).window.document;
    const body = new JSDOM(`<body><p>One.</p><p>Two.</p></body>`).window.document;
    const blocks = Array.from(body.querySelectorAll('p'));
    expect(blockBefore(page.getElementById('gone')!, blocks)).toBe(blocks[0]);
    expect(blockBefore(page.getElementById('far')!, blocks)).toBeNull();
  });
});
