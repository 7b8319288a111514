/**
 * Issue 16, "Prove it on real sibling pages": a fix a reader makes on one article of a publisher
 * (through fix mode's own rule making) carries over to the publisher's other articles in the open
 * fundus set on most pairs, and makes none of them worse. The same evaluation as
 * `npm run eval -- --fixes --set fundus-open`; the pages without rules come from the corpus cache.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateFixes, explainPair, summaryLine, type FixesResult } from '../../scripts/eval/fixes';
import { extractedSet } from './extracted';

describe('site fixes carry over to sibling articles (fundus-open)', () => {
  let result: FixesResult;

  beforeAll(async () => {
    const cached = new Map((await extractedSet('fundus-open')).map((p) => [p.page.id, p.result]));
    result = await evaluateFixes(['fundus-open'], { before: (page) => cached.get(page.id) });
    console.log([...result.pairs.map(explainPair), summaryLine(result)].join('\n'));
  }, 600_000);

  it('has pairs to judge', () => {
    expect(result.pairs.length).toBeGreaterThan(10);
  });

  it('makes no sibling worse on any field', () => {
    expect(result.pairs.filter((p) => p.verdict === 'worse').map(explainPair)).toEqual([]);
  });

  it('carries over on most pairs', () => {
    const carried = result.pairs.filter((p) => p.verdict === 'carried').length;
    expect(carried, summaryLine(result)).toBeGreaterThan(result.pairs.length / 2);
  });
});
