import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightColor, HighlightTarget } from '@/utils/highlights/target';
import type { StoredHighlight } from '@/utils/library/db';
import { t } from '@/utils/i18n';
import type { HighlightStore } from './store';

export interface Highlights {
  records: StoredHighlight[];
  /** Ids of highlights whose passage is not in this version of the article. */
  missing: ReadonlySet<string>;
  setMissing(ids: ReadonlySet<string>): void;
  /** The colour the `h` key and a plain click use: the one last chosen. */
  lastColor: HighlightColor;
  /** The highlight whose controls are open, if any. */
  selected: string | null;
  select(id: string | null): void;
  /** Adds a highlight; `open` opens its card (the selection bar's "Note"). */
  add(text: string, target: HighlightTarget, color: HighlightColor, open?: boolean): Promise<void>;
  /** Where each found highlight is in the rendered body, for the list to scroll to. */
  ranges: { current: Map<string, Range> };
  update(id: string, change: { color?: HighlightColor; note?: string }): Promise<void>;
  remove(id: string): Promise<void>;
  /** The last deleted highlight, until undone or replaced. */
  deleted: StoredHighlight | null;
  undo(): Promise<void>;
  /** What a screen reader hears after each change (an aria-live region reads it). */
  announcement: string;
  error: string | null;
}

const quote = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** `reveal`: a highlight to open and scroll to once it is found (a link from the popup's list). */
export function useHighlights(store: HighlightStore, reveal: string | null = null): Highlights {
  const [records, setRecords] = useState<StoredHighlight[]>([]);
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow');
  const [selected, select] = useState<string | null>(reveal);
  const [deleted, setDeleted] = useState<StoredHighlight | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    store.list().then(setRecords, (e: Error) => setError(e.message));
  }, [store]);

  const attempt = useCallback(async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  const ranges = useRef(new Map<string, Range>());

  const add = (text: string, target: HighlightTarget, color: HighlightColor, open = false) =>
    attempt(async () => {
      const record = await store.add({ color, text, target });
      setLastColor(color);
      setRecords((all) => [...all, record]);
      if (open) select(record.id);
      setAnnouncement(t('hlAdded', quote(text)));
    });

  const update = (id: string, change: { color?: HighlightColor; note?: string }) =>
    attempt(async () => {
      const record = await store.update(id, change);
      if (change.color) setLastColor(change.color);
      setRecords((all) => all.map((r) => (r.id === id ? record : r)));
      setAnnouncement(change.note === undefined ? t('hlColorChanged') : t('hlNoteSaved'));
    });

  const remove = (id: string) =>
    attempt(async () => {
      const record = await store.remove(id);
      setRecords((all) => all.filter((r) => r.id !== id));
      setDeleted(record);
      select(null);
      setAnnouncement(t('hlDeleted'));
    });

  const undo = () =>
    attempt(async () => {
      if (!deleted) return;
      await store.restore(deleted);
      setRecords((all) => [...all, deleted]);
      setDeleted(null);
      setAnnouncement(t('hlRestored'));
    });

  return {
    records,
    missing,
    setMissing,
    lastColor,
    selected,
    select,
    add,
    ranges,
    update,
    remove,
    deleted,
    undo,
    announcement,
    error,
  };
}
