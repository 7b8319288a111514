import { useEffect, useRef, useState } from 'preact/hooks';
import { anchorTarget } from '@/utils/highlights/anchor';
import { describeRange } from '@/utils/highlights/describe';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/highlights/target';
import { t } from '@/utils/i18n';
import { isShortcut } from '../shortcuts';
import type { BodyDecorationProps } from '../reader-rooms';
import { ColorSwatches } from './ColorSwatches';
import { useHighlightsContext } from './context';
import { HighlightCard, placement } from './HighlightCard';
import highlightsCss from './highlights.css?inline';
import { clearHighlights, paintHighlights } from './paint';
import { clearSelection, rangeAt, selectionIn } from './selection';

/**
 * Highlights on the article body: finds each stored highlight again in this rendering (or marks it
 * missing), paints them without touching the body's DOM, offers a colour bar for a selection (and
 * the `h` key), and opens a highlight's card on a click. Renders nothing outside a <Highlights> host.
 */
export function HighlightLayer({ body, html }: BodyDecorationProps) {
  const highlights = useHighlightsContext();
  const [pending, setPending] = useState<{ range: Range; rect: DOMRect } | null>(null);
  const [focusNote, setFocusNote] = useState(false);
  const records = highlights?.records;
  const ranges = highlights?.ranges;
  const scrolled = useRef(false);

  // Find every highlight again whenever the body or the set of highlights changes.
  useEffect(() => {
    const scope = body.current;
    if (!highlights || !records || !ranges || !scope) return;
    let current = true;
    void (async () => {
      const found = new Map<string, Range>();
      const missing = new Set<string>();
      for (const record of records) {
        const range = await anchorTarget(record.target, scope);
        if (range) found.set(record.id, range);
        else missing.add(record.id);
      }
      if (!current) return;
      ranges.current = found;
      highlights.setMissing(missing);
      // Opened from the popup's list of highlights: bring the passage into view once.
      const revealed = highlights.selected ? found.get(highlights.selected) : undefined;
      if (revealed && !scrolled.current) {
        scrolled.current = true;
        revealed.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      }
      paintHighlights(
        records.filter((r) => found.has(r.id)).map((r) => ({ id: r.id, color: r.color, range: found.get(r.id)! })),
        HIGHLIGHT_COLORS,
      );
    })();
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-anchor on new text or records only
  }, [records, html]);

  useEffect(() => () => clearHighlights(HIGHLIGHT_COLORS), []);

  // Follow the selection: a bar appears under any text selected in the body.
  useEffect(() => {
    const scope = body.current;
    if (!highlights || !scope) return;
    const doc = scope.ownerDocument;
    const follow = () => {
      const range = selectionIn(scope);
      setPending(range ? { range, rect: range.getBoundingClientRect() } : null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event, 'h')) return;
      const range = selectionIn(scope);
      if (!range) return;
      event.preventDefault();
      void highlightRange(range, highlights.lastColor);
    };
    const onClick = (event: MouseEvent) => {
      if (selectionIn(scope)) return;
      const id = rangeAt(highlights.ranges.current, event.clientX, event.clientY);
      if (id) {
        setFocusNote(false);
        highlights.select(id);
      }
    };
    const keyTarget = scope.closest('dialog') ?? doc;
    doc.addEventListener('selectionchange', follow);
    scope.addEventListener('mouseup', follow);
    scope.addEventListener('click', onClick);
    keyTarget.addEventListener('keydown', onKey as EventListener);
    return () => {
      doc.removeEventListener('selectionchange', follow);
      scope.removeEventListener('mouseup', follow);
      scope.removeEventListener('click', onClick);
      keyTarget.removeEventListener('keydown', onKey as EventListener);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- listeners read the latest state through the context
  }, [highlights?.lastColor, html]);

  if (!highlights) return null;

  async function highlightRange(range: Range, color: HighlightColor, withNote = false) {
    const scope = body.current;
    if (!scope || !highlights) return;
    const target = await describeRange(range, scope);
    clearSelection(scope);
    setPending(null);
    setFocusNote(withNote);
    await highlights.add(range.toString(), target, color, withNote);
  }

  const open = highlights.records.find((r) => r.id === highlights.selected) ?? null;
  const closeCard = () => {
    highlights.select(null);
    body.current?.focus();
  };

  return (
    <>
      <style>{highlightsCss}</style>
      <p class="lede-hl-sr" aria-live="polite">
        {highlights.announcement}
      </p>
      {highlights.error && (
        <p class="lede-alert" role="alert">
          {t('hlError', highlights.error)}
        </p>
      )}
      {pending && !open && (
        <div class="lede-hl-bar" role="toolbar" aria-label={t('hlBarLabel')} style={placement(pending.rect)}>
          <ColorSwatches onPick={(color) => void highlightRange(pending.range, color)} />
          <button
            type="button"
            class="lede-button"
            onClick={() => void highlightRange(pending.range, highlights.lastColor, true)}
          >
            {t('hlNote')}
          </button>
        </div>
      )}
      {open && (
        <HighlightCard
          highlight={open}
          anchor={highlights.ranges.current.get(open.id)?.getBoundingClientRect() ?? null}
          focusNote={focusNote}
          onColor={(color) => void highlights.update(open.id, { color })}
          onNote={(note) => void highlights.update(open.id, { note })}
          onDelete={() => void highlights.remove(open.id)}
          onClose={closeCard}
        />
      )}
    </>
  );
}
