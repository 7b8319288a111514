// One lane of warm-extractions.ts: extracts the sets named on the command line into the cache.
import type { SetName } from '../../scripts/eval/sets';
import { extractedSet } from './extracted';

for (const set of process.argv.slice(2)) await extractedSet(set as SetName);
