import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PassRecord } from '@/utils/article';
import { blockBefore, leftOutOn, proseRemovals } from '@/components/fixes/left-out';

const removed = (text: string, pass: PassRecord['pass'] = 'boilerplate'): PassRecord => ({
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
