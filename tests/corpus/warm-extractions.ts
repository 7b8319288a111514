/**
 * Vitest global setup of the corpus project: extracts every page of every set once, in two
 * processes (CI has two cores), into the on-disk cache of extracted.ts, before the corpus tests
 * start. The tests built on an article (listen, highlights, exports) then read it instead of each
 * extracting some nine hundred pages again, and two test files never extract the same set at once.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const LANES: string[][] = [
  ['fundus-open', 'readability', 'seed'],
  ['postlight', 'defuddle'],
];
const WARM = fileURLToPath(new URL('./warm-lane.ts', import.meta.url));

function warm(sets: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(WARM, sets, { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`warming ${sets.join(', ')} exited ${code}`)),
    );
  });
}

export default async function setup(): Promise<void> {
  await Promise.all(LANES.map(warm));
}
