/**
 * `npm run train`: learns the teaser scorer's weights from the study half and writes
 * utils/extract/teaser-weights.json. Same corpus, same weights (see logistic.ts).
 *   --cache FILE   read the study pages' candidates from FILE if it exists, else write them there
 *   --dry-run      print the figures, leave the weights file as it is
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { FEATURE_NAMES } from '../../utils/extract/teaser-features';
import { crossValidate, PENALTIES, train } from './teaser-fit';
import { FIT } from './logistic';
import { studyPages, type TeaserPage } from './teaser-pages';

const OUT = fileURLToPath(new URL('../../utils/extract/teaser-weights.json', import.meta.url));

const { values } = parseArgs({
  options: { cache: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
});

let pages: TeaserPage[];
if (values.cache && existsSync(values.cache)) pages = JSON.parse(await readFile(values.cache, 'utf8')) as TeaserPage[];
else {
  pages = await studyPages();
  if (values.cache) await writeFile(values.cache, JSON.stringify(pages));
}

// The penalty is chosen by cross-validation over the study half's publishers; on a tie the
// weakest one, which fits the study half best.
let l2 = FIT.l2;
let bestCv = -1;
for (const penalty of PENALTIES) {
  const cv = crossValidate(pages, { ...FIT, l2: penalty });
  console.log(`l2 ${penalty}: held-out publishers' teaser F1 ${cv.model.toFixed(3)} (rules ${cv.rules.toFixed(3)})`);
  if (cv.model > bestCv + 1e-12) [bestCv, l2] = [cv.model, penalty];
}
const { model, study } = train(pages, { ...FIT, l2 });
console.log(`${pages.length} study pages, ${pages.reduce((n, p) => n + p.candidates.length, 0)} candidates`);
console.log(
  `study teaser F1: model ${study.model.toFixed(3)}, rules ${study.rules.toFixed(3)}, none ${study.none.toFixed(3)}, best possible ${study.oracle.toFixed(3)}; threshold ${model.threshold}, l2 ${l2}`,
);
for (const [i, name] of FEATURE_NAMES.entries()) console.log(`  ${model.weights[i]!.toFixed(3).padStart(8)}  ${name}`);
if (!values['dry-run']) {
  // Formatted as the repository's Prettier check wants it, so a retrained file commits as written.
  const options = { ...(await resolveConfig(OUT)), filepath: OUT };
  await writeFile(OUT, await format(JSON.stringify(model), options));
  console.log(`wrote ${OUT}`);
}
