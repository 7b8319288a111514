import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { EXTENSION_DIR, launchLede, startServer } from '../../tests/e2e/harness';
import { benchClickToPaint, benchClickToPaintLarge } from './click';
import { largestPages, listCorpusPages } from './corpus';
import { benchExtract } from './extract';
import { benchPopup } from './popup';
import { table, type Figures } from './report';
import { benchScale, MIN_SCALE_RUNS } from './scale';
import { benchBrowserScale } from './scale-browser';
import { measureSizes } from './sizes';
import { closeQuietly } from './quiet';
import { benchUntouched } from './untouched';

/** Pages timed by default in the extract section: an even sample, so a default run takes minutes. */
const DEFAULT_PAGES = 120;

const SECTIONS = ['sizes', 'extract', 'scale', 'scale-browser', 'click', 'untouched', 'popup'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = `npm run bench -- [--json] [--only ${SECTIONS.join(',')}] [--runs N] [--extract-runs N] [--pages N]
  Needs \`npm run build\` first (sizes, click, untouched, popup) and Chromium (CHROMIUM_PATH; also scale-browser).
  --runs N          timed runs per page / per popup size in the browser (default 5), after one warm-up
  --extract-runs N  timed runs per corpus page and per grown page in Node (default 3; at least ${MIN_SCALE_RUNS} per grown page, 3 on the largest), after one warm-up
  --pages N|all     time extraction on N pages spread evenly over the corpus (default ${DEFAULT_PAGES}: timing
                    every corpus page takes over ten minutes on 2 cores), or on every page with \`all\``;

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    runs: { type: 'string', default: '5' },
    'extract-runs': { type: 'string', default: '3' },
    pages: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const only = new Set((values.only?.split(',') ?? SECTIONS) as Section[]);
const unknown = [...only].filter((s) => !SECTIONS.includes(s));
if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}\n${USAGE}`);
const runs = positive(values.runs, '--runs');
const extractRuns = positive(values['extract-runs'], '--extract-runs');
const pageLimit = values.pages === 'all' ? undefined : positive(values.pages ?? String(DEFAULT_PAGES), '--pages');

function positive(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} wants a whole number ≥ 1, got ${text}`);
  return n;
}

const progress = (line: string) => process.stderr.write(`${line}\n`);
const cpu = cpus();
const figures: Figures = {};
const details: Record<string, unknown> = {};

/**
 * Each section stands alone: one that fails (Chromium gone, the build replaced mid-run) is
 * reported and the others' figures are still printed.
 */
const errors: Partial<Record<Section, string>> = {};
async function section(name: Section, work: () => Promise<void>): Promise<void> {
  if (!only.has(name)) return;
  const before = new Set(Object.keys(figures));
  try {
    await work();
    const added = Object.fromEntries(Object.entries(figures).filter(([key]) => !before.has(key)));
    progress(table(added).replace(/^/gm, '  '));
  } catch (error) {
    errors[name] = error instanceof Error ? error.message : String(error);
    progress(`  ${name} failed: ${errors[name]}`);
  }
}

await section('sizes', async () => {
  progress('sizes of the built extension…');
  const sizes = await measureSizes(EXTENSION_DIR);
  figures.contentScriptGzBytes = sizes.contentScriptGzBytes;
  figures.popupGzBytes = sizes.popupGzBytes;
  details.sizes = sizes.files;
});

let extractSample: string | null = null;
await section('extract', async () => {
  progress(
    pageLimit
      ? `extraction in Node on a sample of ${pageLimit} pages spread over the corpus (--pages all for every page), ${extractRuns} runs per page…`
      : `extraction in Node on every corpus page, ${extractRuns} runs per page…`,
  );
  const extract = await benchExtract(extractRuns, {
    limit: pageLimit,
    onPage: (done, total) => process.stderr.write(`\r  ${done}/${total} pages${done === total ? '\n' : ''}`),
  });
  extractSample = extract.sample;
  figures.extractRatio = extract.extractRatio;
  figures.extractP95Ratio = extract.extractP95Ratio;
  details.extract = {
    pages: extract.pages,
    sample: extract.sample,
    skipped: extract.skipped,
    worst: extract.worst,
  };
});

await section('scale', async () => {
  progress(
    `extraction on one article grown to ×1, ×4, ×16 its bytes and nested 5,000 deep, ${Math.max(extractRuns, MIN_SCALE_RUNS)} runs each (fewer on ×16)…`,
  );
  const scale = await benchScale(extractRuns, progress);
  figures.scaleExponent = scale.scaleExponent;
  figures.scaleRatio = scale.scaleRatio;
  figures.deepNestingMs = scale.deepNestingMs;
  details.scale = { slopes: scale.slopes, sizes: scale.sizes, deepError: scale.deepError };
  // Not figures with a target: where a superlinear scaleExponent comes from.
  progress(
    `  slopes over page bytes, ×1 to ×16: ${Object.entries(scale.slopes)
      .map(([name, value]) => `${name} ${value.toFixed(2)}`)
      .join(', ')}`,
  );
});

await section('scale-browser', async () => {
  progress('the same grown pages in Chromium, where Lede runs…');
  const scale = await benchBrowserScale(extractRuns, progress);
  figures.browserScaleExponent = scale.browserScaleExponent;
  figures.browserScaleRatio = scale.browserScaleRatio;
  details.scaleBrowser = { slopes: scale.slopes, sizes: scale.sizes };
  progress(
    `  slopes over page bytes in Chromium, ×1 to ×16: ${Object.entries(scale.slopes)
      .map(([name, value]) => `${name} ${value.toFixed(2)}`)
      .join(', ')}`,
  );
});

const server = only.has('click') || only.has('untouched') ? await startServer() : null;
await section('click', async () => {
  const pages = await largestPages(await listCorpusPages(), 5);
  progress(`click to paint on the ${pages.length} largest pages, ${runs} runs each…`);
  const lede = await launchLede();
  try {
    const click = await benchClickToPaint(lede, server!, pages, runs);
    figures.clickToPaintRatio = click.clickToPaintRatio;
    figures.clickToPaintP95Ratio = click.clickToPaintP95Ratio;
    details.click = click.pages;
    progress(`click to paint on a 10 MB article, ${runs} runs…`);
    // Its own failure (the page judged too large, no headline) keeps the figures above.
    try {
      const large = await benchClickToPaintLarge(lede, runs);
      figures.clickToPaintLargeMs = large.clickToPaintLargeMs;
      details.clickLarge = large.runsMs;
    } catch (error) {
      details.clickLarge = error instanceof Error ? error.message : String(error);
    }
  } finally {
    await closeQuietly(lede);
  }
});

await section('untouched', async () => {
  progress('what Lede adds to pages it is not opened on…');
  const untouched = await benchUntouched(server!, [
    server!.url('shared', 'seed/seed-article.rich.html'),
    server!.url('shared', 'seed/seed-article.bare.html'),
    server!.url('shared', 'corpus/readability/bbc-1/source.html'),
    server!.url('shared', 'corpus/readability/nytimes-1/source.html'),
    server!.url('shared', 'corpus/readability/lemonde-1/source.html'),
  ]);
  figures.untouchedPageCost = untouched.untouchedPageCost;
  details.untouched = untouched;
});
await server?.close();

await section('popup', async () => {
  progress(`popup with 10 and 5,000 saved articles, ${runs} runs each…`);
  const popup = await benchPopup(runs);
  figures.popupScaleRatio = popup.popupScaleRatio;
  figures.libraryMemoryMB = popup.libraryMemoryMB;
  details.popup = popup;
});

const machine = { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length };
const runCounts = { extract: extractRuns, browser: runs };
if (values.json) {
  console.log(JSON.stringify({ ...figures, machine, runs: runCounts, details, errors }));
} else {
  console.log(
    `\n${machine.cpu}, ${machine.cores} cores; ${extractRuns} runs per page in Node, ${runs} per case in Chromium (medians)` +
      `${extractSample ? `\nextractRatio and extractP95Ratio from a sample: ${extractSample} (--pages all for every page)` : ''}\n`,
  );
  console.log(table(figures));
  console.log(`\n${JSON.stringify(details, null, 2)}`);
  for (const [name, message] of Object.entries(errors)) console.log(`\n${name} FAILED: ${message}`);
}
if (Object.keys(errors).length) process.exitCode = 1;
