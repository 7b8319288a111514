/**
 * Every export on every corpus page (the four sets and the seed): nothing throws, nothing is
 * lost, every headline and every body paragraph's first words are in JSON, Markdown and HTML,
 * and the JSON imports back into an empty library as the very record that was exported.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageOutcome } from './exports-check';
import type { LaneRequest } from './exports-worker';

// Two child processes share the pages: on CI's 2 cores Vitest runs one test file at a time, so the
// second core is otherwise idle. The whole run costs about 530 s of CPU (measured on a busy
// machine; extraction under jsdom is four fifths of it).
const LANES = 2;
// EXPORTS_EVERY=10 checks every tenth page only, while iterating.
const every = Number(process.env.EXPORTS_EVERY) || 1;
const WORKER = fileURLToPath(new URL('./exports-worker.ts', import.meta.url));

function runLane(lane: number): Promise<PageOutcome[]> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let outcomes: PageOutcome[] | undefined;
    child.on('message', (message) => (outcomes = message as PageOutcome[]));
    child.on('error', reject);
    child.on('exit', (code) =>
      outcomes ? resolve(outcomes) : reject(new Error(`exports lane ${lane} exited with ${code}`)),
    );
    child.send({ lane, lanes: LANES, every } satisfies LaneRequest);
  });
}

let outcomes: PageOutcome[] = [];

beforeAll(async () => {
  outcomes = (await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(lane)))).flat();
}, 1_800_000);

describe('exports of every corpus page', () => {
  it('saves an article for nearly every page', () => {
    expect(outcomes.length).toBeGreaterThan(process.env.EXPORTS_PAGES ? 0 : 600 / every);
    expect(outcomes.filter((o) => o.saved).length).toBeGreaterThan(outcomes.length * 0.9);
  });

  it('nothing throws while saving, exporting or importing', () => {
    expect(outcomes.filter((o) => o.errors.length).map((o) => [o.name, o.errors])).toEqual([]);
  });

  it('the JSON backup imports into an empty library as the same record', () => {
    expect(outcomes.filter((o) => o.changedByImport).map((o) => o.name)).toEqual([]);
  });

  it('the saved page asks the web for nothing and shows a placeholder only for a picture left on the web', () => {
    expect(outcomes.filter((o) => o.savedPage.length).map((o) => [o.name, o.savedPage])).toEqual([]);
  });

  it('JSON, Markdown and HTML keep the headline and every paragraph', () => {
    expect(outcomes.filter((o) => o.missing.length).map((o) => [o.name, o.missing])).toEqual([]);
  });
});
