import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCALE_PAGE } from '../../../scripts/bench/scale';
import { grownPage, repeatsForBytes } from '../../../scripts/bench/scale-pages';

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
});
