import { describe, expect, it } from 'vitest';
import { aggregate, type PageResult } from '../../../scripts/eval/aggregate';
import { withPrintedFlags } from '../../../scripts/eval/printed';
import { scorePage } from '../../../scripts/eval/score';
import { parseHtml } from '../../../scripts/lib/html-file';

const URL = 'https://news.example/a';
const PAGE = parseHtml(
  `<!DOCTYPE html><html><head><title>Ministers meet | News</title>
<meta name="description" content="What the summit means for trade."></head>
<body><h1>Ministers meet in Tokyo</h1><p class="by">By Jane Doe</p><p>The ministers met on Monday.</p></body></html>`,
  URL,
);

describe('printed flags: expectations the page prints, told from those only its metadata holds', () => {
  it('flags the title as the headline only when it is the text of an <h1>', () => {
    expect(withPrintedFlags({ title: 'Ministers meet in Tokyo' }, PAGE).printed?.title).toBe(true);
    expect(withPrintedFlags({ title: 'Ministers meet | News' }, PAGE).printed?.title).toBe(false);
  });

  it('flags a teaser or author list as printed only when every item is in the page text', () => {
    const flags = withPrintedFlags({ teaser: ['What the summit means for trade.'], authors: ['Jane Doe'] }, PAGE);
    expect(flags.printed).toEqual({ teaser: false, authors: true });
    expect(withPrintedFlags({ authors: ['Jane Doe', 'https://news.example/jane'] }, PAGE).printed?.authors).toBe(false);
    // Expecting none is something a reader of the page can see.
    expect(withPrintedFlags({ teaser: [] }, PAGE).printed?.teaser).toBe(true);
  });

  it('scores "score there" over the pages whose title is an <h1> only', () => {
    const prediction = { title: 'Ministers meet in Tokyo', authors: [], teaser: [], date: null, site: null, body: '' };
    const page = (title: string, titleIsHeadline: boolean): PageResult => {
      const scores = scorePage({ title, printed: { title: titleIsHeadline } }, prediction);
      return { id: title, half: 'study', expected: {}, scores: { lede: scores, readability: scores }, failure: {} };
    };
    const title = aggregate(
      [page('Ministers meet in Tokyo', true), page('Ministers meet | News', false)],
      'lede',
    ).title!;
    expect(title.score).toBe(0.5);
    expect(title.detail).toMatchObject({ printedShare: 0.5, scoreWherePrinted: 1 });
  });
});
