import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const BARE = join(ROOT, '../shared/seed/seed-article.bare.html');
const run = (...args: string[]) =>
  promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/extract.ts'), ...args], { cwd: ROOT });

describe('extract CLI', () => {
  it('prints the bare seed page as one JSON object with headline, author and teaser', async () => {
    const { stdout } = await run(BARE);
    const result = JSON.parse(stdout);
    expect(result.ok).toBe(true);
    expect(result.article.title).toBe('Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit');
    expect(result.article.authors).toEqual(['Hannah Janz']);
    expect(result.article.teaser).toHaveLength(3);
    expect(result.article.url).toMatch(/^file:\/\/\/.*seed-article\.bare\.html$/);
  }, 60_000);

  it('runs a manifest: a good page, a missing file, a gzipped page and a broken line, one line each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lede-cli-'));
    await writeFile(join(dir, 'page.html.gz'), gzipSync(await readFile(BARE)));
    const manifest = [
      JSON.stringify({ id: 'good', file: BARE, url: 'https://japandigest.example/a/' }),
      JSON.stringify({ id: 'missing', file: 'nope.html', url: 'https://japandigest.example/b/' }),
      JSON.stringify({ id: 'gz', file: 'page.html.gz', url: 'https://japandigest.example/c/' }),
      '{not json',
    ].join('\n');
    await writeFile(join(dir, 'm.jsonl'), manifest);
    const { stdout } = await run('--manifest', join(dir, 'm.jsonl'));
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.ok])).toEqual([
      ['good', true],
      ['missing', false],
      ['gz', true],
      ['line 4', false],
    ]);
    expect(lines[1].reason).toMatch(/not found/);
    expect(lines[0].article.url).toBe('https://japandigest.example/a/');
    expect(lines[2].article.teaser).toEqual(lines[0].article.teaser);
  }, 60_000);

  it('explains its usage with --help', async () => {
    const { stdout } = await run('--help');
    expect(stdout).toMatch(/--manifest/);
  }, 60_000);
});
