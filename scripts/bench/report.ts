/** The figures `npm run bench` reports, with the targets of issues 6 and 20 where there is one. */
export const TARGETS: Record<string, { max: number; unit: string }> = {
  extractRatio: { max: 1.1, unit: '×' },
  extractP95Ratio: { max: 1.5, unit: '×' },
  scaleExponent: { max: 1.1, unit: '' },
  scaleRatio: { max: 1.3, unit: '×' },
  deepNestingMs: { max: 1000, unit: 'ms' },
  browserScaleExponent: { max: 1.1, unit: '' },
  browserScaleRatio: { max: 1.3, unit: '×' },
  clickToPaintRatio: { max: 1.3, unit: '×' },
  clickToPaintP95Ratio: { max: Infinity, unit: '×' },
  clickToPaintLargeMs: { max: 1000, unit: 'ms' },
  contentScriptGzBytes: { max: 50 * 1024, unit: 'B' },
  popupGzBytes: { max: Infinity, unit: 'B' },
  untouchedPageCost: { max: 0, unit: '' },
  popupScaleRatio: { max: 2, unit: '×' },
  libraryMemoryMB: { max: Infinity, unit: 'MB' },
};

export type Figures = Partial<Record<keyof typeof TARGETS, number>>;

function format(value: number, unit: string): string {
  if (unit === 'B') return `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  return `${Number.isInteger(value) ? value : value.toFixed(2)}${unit}`;
}

/** One line per figure: name, value, target and whether it is met. */
export function table(figures: Figures): string {
  const rows = Object.entries(TARGETS)
    .filter(([name]) => figures[name] !== undefined)
    .map(([name, { max, unit }]) => {
      const value = figures[name]!;
      const target = max === Infinity ? '' : `≤ ${format(max, unit)}`;
      const verdict = max === Infinity ? '' : value <= max ? 'ok' : 'ABOVE TARGET';
      return [name, format(value, unit), target, verdict];
    });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
