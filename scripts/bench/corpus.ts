import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readHtmlFile } from '../lib/html-file';

export const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));
export const CORPUS = join(SHARED, 'corpus');

export interface CorpusPage {
  /** Path under ../shared/corpus, also the page's name in reports. */
  name: string;
  file: string;
  /** Path under ../shared, as the e2e server serves it. */
  sharedPath: string;
}

/**
 * Every page of the corpus: `.html` and `.html.gz` files, except expected outputs
 * (Readability's `expected.html`, Defuddle's `expected/`), which are not pages a user would open.
 */
export async function listCorpusPages(): Promise<CorpusPage[]> {
  const entries = await readdir(CORPUS, { recursive: true, withFileTypes: true });
  return entries
    .filter(
      (e) =>
        e.isFile() &&
        /\.html(\.gz)?$/.test(e.name) &&
        e.name !== 'expected.html' &&
        !/[/\\]expected$/.test(e.parentPath),
    )
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => ({ name: relative(CORPUS, file), file, sharedPath: relative(SHARED, file) }));
}

/** A stable URL for a page, so that relative links resolve alike in every run. */
export function pageUrl(page: CorpusPage): string {
  return `https://corpus.lede.test/${page.name.replace(/\.gz$/, '')}`;
}

/** The `count` largest pages by decoded size (a gzipped page counts as what the browser gets). */
export async function largestPages(pages: CorpusPage[], count: number): Promise<CorpusPage[]> {
  const sized = await Promise.all(
    pages.map(async (page) => ({
      page,
      size: Buffer.byteLength(await readHtmlFile(page.file)),
    })),
  );
  return sized
    .sort((a, b) => b.size - a.size)
    .slice(0, count)
    .map((s) => s.page);
}
