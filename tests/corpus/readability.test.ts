import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { textOf } from '../../utils/extract/text';
import { parseHtml, readHtmlFile } from '../../scripts/lib/html-file';

// Readability's own test pages: wherever Readability finds an article, Lede must too, and
// Lede's body text must keep Readability's (heuristics on top may only remove duplicates).
const ROOT = join(__dirname, '../../../shared/corpus/readability');
const PAGE_URL = 'http://fakehost/test/page.html'; // the URL Readability's own tests parse with

function normalize(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function shingles(text: string): Set<string> {
  // Chinese and Japanese put no spaces between words: there each character is a token.
  const words = normalize(text)
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' $& ')
    .split(/\s+/)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(' '));
  if (words.length && words.length < 4) out.add(words.join(' '));
  return out;
}

function recall(expected: string, actual: string): number {
  const want = shingles(expected);
  if (!want.size) return 1;
  const have = shingles(actual);
  let hit = 0;
  for (const s of want) if (have.has(s)) hit++;
  return hit / want.size;
}

describe('Readability corpus', () => {
  it('finds an article wherever Readability does and keeps its body text', async () => {
    const pages = (await readdir(ROOT)).sort();
    const results: { page: string; recall: number; reason?: string }[] = [];
    for (const page of pages) {
      const dir = join(ROOT, page);
      const metaFile = join(dir, 'expected-metadata.json');
      if (!existsSync(metaFile)) continue;
      const meta = JSON.parse(await readFile(metaFile, 'utf8')) as { readerable?: boolean };
      const expectedHtml = existsSync(join(dir, 'expected.html'))
        ? await readFile(join(dir, 'expected.html'), 'utf8')
        : '';
      const expectedText = textOf(parseHtml(expectedHtml, PAGE_URL).body);
      if (!meta.readerable && !expectedText) continue;
      const doc = parseHtml(await readHtmlFile(join(dir, 'source.html')), PAGE_URL);
      const result = extractArticle(doc, PAGE_URL);
      if (!result.ok) results.push({ page, recall: 0, reason: result.reason });
      else results.push({ page, recall: recall(expectedText, `${result.article.text}`) });
    }
    const mean = results.reduce((n, r) => n + r.recall, 0) / results.length;
    const worst = [...results].sort((a, b) => a.recall - b.recall).slice(0, 5);
    console.log(
      `Readability corpus: ${results.length} pages, mean 4-shingle recall ${mean.toFixed(4)}\n` +
        worst.map((w) => `  ${w.page}: ${w.recall.toFixed(3)}${w.reason ? ` (${w.reason})` : ''}`).join('\n'),
    );
    expect(results.filter((r) => r.reason).map((r) => `${r.page}: ${r.reason}`)).toEqual([]);
    expect(mean).toBeGreaterThanOrEqual(0.98);
    // Every page is parsed by jsdom twice; the margin is for a machine shared with other jobs.
  }, 900_000);
});
