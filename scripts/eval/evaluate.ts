/** One set, both systems, every page: parse once, run each system, score each field. */
import { readHtmlFile, parseHtml } from '../lib/html-file';
import { blindNames } from './blind';
import { figuresOf, halvesOf, type PageResult, type SetResult } from './aggregate';
import { runLede, runReadability, type Prediction, type System } from './extractors';
import { halfOf } from './folds';
import { scorePage } from './score';
import { withPrintedFlags } from './printed';
import { loadSet, type Case, type SetName } from './sets';

/**
 * `options`: how Lede extracts (the learned teaser scorer with `--model`); `blind`: every page's
 * class and id names replaced by meaningless tokens first (`--blind`, blind.ts).
 */
export async function evaluateSet(
  name: SetName,
  options: ExtractOptions = {},
  { blind = false }: { blind?: boolean } = {},
): Promise<SetResult> {
  const cases = await loadSet(name);
  const ms: Record<System, number> = { lede: 0, readability: 0 };
  const results: PageResult[] = [];
  for (const c of cases) results.push(await evaluatePage(c, ms, options, blind));
  return { set: name, pages: cases.length, ms, figures: figuresOf(results), halves: halvesOf(results), results };
}

async function evaluatePage(
  c: Case,
  ms: Record<System, number>,
  options: ExtractOptions,
  blind: boolean,
): Promise<PageResult> {
  const doc = parseHtml(await readHtmlFile(c.file), c.url);
  const expected = withPrintedFlags(await c.expected(doc), doc);
  // After the expected values: a set that reads them from the page reads the page as published.
  if (blind) blindNames(doc);
  const timed = (system: System, run: () => Prediction): Prediction => {
    const start = performance.now();
    try {
      return run();
    } catch (err) {
      return { title: '', authors: [], teaser: [], date: null, site: null, body: '', failure: `threw: ${String(err)}` };
    } finally {
      ms[system] += performance.now() - start;
    }
  };
  const readability = timed('readability', () => runReadability(doc));
  const lede = timed('lede', () => runLede(doc, c.url, options));
  doc.defaultView?.close();
  const { body: _body, printed: _printed, ...short } = expected;
  const failure: PageResult['failure'] = {};
  if (lede.failure) failure.lede = lede.failure;
  if (readability.failure) failure.readability = readability.failure;
  return {
    id: c.id,
    half: halfOf(c.publisher),
    expected: short,
    scores: { lede: scorePage(expected, lede), readability: scorePage(expected, readability) },
    failure,
  };
}
