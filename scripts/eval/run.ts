/** Runs the chosen sets, one child process each, at most two at a time (the machine has 2 cores). */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SetResult } from './aggregate';
import type { SetName } from './sets';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PARALLEL = 2;

function runOne(set: SetName, args: readonly string[]): Promise<SetResult> {
  return new Promise((resolve, reject) => {
    const child = fork(`${HERE}worker.ts`, [set, ...args], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      // Parent's stdout is the report (or JSON); keep children's stray output off it.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let result: SetResult | undefined;
    child.on('message', (m) => (result = m as SetResult));
    child.on('error', reject);
    child.on('exit', (code) =>
      result ? resolve(result) : reject(new Error(`eval of ${set} exited with ${code} and no result`)),
    );
  });
}

/**
 * `model`: choose the teaser with the learned scorer instead of the rules (utils/extract/teaser-model.ts);
 * `blind`: read every page with its class and id names replaced by meaningless tokens (blind.ts).
 */
export async function runEval(
  sets: readonly SetName[],
  options: { model?: boolean; blind?: boolean } = {},
): Promise<SetResult[]> {
  const args = [...(options.model ? ['--model'] : []), ...(options.blind ? ['--blind'] : [])];
  const results = new Map<SetName, SetResult>();
  const queue = [...sets];
  const lane = async (): Promise<void> => {
    for (let set = queue.shift(); set; set = queue.shift()) results.set(set, await runOne(set, args));
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, sets.length) }, lane));
  return sets.map((s) => results.get(s)!);
}
