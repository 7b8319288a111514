import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, FieldCandidate, TraceFields } from '@/utils/article';
import { t, type MessageKey } from '@/utils/i18n';
import { headerLabels } from '../article-labels';
import { formatDate } from '../format-date';
import { useFixesContext } from './context';
import { pickedHeadline } from '@/utils/fixes/headline';
import { canHide, FIX_FIELDS, type FixField } from './useFixMode';

const FIELD_LABELS: Record<FixField, MessageKey> = {
  title: 'fixFieldHeadline',
  authors: 'fixFieldAuthors',
  teaser: 'fixFieldTeaser',
  publishedTime: 'fixFieldDate',
};
const PANEL_ID = 'lede-fix-fields';

/**
 * In fix mode, one button per header field (headline, byline, teaser, date) opens the values the
 * extraction saw for it, each with its source; picking one, or "Show none" (not for the headline),
 * shows it at once and becomes the site's rule for that field.
 */
export function FieldChoices() {
  const fixes = useFixesContext();
  const [open, setOpen] = useState<FixField | null>(null);
  const buttons = useRef(new Map<FixField, HTMLButtonElement>());
  const close = () => {
    if (open) buttons.current.get(open)?.focus();
    setOpen(null);
  };
  useEscapeCloses(open !== null, buttons.current.get(open ?? 'authors') ?? null, close);
  if (!fixes?.fields) return null;
  const fields = fixes.fields;
  const choose = (field: FixField, candidate: FieldCandidate<unknown> | null) => {
    close();
    void fixes.pick(field, candidate);
  };
  const shown = open ? shownText(fixes.article, open) : '';
  const locale = headerLabels(fixes.article.lang).locale;
  return (
    <>
      {FIX_FIELDS.map((field) => (
        <button
          key={field}
          type="button"
          class="lede-button"
          ref={(el) => void (el ? buttons.current.set(field, el) : buttons.current.delete(field))}
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
                <button
                  type="button"
                  aria-current={valueText(candidate.value) === shown ? 'true' : undefined}
                  onClick={() => choose(open, candidate)}
                >
                  {shownValue(open, candidate.value, locale)} <span class="lede-fix-source">({candidate.source})</span>
                </button>
              </li>
            ))}
            {canHide(open) && (
              <li>
                <button
                  type="button"
                  aria-current={shown === '' ? 'true' : undefined}
                  onClick={() => choose(open, null)}
                >
                  {t('fixShowNone')}
                </button>
              </li>
            )}
          </ul>
        </div>
      )}
    </>
  );
}

/**
 * The value shown and the others seen, each once, the ones with nothing in them left out. A meta
 * title is offered as the headline in it, as a pick would show it: the shown headline with a
 * kicker and the site's name around it is the same headline, not another one.
 */
export function candidatesOf(fields: Partial<TraceFields>, field: FixField): FieldCandidate<unknown>[] {
  const trace = fields[field];
  if (!trace) return [];
  let all: FieldCandidate<unknown>[] = [{ value: trace.value, source: trace.source }, ...trace.candidates];
  if (field === 'title') {
    const titles = all.map((c) => valueText(c.value));
    all = all.map((c) => (typeof c.value === 'string' ? { ...c, value: pickedHeadline(c.value, titles) } : c));
  }
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

/** A candidate as the reader would show it: a date as the header writes it, not as an ISO timestamp. */
export function shownValue(field: FixField, value: unknown, locale: string): string {
  const text = valueText(value);
  return (field === 'publishedTime' && formatDate(text, locale)) || text;
}

/** What the reader shows for the field now, as the candidates are written. */
function shownText(article: Article, field: FixField): string {
  return valueText(article[field]);
}

/**
 * Esc closes the open list and gives focus back to its button, not the reader: heard on the
 * shadow root in the capture phase, before the dialog, as the settings panel does.
 */
function useEscapeCloses(open: boolean, button: HTMLButtonElement | null, close: () => void): void {
  useEffect(() => {
    const root = button?.getRootNode();
    if (!open || !root) return undefined;
    const onKeyDown = (event: Event) => {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close();
    };
    root.addEventListener('keydown', onKeyDown, true);
    return () => root.removeEventListener('keydown', onKeyDown, true);
  });
}
