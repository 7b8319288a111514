import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const BARE = join(ROOT, '../shared/seed/seed-article.bare.html');
const run = (...args: string[]) =>
  promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/extract.ts'), ...args], { cwd: ROOT });

describe('extract --speech', () => {
  it('prints one {"part","text"} line per chunk, headline first, then byline, teaser and body', async () => {
    const { stdout } = await run('--speech', BARE);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { part: string; text: string });
    expect(Object.keys(lines[0]!)).toEqual(['part', 'text']);
    expect(lines[0]).toEqual({ part: 'headline', text: 'Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit' });
    expect(lines[1]).toEqual({ part: 'byline', text: 'Von Hannah Janz' });
    expect(lines.slice(2, 5).map((l) => l.part)).toEqual(['teaser', 'teaser', 'teaser']);
    expect(lines.slice(5).every((l) => l.part === 'body')).toBe(true);
    expect(lines.at(-1)!.text).toBe('Ende April steht das Thema wieder auf der Agenda.');
  }, 60_000);
});
