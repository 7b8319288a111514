import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../utils/extract';
import type { ExtractResult } from '../utils/article';
import { parseHtml, readHtmlFile } from './lib/html-file';
import { parseFormat, resultToMarkdown } from './lib/markdown-cli';

const USAGE = `Usage:
  npm run -s extract -- [--url URL] FILE            one page, printed as one JSON object
  npm run -s extract -- --manifest M.jsonl          one JSON line per manifest line
  npm run -s extract -- --format markdown FILE      one page as Markdown with YAML front matter

FILE is .html or .html.gz. Without --url the page's canonical URL is used when it names one,
else the file:// URL of FILE. Manifest lines are {"id","file","url"}, with "file" relative to
the manifest's folder or absolute. A page that cannot be read is reported on its own line
({"id","ok":false,"reason"}) and the run goes on.`;

async function extractFile(file: string, url?: string): Promise<ExtractResult> {
  const pageUrl = url ?? pathToFileURL(resolve(file)).href;
  const html = await readHtmlFile(file);
  return extractArticle(parseHtml(html, pageUrl), pageUrl);
}

async function runManifest(manifest: string): Promise<void> {
  const folder = dirname(resolve(manifest));
  const lines = (await readFile(manifest, 'utf8')).split('\n');
  for (const [n, line] of lines.entries()) {
    if (!line.trim()) continue;
    let id: unknown = `line ${n + 1}`;
    try {
      const entry: unknown = JSON.parse(line);
      if (typeof entry !== 'object' || entry === null) throw new Error('not a JSON object');
      const { id: given, file, url } = entry as Record<string, unknown>;
      if (given !== undefined) id = given;
      if (typeof file !== 'string' || !file) throw new Error('"file" missing');
      if (url !== undefined && typeof url !== 'string') throw new Error('"url" is not a string');
      const result = await extractFile(isAbsolute(file) ? file : resolve(folder, file), url);
      process.stdout.write(JSON.stringify({ id, ...result }) + '\n');
    } catch (error) {
      process.stdout.write(JSON.stringify({ id, ok: false, reason: describe(error) }) + '\n');
    }
  }
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return `file not found: ${e.path ?? ''}`;
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, manifest: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`${describe(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.manifest) {
    await runManifest(values.manifest);
    return 0;
  }
  const format = parseFormat(values.format);
  if (!format) {
    process.stderr.write(`unknown --format ${values.format ?? ''}: json or markdown\n\n${USAGE}\n`);
    return 2;
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  try {
    const result = await extractFile(file, values.url);
    if (format === 'json') {
      process.stdout.write(JSON.stringify(result) + '\n');
      return 0;
    }
    const markdown = resultToMarkdown(result);
    if (markdown === null) {
      process.stderr.write(`no article: ${result.ok ? '' : result.reason}\n`);
      return 1;
    }
    process.stdout.write(markdown);
    return 0;
  } catch (error) {
    process.stderr.write(`${describe(error)}\n`);
    return 1;
  }
}

process.exitCode = await main();
