import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCALE_PAGE } from '../../../scripts/bench/scale';
import { grownPage, inertScripts, repeatsForBytes } from '../../../scripts/bench/scale-pages';
import { parseHtml } from '../../../scripts/lib/html-file';

describe('scale pages', { timeout: 60_000 }, () => {
  it('grows the page to the asked multiple of its bytes, not of its body', async () => {
    const html = await readFile(SCALE_PAGE, 'utf8');
    const once = Buffer.byteLength(grownPage(html, 1));
    for (const times of [4, 16]) {
      const repeats = repeatsForBytes(html, times);
      // The page's chrome stays: the body must be repeated far more often than `times`.
      expect(repeats).toBeGreaterThan(times * 2);
      const ratio = Buffer.byteLength(grownPage(html, repeats)) / once;
      expect(Math.abs(ratio / times - 1)).toBeLessThan(0.03);
    }
  });

  it('makes every script of a page inert for the browser bench, and keeps its JSON-LD readable', () => {
    const html = inertScripts(
      `<head><script>document.body.remove()</script><script type="module" src="app.js"></script>` +
        `<SCRIPT TYPE='application/ld+json'>{"headline":"Kept"}</SCRIPT></head><body><p>Text</p></body>`,
    );
    const scripts = Array.from(parseHtml(html, 'https://scale.lede.test/').scripts);
    expect(scripts.map((s) => s.type)).toEqual(['text/x-inert', 'text/x-inert', 'application/ld+json']);
    expect(scripts[2]!.textContent).toBe('{"headline":"Kept"}');
  });
});
