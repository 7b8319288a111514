import { readFile } from 'node:fs/promises';
import type { ExtractOptions } from '../../utils/article';
import { readFixesFile, type FixesFile } from '../../utils/fixes/rules';
import { rulesFor } from '../../utils/fixes/site';
import { extractFile } from './extract-page';

/**
 * `--rules RULES.json`: a Site fixes export, read as the options page reads an import (entries
 * it cannot read are named on stderr and skipped), applied to each page by its site.
 */
export async function readRulesFile(path: string): Promise<FixesFile> {
  const { fixes, skipped } = readFixesFile(JSON.parse(await readFile(path, 'utf8')));
  for (const s of skipped) process.stderr.write(`${path}: ${s.where}: ${s.reason}, skipped\n`);
  return fixes;
}

/**
 * The page's site is its `--url`'s, else its canonical URL's (which a first, plain reading of
 * the page finds), since a file's own `file:` URL belongs to no site.
 */
export async function extractWithRules(
  fixes: FixesFile,
  file: string,
  url: string | undefined,
  options: ExtractOptions = {},
): ReturnType<typeof extractFile> {
  let pageUrl = url;
  if (!pageUrl) {
    const plain = await extractFile(file);
    if (!plain.ok) return plain;
    pageUrl = plain.article.url;
  }
  return extractFile(file, url, { ...options, rules: rulesFor(fixes, pageUrl) });
}
