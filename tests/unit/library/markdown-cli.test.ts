import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const RICH = join(ROOT, '../shared/seed/seed-article.rich.html');
const run = (...args: string[]) =>
  promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/extract.ts'), ...args], { cwd: ROOT });

describe('extract --format markdown', () => {
  it('prints front matter, the headline, the teaser as a list and the body', async () => {
    const { stdout } = await run('--format', 'markdown', '--url', 'https://japandigest.example/a/', RICH);
    const [, front, rest] = stdout.split(/^---$/m);
    expect(front).toContain('title: "Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit"');
    expect(front).toContain('authors:\n  - "Hannah Janz"');
    expect(front).toContain('date: "2017-03-21T09:30:00+01:00"');
    expect(front).toMatch(/^url: "https:\/\/japandigest\.example\/2017\//m);
    expect(rest).toContain('# Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit');
    expect(rest).toContain('- Stärkere Zusammenarbeit wird angepeilt');
    expect(rest).toContain('\nAm Montag trafen sich Japans und Russlands');
    expect(rest).toContain('## Zusammenarbeit Japan-Russland: Vorteile und Anliegen');
    expect(rest).not.toMatch(/<p>|<\/?div/);
  }, 60_000);

  it('refuses a format it does not know', async () => {
    await expect(run('--format', 'pdf', RICH)).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});
