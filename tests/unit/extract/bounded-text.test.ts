import { describe, expect, it } from 'vitest';
import { clean, cleanFits, key, keyUpTo } from '@/utils/extract/text';

const SAMPLES = [
  '',
  '   ',
  'Short text',
  `  Mostly    whitespace ${' '.repeat(5000)} and a tail  `,
  `${'Wörter, Sätze – „Anführungen“!  '.repeat(400)}`,
  `${'a'.repeat(299)}`,
  `${'a'.repeat(300)}`,
  `${'a'.repeat(301)}`,
  `${'e\u0301 …… '.repeat(3000)}`,
  `${'\u00ad\u200b'.repeat(5000)}x`,
];

describe('bounded reads of long text give the answers of the whole', () => {
  it('cleanFits agrees with clean(…).length ≤ max', () => {
    for (const s of SAMPLES)
      for (const max of [0, 1, 120, 299, 300, 301, 5000])
        expect(cleanFits(s, max), `${JSON.stringify(s.slice(0, 20))} ≤ ${max}`).toBe(clean(s).length <= max);
  });

  it('keyUpTo gives the whole key when it is short, and a prefix that is surely too long otherwise', () => {
    for (const s of SAMPLES)
      for (const max of [0, 10, 299, 300, 2000]) {
        const { text, whole } = keyUpTo(s, max);
        if (whole) expect(text).toBe(key(s));
        else {
          expect(key(s).length).toBeGreaterThan(max);
          expect(key(s).startsWith(text.slice(0, max))).toBe(true);
        }
      }
  });
});
