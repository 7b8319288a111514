import { useState } from 'preact/hooks';
import type { FieldCandidate, TraceFields } from '@/utils/article';
import { t, type MessageKey } from '@/utils/i18n';
import { useFixesContext } from './context';
import { FIX_FIELDS, type FixField } from './useFixMode';

const FIELD_LABELS: Record<FixField, MessageKey> = {
  authors: 'fixFieldAuthors',
  teaser: 'fixFieldTeaser',
  publishedTime: 'fixFieldDate',
};
const PANEL_ID = 'lede-fix-fields';

/**
 * In fix mode, one button per header field (byline, teaser, date) opens the values the extraction
 * saw for it, each with its source; picking one, or "Show none", shows it at once and becomes the
 * site's rule for that field.
 */
export function FieldChoices() {
  const fixes = useFixesContext();
  const [open, setOpen] = useState<FixField | null>(null);
  if (!fixes?.fields) return null;
  const fields = fixes.fields;
  const choose = (field: FixField, candidate: FieldCandidate<unknown> | null) => {
    setOpen(null);
    void fixes.pick(field, candidate);
  };
  return (
    <>
      {FIX_FIELDS.map((field) => (
        <button
          key={field}
          type="button"
          class="lede-button"
          aria-expanded={open === field}
          aria-controls={open === field ? PANEL_ID : undefined}
          onClick={() => setOpen(open === field ? null : field)}
        >
          {t(FIELD_LABELS[field])}
        </button>
      ))}
      {open && (
        <div class="lede-fix-panel" id={PANEL_ID} role="group" aria-label={t(FIELD_LABELS[open])}>
          <ul>
            {candidatesOf(fields, open).map((candidate) => (
              <li key={candidate.source}>
                <button type="button" onClick={() => choose(open, candidate)}>
                  {valueText(candidate.value)} <span class="lede-fix-source">({candidate.source})</span>
                </button>
              </li>
            ))}
            <li>
              <button type="button" onClick={() => choose(open, null)}>
                {t('fixShowNone')}
              </button>
            </li>
          </ul>
        </div>
      )}
    </>
  );
}

/** The value shown and the others seen, each once, the ones with nothing in them left out. */
export function candidatesOf(fields: Partial<TraceFields>, field: FixField): FieldCandidate<unknown>[] {
  const trace = fields[field];
  if (!trace) return [];
  const all: FieldCandidate<unknown>[] = [{ value: trace.value, source: trace.source }, ...trace.candidates];
  const seen = new Set<string>();
  return all.filter((c) => {
    const text = valueText(c.value);
    if (!text || seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

export function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(' · ');
  return typeof value === 'string' ? value : '';
}
