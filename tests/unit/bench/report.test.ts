import { describe, expect, it } from 'vitest';
import { table } from '../../../scripts/bench/report';

describe('bench table', () => {
  it('flags a figure above its target and passes one at or below it', () => {
    const lines = table({ extractRatio: 1.25, clickToPaintRatio: 1.3, untouchedPageCost: 0 }).split('\n');
    expect(lines.find((l) => l.startsWith('extractRatio'))).toMatch(/1\.25×\s+≤ 1\.10×\s+ABOVE TARGET$/);
    expect(lines.find((l) => l.startsWith('clickToPaintRatio'))).toMatch(/ok$/);
    expect(lines.find((l) => l.startsWith('untouchedPageCost'))).toMatch(/ok$/);
  });

  it('shows sizes in KB against the 50 KB content-script budget', () => {
    expect(table({ contentScriptGzBytes: 56_043 })).toMatch(/54\.7 KB\s+≤ 50\.0 KB\s+ABOVE TARGET/);
  });

  it('prints figures without a target with no verdict, and leaves out figures not measured', () => {
    const out = table({ libraryMemoryMB: 3.14 });
    expect(out).toBe('libraryMemoryMB  3.1 MB');
  });
});
