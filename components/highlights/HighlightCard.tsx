import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredHighlight } from '@/utils/library/db';
import { t } from '@/utils/i18n';
import { ColorSwatches } from './ColorSwatches';

export interface HighlightCardProps {
  highlight: StoredHighlight;
  /** Where to show it: under the highlighted text. */
  anchor: DOMRect | null;
  /** Open with the note field focused (the selection bar's "Note"). */
  focusNote: boolean;
  onColor(color: StoredHighlight['color']): void;
  onNote(note: string): void;
  onDelete(): void;
  onClose(): void;
}

/**
 * A highlight's controls: colour, note and delete. Esc closes the card, not the reader; focus
 * goes into the card when it opens and the host puts it back on the text when it closes.
 */
export function HighlightCard(props: HighlightCardProps) {
  const { highlight } = props;
  const [note, setNote] = useState(highlight.note);
  const card = useRef<HTMLDivElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setNote(highlight.note);
    (props.focusNote ? noteField.current : card.current?.querySelector('button'))?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus once per highlight opened
  }, [highlight.id]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    props.onClose();
  };

  return (
    <div
      ref={card}
      class="lede-hl-card"
      role="dialog"
      aria-label={t('hlCardLabel', highlight.text.slice(0, 80))}
      style={placement(props.anchor)}
      onKeyDown={onKeyDown}
    >
      <ColorSwatches current={highlight.color} onPick={props.onColor} />
      <label>
        {t('hlNote')}
        <textarea ref={noteField} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="lede-hl-swatches">
        <button type="button" class="lede-button" onClick={() => props.onNote(note)} disabled={note === highlight.note}>
          {t('hlSaveNote')}
        </button>
        <button type="button" class="lede-button" onClick={props.onDelete}>
          {t('hlDelete')}
        </button>
        <button type="button" class="lede-button" onClick={props.onClose}>
          {t('hlClose')}
        </button>
      </div>
    </div>
  );
}

/** Below the text when there is room, else above; never off-screen. */
export function placement(anchor: DOMRect | null): Record<string, string> {
  if (!anchor) return { top: '4rem', right: '1rem' };
  const below = anchor.bottom + 8;
  const top = below + 160 < innerHeight ? below : Math.max(8, anchor.top - 168);
  return { top: `${Math.round(top)}px`, left: `${Math.round(Math.min(Math.max(8, anchor.left), innerWidth - 360))}px` };
}
