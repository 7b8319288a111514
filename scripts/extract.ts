import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeError, extractFile } from './lib/extract-page';
import { explain } from './lib/explain';
import { parseFormat, resultToMarkdown } from './lib/markdown-cli';
import { speechLines } from './lib/speech-cli';
import { TimedExtractor, type TimedResult } from './lib/timed-extract';
import { extractWithRules, readRulesFile } from './lib/rules-cli';

const USAGE = `Usage:
  npm run -s extract -- [--url URL] [--timeout MS] FILE     one page, printed as one JSON object
  npm run -s extract -- [--timeout MS] --manifest M.jsonl   one JSON line per manifest line
  npm run -s extract -- --explain [--url URL] FILE          where each field came from, what each pass removed
  npm run -s extract -- --speech [--url URL] FILE           what Listen reads: one {"part","text"} line per chunk
  npm run -s extract -- --format markdown [--url URL] FILE  one page as Markdown with YAML front matter
  npm run -s extract -- --rules RULES.json [--url URL] FILE  with the page's site fixes (a Site fixes export) applied

FILE is .html or .html.gz. Without --url the page's canonical URL is used when it names one,
else the file:// URL of FILE. Manifest lines are {"id","file","url"}, with "file" relative to
the manifest's folder or absolute. A page that cannot be read is reported on its own line
({"id","ok":false,"reason"}) and the run goes on. A file that is no HTML page (an image, a PDF,
an archive, an SVG) gives {"ok":false,"reason":"not-html"}; with --timeout, a page that takes
longer than MS milliseconds gives {"ok":false,"reason":"timeout"}. A FILE or manifest that
cannot be read is one line on stderr naming it, and the exit status is 1.`;

type Extract = (file: string, url?: string) => Promise<TimedResult>;

async function runManifest(manifest: string, extract: Extract): Promise<number> {
  const folder = dirname(resolve(manifest));
  let text: string;
  try {
    text = await readFile(manifest, 'utf8');
  } catch (error) {
    process.stderr.write(`manifest ${describeError(error, manifest)}\n`);
    return 1;
  }
  for (const [n, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    let id: unknown = `line ${n + 1}`;
    try {
      const entry: unknown = JSON.parse(line);
      if (typeof entry !== 'object' || entry === null) throw new Error('not a JSON object');
      const { id: given, file, url } = entry as Record<string, unknown>;
      if (given !== undefined) id = given;
      if (typeof file !== 'string' || !file) throw new Error('"file" missing');
      if (url !== undefined && typeof url !== 'string') throw new Error('"url" is not a string');
      const path = isAbsolute(file) ? file : resolve(folder, file);
      const result = await extract(path, url).catch((error: unknown) => ({
        ok: false as const,
        reason: describeError(error, path),
      }));
      process.stdout.write(JSON.stringify({ id, ...result }) + '\n');
    } catch (error) {
      process.stdout.write(JSON.stringify({ id, ok: false, reason: describeError(error) }) + '\n');
    }
  }
  return 0;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        manifest: { type: 'string' },
        timeout: { type: 'string' },
        explain: { type: 'boolean' },
        speech: { type: 'boolean' },
        format: { type: 'string' },
        rules: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = parseFormat(values.format);
  if (!format) {
    process.stderr.write(`unknown --format ${values.format ?? ''}: json or markdown\n\n${USAGE}\n`);
    return 2;
  }
  const ms = values.timeout === undefined ? undefined : Number(values.timeout);
  if (ms !== undefined && !(Number.isInteger(ms) && ms > 0)) {
    process.stderr.write(`--timeout wants a whole number of milliseconds > 0, got ${values.timeout}\n`);
    return 2;
  }
  if (values.rules && ms !== undefined) {
    process.stderr.write('--rules and --timeout cannot be combined\n');
    return 2;
  }
  const fixes = values.rules
    ? await readRulesFile(values.rules).catch((e: unknown) => describeError(e, values.rules))
    : null;
  if (typeof fixes === 'string') {
    process.stderr.write(`rules ${fixes}\n`);
    return 1;
  }
  const timed = ms === undefined ? null : new TimedExtractor(ms);
  const extract: Extract = timed
    ? (file, url) => timed.extract(file, url)
    : fixes
      ? (file, url) => extractWithRules(fixes, file, url)
      : extractFile;
  try {
    if (values.manifest) return await runManifest(values.manifest, extract);
    const [file] = positionals;
    if (!file || positionals.length > 1) {
      process.stderr.write(USAGE + '\n');
      return 2;
    }
    try {
      if (values.explain) {
        const result = fixes
          ? await extractWithRules(fixes, file, values.url, { trace: true })
          : await extractFile(file, values.url, { trace: true });
        // A file that is no HTML page never reaches the core, so it has no trace to explain.
        process.stdout.write(
          result.trace ? explain({ ...result, trace: result.trace }, file) : JSON.stringify(result) + '\n',
        );
        return 0;
      }
      const result = await extract(file, values.url);
      if (!values.speech && format === 'json') {
        process.stdout.write(JSON.stringify(result) + '\n');
        return 0;
      }
      if (!result.ok) {
        process.stderr.write(`no article: ${result.reason}\n`);
        return 1;
      }
      process.stdout.write(values.speech ? speechLines(result.article) : resultToMarkdown(result)!);
      return 0;
    } catch (error) {
      process.stderr.write(`${describeError(error, file)}\n`);
      return 1;
    }
  } finally {
    await timed?.close();
  }
}

process.exitCode = await main();
