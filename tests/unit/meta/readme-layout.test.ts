import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// The README's layout is the map a newcomer reads first: a folder missing from it is a room
// nobody is told about (in the spirit of refined-github's meta-tests).
const root = resolve(import.meta.dirname, '../../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const layout = /^## Layout\n+```\n([\s\S]*?)\n```/m.exec(readme)?.[1] ?? '';
/** Folders named in the layout block, at any depth: `  popup/   …` gives `popup`. */
const named = new Set([...layout.matchAll(/^\s*([\w.-]+)\/(?=\s)/gm)].map((m) => m[1]));

const ignored = new Set(
  readFileSync(resolve(root, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/\/$/, ''))
    .filter(Boolean),
);
const folders = (dir: string) =>
  readdirSync(resolve(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !ignored.has(entry.name))
    .map((entry) => entry.name);

describe("the README's layout section matches the folders", () => {
  test('the layout block is there', () => {
    expect(layout).not.toBe('');
  });

  test('every top-level folder is in it', () => {
    expect(folders('.').filter((name) => !named.has(name))).toEqual([]);
  });

  test('every entrypoint folder is in it', () => {
    expect(folders('entrypoints').filter((name) => !named.has(name))).toEqual([]);
  });

  test('every folder of components/ and utils/ is in it', () => {
    const missing = ['components', 'utils'].flatMap((dir) => folders(dir).filter((name) => !named.has(name)));
    expect(missing).toEqual([]);
  });
});
