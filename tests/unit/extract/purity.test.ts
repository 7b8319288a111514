import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { parseHtml, readHtmlFile } from '../../../scripts/lib/html-file';

const ROOT = join(__dirname, '../../..');
const EXTRACT_DIR = join(ROOT, 'utils/extract');
const SEED = join(__dirname, '../../../../shared/seed/seed-article.rich.html');
const URL = 'https://japandigest.example/2017/03/spitzentreffen/';

describe('the extraction core is pure', { timeout: 60_000 }, () => {
  it('imports no extension API and nothing from wxt, nor do the files it imports from outside', async () => {
    const files = (await readdir(EXTRACT_DIR, { recursive: true }))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(EXTRACT_DIR, f));
    expect(files.length).toBeGreaterThan(5);
    const offenders: string[] = [];
    // The core shares helpers with the rest of utils/ (the text walk, site fixes): those run in
    // the core too, so they are held to the same rule, and so is what they import in turn.
    const seen = new Set<string>();
    for (let file = files.pop(); file; file = files.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      // Comments may say "browser." in prose; only code counts.
      const source = (await readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
      if (/\bbrowser\.|\bchrome\.|from\s+['"]wxt\/|import\(['"]wxt\//.test(source))
        offenders.push(relative(ROOT, file));
      for (const [, path] of source.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = resolve(dirname(file), path!);
        const found = [`${target}.ts`, join(target, 'index.ts')].find((f) => existsSync(f));
        if (found) files.push(found);
      }
    }
    expect([...seen].some((f) => !f.startsWith(EXTRACT_DIR))).toBe(true);
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
