import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const BARE = join(ROOT, '../shared/seed/seed-article.bare.html');
const run = (...args: string[]) =>
  promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/extract.ts'), ...args], { cwd: ROOT });

describe('extract --rules', () => {
  it('applies a Site fixes export by the page’s site, and names the entries it skipped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lede-rules-'));
    const rules = join(dir, 'rules.json');
    await writeFile(
      rules,
      JSON.stringify({
        format: 'lede-site-fixes',
        version: 1,
        sites: {
          'japandigest.example': [{ kind: 'hide', field: 'authors' }],
          'not a site': [],
        },
      }),
    );
    const url = 'https://www.japandigest.example/2017/03/spitzentreffen/';
    const fixed = await run('--rules', rules, '--url', url, BARE);
    const result = JSON.parse(fixed.stdout);
    expect(result.article.authors).toEqual([]);
    expect(result.fixes).toEqual({ applied: 1, outcomes: [{ index: 0, kind: 'hide', applied: true }] });
    expect(fixed.stderr).toContain('not a site: not a site name, skipped');
    const elsewhere = JSON.parse((await run('--rules', rules, '--url', 'https://other.example/a', BARE)).stdout);
    expect(elsewhere.article.authors).toEqual(['Hannah Janz']);
  }, 60_000);
});
