import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeFigures {
  /** content-scripts/reader.js and its CSS, gzipped (level 9), in bytes. */
  contentScriptGzBytes: number;
  /** Every JS file popup.html loads before its first render, gzipped, in bytes. */
  popupGzBytes: number;
  files: Record<string, number>;
}

const gzBytes = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;

/**
 * What a user downloads into a page on the first click, and what the popup parses to open. The
 * popup's JS is followed from popup.html through static `import` statements (what the browser
 * must fetch before running it); chunks loaded by `import()` later are not counted.
 */
export async function measureSizes(outDir: string): Promise<SizeFigures> {
  const files: Record<string, number> = {};
  const contentScript = ['content-scripts/reader.js', 'content-scripts/reader.css'].filter((f) =>
    existsSync(join(outDir, f)),
  );
  if (!contentScript.includes('content-scripts/reader.js'))
    throw new Error(`${outDir} has no content-scripts/reader.js: run \`npm run build\``);
  for (const file of contentScript) files[file] = await gzBytes(join(outDir, file));

  const popupJs = await staticModuleGraph(outDir, 'popup.html');
  for (const file of popupJs) files[file] = await gzBytes(join(outDir, file));

  const sum = (list: string[]) => list.reduce((total, f) => total + files[f]!, 0);
  return { contentScriptGzBytes: sum(contentScript), popupGzBytes: sum(popupJs), files };
}

const HTML_SCRIPT = /<script\b[^>]*\bsrc="([^"]+\.js)"|<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g;
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+\.js)["']/g;

/** Output-relative paths of the JS files an HTML page loads, following static imports. */
async function staticModuleGraph(outDir: string, htmlFile: string): Promise<string[]> {
  const html = await readFile(join(outDir, htmlFile), 'utf8');
  const pending = [...html.matchAll(HTML_SCRIPT)].map((m) => posix.normalize((m[1] ?? m[2]!).replace(/^\//, '')));
  const seen = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(outDir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const spec = m[1]!;
      pending.push(spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(dirname(file), spec)));
    }
  }
  return [...seen].sort();
}
