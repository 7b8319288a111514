/**
 * Lede's extraction of every corpus page, computed once per version of the core and kept on disk,
 * so that the corpus tests of features built on an article (listen, exports, highlights …) do not
 * each pay for extracting some nine hundred pages again. The key is a hash of the core's sources,
 * the page reader and the installed Readability: any change to them extracts afresh.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractResult } from '../../utils/article';
import { extractArticle } from '../../utils/extract';
import { loadSet, SETS, type Case, type SetName } from '../../scripts/eval/sets';
import { parseHtml, readHtmlFile } from '../../scripts/lib/html-file';

export interface ExtractedPage {
  page: Case;
  result: ExtractResult;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.cache/lede-corpus');
const SOURCES = [
  'utils/extract',
  'utils/article.ts',
  'utils/text-nodes.ts',
  'scripts/lib',
  'node_modules/@mozilla/readability/package.json',
];

async function filesUnder(path: string): Promise<string[]> {
  if (!(await readdir(path).catch(() => null))) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => filesUnder(join(path, e.name))));
  return nested.flat().sort();
}

let versionOnce: Promise<string> | undefined;
function coreVersion(): Promise<string> {
  versionOnce ??= (async () => {
    const hash = createHash('sha1');
    for (const source of SOURCES) {
      for (const file of await filesUnder(join(ROOT, source))) hash.update(file).update(await readFile(file));
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return versionOnce;
}

async function cacheFile(set: SetName): Promise<string> {
  return join(CACHE, `${set}-${await coreVersion()}.json`);
}

/** A set's extractions on disk, by page id, or null when this version of the core has none. */
async function readCache(set: SetName): Promise<Record<string, ExtractResult> | null> {
  const file = await cacheFile(set);
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Record<string, ExtractResult>) : null;
}

export async function extractedSet(set: SetName): Promise<ExtractedPage[]> {
  const pages = await loadSet(set);
  const file = await cacheFile(set);
  const cached = await readCache(set);
  if (cached && pages.every((p) => p.id in cached)) return pages.map((page) => ({ page, result: cached[page.id]! }));
  const results: Record<string, ExtractResult> = {};
  for (const page of pages) {
    const document = parseHtml(await readHtmlFile(page.file), page.url);
    results[page.id] = extractArticle(document, page.url);
    document.defaultView?.close();
  }
  await mkdir(CACHE, { recursive: true });
  // Written aside and renamed: a test file running beside this one never reads half a file.
  const partial = `${file}.${process.pid}`;
  await writeFile(partial, JSON.stringify(results));
  await rename(partial, file);
  return pages.map((page) => ({ page, result: results[page.id]! }));
}

/**
 * The extractions already on disk, by page file, without extracting anything: a test over its own
 * list of pages (the exports test) takes what the warm-up left and extracts only the rest.
 */
export async function cachedByFile(): Promise<Map<string, ExtractResult>> {
  const byFile = new Map<string, ExtractResult>();
  for (const set of SETS) {
    const results = await readCache(set);
    if (!results) continue;
    for (const page of await loadSet(set)) {
      const result = results[page.id];
      if (result) byFile.set(page.file, result);
    }
  }
  return byFile;
}
