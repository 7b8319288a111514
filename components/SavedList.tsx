import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ArticleSummary } from '@/utils/library/db';
import { formatSavedDate } from './LibraryText';
import { t } from '@/utils/i18n';

/** Every row has this height, so the list can render only what is on screen. */
export const ROW_HEIGHT = 116;
const OVERSCAN = 4;

export interface SavedListProps {
  /** The rows' article ids, in order; the last rows' may still be on their way. */
  ids: string[];
  /** How many rows the list has. */
  count: number;
  /** A row's summary, or undefined while it is being fetched. */
  summaryOf(id: string): ArticleSummary | undefined;
  /** Rows `first` to `last` (exclusive) are about to be on screen. */
  onRange(first: number, last: number): void;
  label: string;
  activeIndex: number;
  onActiveChange(index: number): void;
  onOpen(item: ArticleSummary): void;
  onToggleRead(item: ArticleSummary): void;
  onDelete(item: ArticleSummary): void;
}

/**
 * The saved articles as a windowed list: thousands of rows cost what a screenful costs, and only
 * the rows on screen need their summaries. One row is "active" (roving tabindex): arrow keys,
 * Home/End and Page Up/Down move it, Enter opens it, Delete deletes it. Rows carry their position
 * in the whole list for screen readers.
 */
export function SavedList(props: SavedListProps) {
  const { ids, count, activeIndex, onRange } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(480);
  const focusPending = useRef(false);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const measure = () => setHeight(element.clientHeight || 480);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Keep the active row on screen, then move focus to it once it is rendered.
  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element || !focusPending.current) return;
    const top = activeIndex * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight) {
      element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
    }
    setScrollTop(element.scrollTop);
  }, [activeIndex]);

  useEffect(() => {
    if (!focusPending.current) return;
    const button = viewport.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"] .lib-open`);
    if (button) {
      button.focus();
      focusPending.current = false;
    }
  });

  const pageRows = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
  const move = (index: number) => {
    focusPending.current = true;
    props.onActiveChange(Math.min(count - 1, Math.max(0, index)));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('.lib-actions') && (event.key === 'Enter' || event.key === ' ')) return;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: count - 1,
      PageDown: activeIndex + pageRows,
      PageUp: activeIndex - pageRows,
    };
    if (event.key in moves) {
      event.preventDefault();
      move(moves[event.key]!);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      const id = ids[activeIndex];
      const item = id === undefined ? undefined : props.summaryOf(id);
      if (!item) return;
      event.preventDefault();
      focusPending.current = true;
      props.onDelete(item);
    }
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  useEffect(() => onRange(first, last), [first, last, ids, onRange]);
  const rows = Array.from({ length: Math.max(0, last - first) }, (_, offset) => {
    const index = first + offset;
    const id = ids[index];
    const item = id === undefined ? undefined : props.summaryOf(id);
    const place = { top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` };
    if (!item)
      return (
        <li
          key={id ?? `row-${index}`}
          class="lib-pending"
          aria-busy="true"
          aria-setsize={count}
          aria-posinset={index + 1}
          style={place}
        />
      );
    return (
      <Row
        {...props}
        key={item.id}
        item={item}
        index={index}
        active={index === activeIndex}
        onFocus={() => index !== activeIndex && props.onActiveChange(index)}
      />
    );
  });

  return (
    <div class="lib-viewport" ref={viewport} onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}>
      <ul class="lib-list" aria-label={props.label} style={{ height: `${count * ROW_HEIGHT}px` }} onKeyDown={onKeyDown}>
        {rows}
      </ul>
    </div>
  );
}

interface RowProps extends SavedListProps {
  item: ArticleSummary;
  index: number;
  active: boolean;
  onFocus(): void;
}

function Row({ item, index, count, active, onFocus, onOpen, onToggleRead, onDelete }: RowProps) {
  const tab = active ? 0 : -1;
  const meta = [
    item.siteName,
    t('libMinutes', String(item.readingMinutes)),
    t('libSavedOn', formatSavedDate(item.savedAt)),
    item.highlights ? t('hlArticleCount', String(item.highlights)) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  // The teaser's first line, or how an article without one opens.
  const line = item.firstTeaser || item.opening;
  return (
    <li
      class={`lib-row${item.read ? '' : ' lib-unread'}`}
      data-index={index}
      aria-setsize={count}
      aria-posinset={index + 1}
      style={{ top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
      onFocusIn={onFocus}
    >
      <button type="button" class="lib-open" tabIndex={tab} onClick={() => onOpen(item)}>
        <span class="lib-headline">
          {!item.read && <span class="lib-dot" role="img" aria-label={t('libUnread')} />}
          {item.title}
        </span>
        <span class="lib-meta">{meta}</span>
        {line && <span class="lib-teaser">{line}</span>}
      </button>
      <span class="lib-actions">
        <a
          href={item.url}
          target="_blank"
          rel="noopener noreferrer"
          tabIndex={tab}
          aria-label={t('libOpenOriginalLabel', item.title)}
        >
          {t('libOpenOriginal')}
        </a>
        <button
          type="button"
          tabIndex={tab}
          aria-label={t(item.read ? 'libMarkUnreadLabel' : 'libMarkReadLabel', item.title)}
          onClick={() => onToggleRead(item)}
        >
          {t(item.read ? 'libMarkUnread' : 'libMarkRead')}
        </button>
        <button
          type="button"
          tabIndex={tab}
          aria-label={t('libDeleteLabel', item.title)}
          onClick={() => onDelete(item)}
        >
          {t('libDelete')}
        </button>
      </span>
    </li>
  );
}
