/**
 * Where Lede's extraction time goes, phase by phase, beside plain Readability on the same pages:
 * the tool to find a cost before cutting it (`npm run bench` only says that one is there).
 *
 *   npx tsx scripts/bench/phases.ts [--pages N] [--runs N] [NAME…]
 *
 * NAME: corpus pages whose path (under ../shared/corpus) ends with it; without names, N pages
 * spread evenly over the corpus (default 40). Each page is extracted `runs` times (default 20)
 * after a warm-up. Prints the median milliseconds of each pause of `extractInSteps` and of
 * Readability's `parse()` on its own clone, summed over the pages. For a profile by function,
 * run the same under `node --cpu-prof --import tsx scripts/bench/phases.ts …` and open the
 * `.cpuprofile` in Chrome's DevTools.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { extractInSteps } from '../../utils/extract';
import { parseHtml, readHtmlFile } from '../lib/html-file';
import { listCorpusPages, pageUrl } from './corpus';
import { spread } from './extract';
import { median } from './stats';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { pages: { type: 'string', default: '40' }, runs: { type: 'string', default: '20' } },
});
const runs = Number(values.runs);
const all = await listCorpusPages();
const pages = positionals.length
  ? all.filter((p) => positionals.some((name) => p.name.endsWith(name)))
  : spread(all, Number(values.pages));

/** Per phase (and Readability alone), the sum over pages of each page's median time. */
const totals = new Map<string, number>();
for (const page of pages) {
  const url = pageUrl(page);
  const doc = await readHtmlFile(page.file)
    .then((html) => parseHtml(html, url))
    .catch(() => null);
  if (!doc) continue;
  const samples = new Map<string, number[]>();
  const add = (name: string, ms: number) => samples.set(name, [...(samples.get(name) ?? []), ms]);
  for (let run = 0; run <= runs; run++) {
    const steps = extractInSteps(doc, url);
    let last = performance.now();
    for (let step = steps.next(); ; step = steps.next()) {
      const now = performance.now();
      // The last stretch, after the cleanup pause, is the sanitiser and the article's fields.
      if (run > 0) add(step.done ? 'sanitise' : step.value, now - last);
      last = now;
      if (step.done) break;
    }
    const start = performance.now();
    new Readability(doc.cloneNode(true) as Document).parse();
    if (run > 0) add('Readability alone', performance.now() - start);
  }
  doc.defaultView?.close();
  for (const [name, ms] of samples) totals.set(name, (totals.get(name) ?? 0) + median(ms));
}

const lede = [...totals].filter(([name]) => name !== 'Readability alone').reduce((sum, [, ms]) => sum + ms, 0);
const alone = totals.get('Readability alone') ?? NaN;
for (const [name, ms] of totals) console.log(`${name.padEnd(18)} ${(ms / pages.length).toFixed(2).padStart(8)} ms`);
console.log(
  `${'Lede in all'.padEnd(18)} ${(lede / pages.length).toFixed(2).padStart(8)} ms  (${(lede / alone).toFixed(2)}× Readability alone, ${pages.length} pages)`,
);
