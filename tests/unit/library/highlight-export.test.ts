/**
 * Exports carry the highlights: Markdown marks each passage `==…==` in the body with its note
 * below and lists them all at the top; HTML wraps them in <mark>. A passage that is gone stays in
 * the list and leaves the body as it was.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { SavedArticle, StoredHighlight } from '@/utils/library/db';
import { withHighlightMarks, groupByArticle } from '@/utils/library/highlight-marks';
import { articlesToHtml } from '@/utils/library/html-export';
import { articlesToMarkdown } from '@/utils/library/markdown';
import { makeArticle } from './helpers';

// The annotator library reads Node, NodeFilter and Range from the global scope, as in a page.
const { window } = new JSDOM('');
Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter, Range: window.Range });
const parse = (html: string) => new JSDOM(html).window.document;

const record: SavedArticle = {
  id: 'a1',
  article: makeArticle({
    content:
      '<p>Am Montag trafen sich Japans und Russlands Außen- und Verteidigungsminister in Tokio.</p>' +
      '<p>Beide Seiten <em>wollen</em> enger zusammenarbeiten.</p>',
  }),
  savedAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  read: false,
  readProgress: 0,
};

function highlight(id: string, text: string, start: number, note = '', color: StoredHighlight['color'] = 'yellow') {
  return {
    id,
    articleId: 'a1',
    color,
    note,
    text,
    target: {
      quote: { type: 'TextQuoteSelector' as const, exact: text },
      position: { type: 'TextPositionSelector' as const, start, end: start + text.length },
      block: 0,
    },
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
  };
}

const highlights = [
  highlight('h1', 'Japans und Russlands', 23, 'Die beiden Nachbarn'),
  highlight('h2', 'wollen enger', 99, '', 'green'),
  highlight('h3', 'Dieser Satz ist nicht mehr im Artikel', 0, 'verloren'),
];

describe('exports with highlights', () => {
  it('Markdown: passages marked in the body, notes below their paragraph, all listed at the top', async () => {
    const marked = await withHighlightMarks([record], highlights, parse);
    const markdown = articlesToMarkdown(marked, parse, groupByArticle(highlights));
    expect(markdown).toContain(
      'Verteidigungsminister beraten\n- Stärkere Zusammenarbeit wird angepeilt\n\n**Highlights**\n\n' +
        '- ==Dieser Satz ist nicht mehr im Artikel== — verloren\n- ==Japans und Russlands== — Die beiden Nachbarn\n- ==wollen enger==\n\nAm Montag',
    );
    expect(markdown).toContain('Am Montag trafen sich ==Japans und Russlands== Außen-');
    expect(markdown).toContain('in Tokio.\n\n> Die beiden Nachbarn\n\nBeide Seiten');
    expect(markdown).toMatch(
      /Beide Seiten ==\*wollen\* ?enger== ?zusammenarbeiten|Beide Seiten \*==wollen==\* ?==enger==/,
    );
  });

  it('HTML: passages in <mark> with their colour, the note after its paragraph; nothing else changes', async () => {
    const [marked] = await withHighlightMarks([record], highlights, parse);
    const html = articlesToHtml([marked!], { source: 'Quelle' }, 'Export');
    expect(html).toContain('<mark class="lede-hl-yellow" data-highlight="h1">Japans und Russlands</mark>');
    expect(html).toContain('<blockquote class="lede-note"><p>Die beiden Nachbarn</p></blockquote>');
    expect(html).toMatch(/<mark class="lede-hl-green" data-highlight="h2">/);
    const text = parse(html).body.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Am Montag trafen sich Japans und Russlands Außen- und Verteidigungsminister in Tokio.');
    expect(html).not.toContain('verloren');
  });

  it('a note is text, never markup', async () => {
    const [marked] = await withHighlightMarks(
      [record],
      [highlight('x', 'Tokio', 80, '<img src=x onerror=alert(1)>')],
      parse,
    );
    expect(marked!.article.content).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(marked!.article.content).not.toContain('<img');
  });
});
