/**
 * Child process: scores one set (argv[2]) and sends the SetResult to its parent.
 * One process per set keeps jsdom's memory per set and lets two sets run on two cores.
 */
import { evaluateSet } from './evaluate';
import { SETS, type SetName } from './sets';

const name = process.argv[2] as SetName;
if (!process.send || !SETS.includes(name)) {
  console.error(`usage: forked by scripts/eval/run.ts with one of ${SETS.join(', ')}`);
  process.exit(2);
}
const result = await evaluateSet(name, process.argv.includes('--model') ? { teaserScorer: { learned: true } } : {}, {
  blind: process.argv.includes('--blind'),
});
// Wait until the message has left, or exiting can cut a large result off.
await new Promise<void>((done, fail) => process.send!(result, (err: Error | null) => (err ? fail(err) : done())));
process.exit(0);
