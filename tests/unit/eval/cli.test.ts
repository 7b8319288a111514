import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const run = (...args: string[]) =>
  promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/eval/index.ts'), ...args], {
    cwd: ROOT,
  });

describe('eval CLI', () => {
  it('--help prints the usage with the sets and fields', async () => {
    const { stdout } = await run('--help');
    expect(stdout).toMatch(/^Usage: npm run -s eval --/);
    expect(stdout).toContain('fundus-open');
    expect(stdout).toContain('body');
  }, 60_000);

  it('a mistyped option or set is one line and the usage, not a stack trace', async () => {
    for (const args of [['--bogus'], ['--set', 'fundus']]) {
      const failure = await run(...args).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure?.code).toBe(2);
      expect(failure?.stderr.split('\n')[0]).toMatch(/^(Unknown option '--bogus'|unknown set "fundus"; sets: )/);
      expect(failure?.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});
