import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const RICH = join(ROOT, '../shared/seed/seed-article.rich.html');
const run = (...args: string[]) =>
  promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/extract.ts'), ...args], { cwd: ROOT });

describe('extract --explain', () => {
  it('prints each field with its source and the candidates it beat, then the passes grouped', async () => {
    const { stdout } = await run('--explain', '--url', 'https://japandigest.example/2017/03/spitzentreffen/', RICH);
    const [fields, passes] = stdout.split('\nPASSES');
    expect(fields).toMatch(
      /^ {2}title: "Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit"\n {6}from h1 {2}\[h1\.entry-title in header\.entry-header > div\.entry-title-row\]; also .*json-ld headline/m,
    );
    expect(fields).toContain(
      '      not "NEWS | Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit"  (meta og:title)',
    );
    expect(fields).toMatch(/^ {2}authors: "Hannah Janz"\n {6}from json-ld author/m);
    expect(fields).toMatch(/^ {2}teaser: 3× "Nordkorea als Bedrohung/m);
    // Grouped by pass, then by why, each block once with where it stood.
    expect(passes).toMatch(/^ {2}readability: removed — \d+ blocks, \d+ characters\n/m);
    expect(passes).toMatch(
      /^ {4}not in the article: in a side column:\n {6}- "EDO TATTOO" {2}\[h4\.widget-title in aside#secondary\.sidebar > div\.widget\.widget-ad\]$/m,
    );
    expect(passes).toMatch(
      /^ {2}leading duplicates: removed — 1 block, 222 characters\n {4}the teaser again:\n {6}- "Nordkorea als Bedrohung: .{20,}…"/m,
    );
  }, 120_000);

  it('is listed in the usage', async () => {
    const { stdout } = await run('--help');
    expect(stdout).toMatch(/--explain/);
  }, 120_000);
});
