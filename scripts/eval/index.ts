/**
 * `npm run eval`: Lede's core beside plain Readability over the shared corpora and the seed.
 *   --set NAME        one set (fundus-open, postlight, readability, defuddle, seed); repeatable
 *   --failures FIELD  also list Lede's per-page misses on FIELD (title, authors, teaser, date, site, body,
 *                     clean), from the study half of each open set only (see folds.ts)
 *   --model           choose the teaser with the learned scorer (`npm run train`) instead of the rules
 *   --blind           every page with its class and id names replaced by meaningless tokens (blind.ts):
 *                     how the fields fare on a site whose naming Lede has never seen
 *   --json            one JSON object with all figures (and the failures, if asked) instead of tables
 *   --fixes           instead of the tables: whether a site fix made on one article carries over to the
 *                     publisher's other articles (fixes.ts); --explain adds one line per pair
 */
import { parseArgs } from 'node:util';
import { evaluateFixes, explainPair, roomLine, summaryLine, templateLine } from './fixes';
import { failures, formatFailures, formatTable, NOTES } from './report';
import { runEval } from './run';
import { FIELDS, type Field } from './score';
import { OPEN_SETS, SETS, type SetName } from './sets';

const USAGE = `Usage: npm run -s eval -- [--set NAME]… [--failures FIELD] [--model] [--blind] [--json]
       npm run -s eval -- --fixes [--explain] [--set NAME]…
  sets: ${SETS.join(', ')}; fields: ${FIELDS.join(', ')}`;

const { values } = readArgs();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const sets = (values.set ?? (values.fixes ? [...OPEN_SETS] : [...SETS])) as SetName[];
const bad = sets.find((s) => !SETS.includes(s));
if (bad) fail(`unknown set "${bad}"; sets: ${SETS.join(', ')}`);
const field = values.failures as Field | undefined;
if (field !== undefined && !FIELDS.includes(field)) fail(`unknown field "${field}"; fields: ${FIELDS.join(', ')}`);

if (values.fixes) {
  const result = await evaluateFixes(sets);
  if (values.explain) for (const p of result.pairs) console.log(explainPair(p));
  if (values.explain) console.log(`(${result.noFix} pairs left out: nothing to fix on their first page)`);
  console.log(summaryLine(result));
  console.log(roomLine(result));
  console.log(templateLine(result));
  process.exit(0);
}

const start = performance.now();
const results = await runEval(sets, { model: values.model, blind: values.blind });
const seconds = (performance.now() - start) / 1000;

if (values.json) {
  const out = {
    seconds,
    blind: values.blind,
    sets: results.map((r) => ({
      set: r.set,
      pages: r.pages,
      ms: r.ms,
      figures: r.figures,
      halves: r.halves,
      ...(field ? { failures: failures(r, field) } : {}),
    })),
  };
  console.log(JSON.stringify(out, null, 2));
} else {
  if (values.model) console.log('Teaser chosen by the learned scorer (--model), not the rules.\n');
  if (values.blind)
    console.log('Every class and id name replaced by a meaningless token (--blind), for both systems.\n');
  for (const r of results) console.log(`${formatTable(r)}\n`);
  console.log(NOTES.join('\n'));
  console.log(`\n${sets.length} sets in ${seconds.toFixed(1)} s`);
  if (field) for (const r of results) console.log(`\n${formatFailures(r, field)}`);
}

/** A mistyped option is one line and the usage, not a Node stack trace. */
function readArgs() {
  try {
    return parseArgs({
      options: {
        set: { type: 'string', multiple: true },
        failures: { type: 'string' },
        json: { type: 'boolean', default: false },
        fixes: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        model: { type: 'boolean', default: false },
        blind: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
