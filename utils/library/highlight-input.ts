import { HIGHLIGHT_COLORS, isHighlightTarget, type HighlightColor, type HighlightTarget } from '../highlights/target';
import type { StoredHighlight } from './db';

/**
 * Shape checks for highlights reaching the library from a message or an imported backup. Values
 * that pass are rebuilt field by field, so nothing else a page or a file put in them is stored.
 */
const LIMITS = { text: 20_000, note: 20_000, id: 100, date: 40 };

export interface HighlightChange {
  id: string;
  color?: HighlightColor;
  note?: string;
}

const isString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

export function parseColor(value: unknown): HighlightColor | null {
  return HIGHLIGHT_COLORS.find((color) => color === value) ?? null;
}

export function parseNote(value: unknown): string | null {
  return isString(value, LIMITS.note) ? value : null;
}

/** A target rebuilt from its known fields only. */
export function parseTarget(value: unknown): HighlightTarget | null {
  if (!isHighlightTarget(value)) return null;
  const { quote, position, block } = value;
  if (![quote.exact, quote.prefix ?? '', quote.suffix ?? ''].every((s) => s.length <= LIMITS.text)) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      ...(quote.prefix === undefined ? {} : { prefix: quote.prefix }),
      ...(quote.suffix === undefined ? {} : { suffix: quote.suffix }),
    },
    position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    block,
  };
}

export function parseHighlightText(value: unknown): string | null {
  return isString(value, LIMITS.text) && value.trim().length > 0 ? value : null;
}

export function parseHighlightChange(value: unknown): HighlightChange | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, color, note } = value as Record<string, unknown>;
  if (!isString(id, LIMITS.id) || id.length === 0) return null;
  const change: HighlightChange = { id };
  if (color !== undefined) {
    const parsed = parseColor(color);
    if (!parsed) return null;
    change.color = parsed;
  }
  if (note !== undefined) {
    const parsed = parseNote(note);
    if (parsed === null) return null;
    change.note = parsed;
  }
  return change;
}

/** A whole stored highlight, as an import or an undo brings it back. */
export function parseStoredHighlight(value: unknown): StoredHighlight | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const color = parseColor(v.color);
  const note = parseNote(v.note);
  const text = parseHighlightText(v.text);
  const target = parseTarget(v.target);
  const dates = [v.createdAt, v.updatedAt];
  if (
    !isString(v.id, LIMITS.id) ||
    !isString(v.articleId, LIMITS.id) ||
    !color ||
    note === null ||
    !text ||
    !target ||
    !dates.every((d) => isString(d, LIMITS.date) && !Number.isNaN(Date.parse(d)))
  ) {
    return null;
  }
  return {
    id: v.id,
    articleId: v.articleId,
    color,
    note,
    text,
    target,
    createdAt: v.createdAt as string,
    updatedAt: v.updatedAt as string,
  };
}
