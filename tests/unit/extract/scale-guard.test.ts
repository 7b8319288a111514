import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { parseHtml } from '../../../scripts/lib/html-file';

// The teaser phase throws on every page, as a rule might on a page no one foresaw.
vi.mock('../../../utils/extract/teaser', async (original) => ({
  ...(await original<typeof import('../../../utils/extract/teaser')>()),
  findTeaser: () => {
    throw new TypeError("Cannot read properties of null (reading 'textContent')");
  },
}));

const SEED = join(__dirname, '../../../../shared/seed/seed-article.bare.html');

describe('a phase that throws', () => {
  it('costs only its own part: the article comes without a teaser, with headline, author and body', async () => {
    const url = 'https://japandigest.example/a/';
    const result = extractArticle(parseHtml(await readFile(SEED, 'utf8'), url), url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit');
    expect(result.article.authors).toEqual(['Hannah Janz']);
    expect(result.article.teaser).toEqual([]);
    expect(result.article.text).toContain(
      'Am Montag trafen sich Japans und Russlands Außen- und Verteidigungsminister',
    );
  }, 120_000);
});
