import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { parseHtml, readHtmlFile } from '../../../scripts/lib/html-file';

const EXTRACT_DIR = join(__dirname, '../../../utils/extract');
const SEED = join(__dirname, '../../../../shared/seed/seed-article.rich.html');
const URL = 'https://japandigest.example/2017/03/spitzentreffen/';

describe('the extraction core is pure', { timeout: 60_000 }, () => {
  it('imports no extension API and nothing from wxt', async () => {
    const files = (await readdir(EXTRACT_DIR, { recursive: true })).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const offenders: string[] = [];
    for (const file of files) {
      // Comments may say "browser." in prose; only code counts.
      const source = (await readFile(join(EXTRACT_DIR, file), 'utf8')).replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
      if (/\bbrowser\.|\bchrome\.|from\s+['"]wxt\/|import\(['"]wxt\//.test(source)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });

  it('leaves the page it reads unchanged', async () => {
    const doc = parseHtml(await readHtmlFile(SEED), URL);
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, URL);
    expect(result.ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
