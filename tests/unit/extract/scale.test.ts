import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

// jsdom is slow on a shared machine; these tests assert what is read, never how fast.
const SLOW = 120_000;
import { extractArticle } from '../../../utils/extract';
import { parseHtml } from '../../../scripts/lib/html-file';

const URL = 'https://news.example/2026/12/05/story';
const PROSE = [
  'The council voted on Thursday to rebuild the old harbour bridge, ending a dispute that had lasted for more than ten years.',
  'Engineers say the new span will carry twice the traffic and open to cyclists and walkers in the spring of the coming year.',
  'Residents who had campaigned against the plan said they would now watch the work closely and hold the council to its promises.',
  'The cost, shared between the city and the region, is put at forty million euros, a third more than first estimated last year.',
];
const paragraphs = PROSE.map((p) => `<p>${p}</p>`).join('');

describe('pages of any shape', () => {
  it('reads an article nested 5,000 levels deep instead of overflowing the stack', () => {
    const depth = 5000;
    const html = `<title>Harbour bridge to be rebuilt</title><h1>Harbour bridge to be rebuilt</h1>${'<div class="wrap">'.repeat(depth)}${paragraphs}${'</div>'.repeat(depth)}`;
    const result = extractArticle(parseHtml(html, URL), URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Harbour bridge to be rebuilt');
    expect(result.article.text.split('\n\n')).toEqual(PROSE);
    // jsdom's own parse of such a page grows with depth squared; no timing is asserted here.
  }, 300_000);

  it(
    'reads the text web components keep in open shadow roots, slots filled from the page',
    () => {
      const doc = parseHtml(
        `<title>Bridge</title><h1>Harbour bridge to be rebuilt</h1><news-story><span slot="kicker">Breaking</span></news-story>`,
        URL,
      );
      const host = doc.querySelector('news-story')!;
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<article><p><slot name="kicker">no kicker</slot>: ${PROSE[0]}</p>${PROSE.slice(1)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article>`;
      const result = extractArticle(doc, URL);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.article.text.split('\n\n')).toEqual([`Breaking: ${PROSE[0]}`, ...PROSE.slice(1)]);
      // The page is read, never changed: its shadow root still holds its slot.
      expect(shadow.querySelector('slot')).not.toBeNull();
    },
    SLOW,
  );

  it(
    'takes the byline a web component shows from its shadow root',
    () => {
      const doc = parseHtml(`<title>Harbour bridge to be rebuilt</title><news-story></news-story>`, URL);
      const shadow = doc.querySelector('news-story')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<article><h1>Harbour bridge to be rebuilt</h1><p class="byline">By Mara Quell</p>${paragraphs}</article>`;
      const result = extractArticle(doc, URL);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.article.title).toBe('Harbour bridge to be rebuilt');
      expect(result.article.authors).toEqual(['Mara Quell']);
    },
    SLOW,
  );

  it(
    'answers not-html for an SVG image and an XML document',
    () => {
      const svg = new JSDOM(`<svg xmlns="http://www.w3.org/2000/svg"><text>${PROSE.join(' ')}</text></svg>`, {
        contentType: 'image/svg+xml',
        url: URL,
      });
      expect(extractArticle(svg.window.document, URL)).toEqual({ ok: false, reason: 'not-html' });
      const xml = new JSDOM(`<?xml version="1.0"?><feed><entry>${PROSE.join(' ')}</entry></feed>`, {
        contentType: 'application/xml',
        url: URL,
      });
      expect(extractArticle(xml.window.document, URL)).toEqual({ ok: false, reason: 'not-html' });
    },
    SLOW,
  );

  it(
    'answers empty-page, not not-html, for a web page whose scripts took its body away',
    () => {
      const page = new JSDOM(
        `<!DOCTYPE html><html><head><title>Harbour</title></head><body><p>${PROSE[0]}</p></body></html>`,
        {
          url: URL,
        },
      );
      page.window.document.body.remove();
      expect(extractArticle(page.window.document, URL)).toEqual({ ok: false, reason: 'empty-page' });
    },
    SLOW,
  );
});
