import { describe, expect, it } from 'vitest';
import type { StoredHighlight } from '@/utils/library/db';
import { highlightsToMarkdown } from '@/utils/library/highlights-markdown';
import { makeArticle, numbered } from './helpers';

function highlight(id: string, articleId: string, text: string, start: number, note = ''): StoredHighlight {
  return {
    id,
    articleId,
    color: 'yellow',
    note,
    text,
    target: {
      quote: { type: 'TextQuoteSelector', exact: text },
      position: { type: 'TextPositionSelector', start, end: start + text.length },
      block: 0,
    },
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
  };
}

describe('highlights as one Markdown file', () => {
  it('groups passages by article, newest saved first, in reading order, with notes below', () => {
    const articles = new Map([
      ['old', { ...makeArticle(), savedAt: '2026-01-01T00:00:00.000Z' }],
      ['new', { ...numbered(2, { siteName: 'Blatt' }), savedAt: '2026-06-01T00:00:00.000Z' }],
    ]);
    const markdown = highlightsToMarkdown(
      [
        highlight('a', 'old', 'Verteidigungsminister', 50, 'Wer genau?'),
        highlight('b', 'old', 'Am Montag', 0),
        highlight('c', 'new', '- eine Liste?\n# kein Titel', 3),
        highlight('d', 'gone', 'Artikel gelöscht', 0),
      ],
      articles,
      'Lede highlights',
    );
    expect(markdown).toBe(
      [
        '# Lede highlights',
        '',
        '## Article number 2',
        '',
        '<https://news.example/article/2> · Blatt',
        '',
        '> \\- eine Liste?',
        '> \\# kein Titel',
        '',
        '## Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit',
        '',
        '<https://news.example/2017/03/japan-russland> · Japan Digest',
        '',
        '> Am Montag',
        '',
        '> Verteidigungsminister',
        '',
        'Wer genau?',
        '',
      ].join('\n'),
    );
  });
});
