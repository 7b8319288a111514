import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { colorName } from './ColorSwatches';
import { useHighlightsContext } from './context';

const PANEL_ID = 'lede-hl-list';

/**
 * The reader bar's "Highlights" button: the article's highlights as a list (a screen reader's way
 * to them, since painted highlights are not elements), each opening its card; the ones whose
 * passage is not in this version are listed as such, never dropped. After a delete, Undo.
 */
export function HighlightsBar() {
  const highlights = useHighlightsContext();
  const [open, setOpen] = useState(false);
  if (!highlights) return null;
  const { records, missing } = highlights;

  const reveal = (id: string) => {
    setOpen(false);
    highlights.ranges.current.get(id)?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    highlights.select(id);
  };

  return (
    <>
      {highlights.deleted && (
        <button type="button" class="lede-button" onClick={() => void highlights.undo()}>
          {t('hlUndo')}
        </button>
      )}
      {records.length > 0 && (
        <button
          type="button"
          class="lede-button"
          aria-expanded={open}
          aria-controls={PANEL_ID}
          onClick={() => setOpen(!open)}
        >
          {t('hlCount', String(records.length))}
        </button>
      )}
      {open && records.length > 0 && (
        <div class="lede-hl-card" style={{ top: '3.5rem', right: '1rem' }}>
          <ul id={PANEL_ID} class="lede-hl-panel" aria-label={t('hlListLabel')}>
            {records.map((record) => (
              <li key={record.id}>
                <button type="button" onClick={() => reveal(record.id)} disabled={missing.has(record.id)}>
                  <span class={`lede-hl-${record.color}`}>{record.text}</span>
                  <span class="lede-hl-sr"> ({colorName(record.color)})</span>
                  {record.note && <em> — {record.note}</em>}
                  {missing.has(record.id) && <span class="lede-hl-missing"> {t('hlMissing')}</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
