import { describe, expect, it, vi } from 'vitest';
import { extractInPage, GIVE_UP_AFTER_MS, NOTE_AFTER_MS } from '@/entrypoints/reader.content/extract-in-page';
import { doc, URL } from './extract/page';

/** A clock that moves on by `step` ms each time it is read: a page that takes that long per phase. */
function slowClock(step: number) {
  let t = 0;
  return () => (t += step);
}

describe('reading a page in the tab, a phase at a time', () => {
  it('reads an ordinary article in one go: no pause, no note', async () => {
    const pause = vi.fn(async () => {});
    const onLong = vi.fn();
    const result = await extractInPage(doc(), URL, { now: () => 0, pause, onLong });
    expect(result?.ok).toBe(true);
    expect(pause).not.toHaveBeenCalled();
    expect(onLong).not.toHaveBeenCalled();
  });

  it('lets the page run between phases that take long, and still gives the article', async () => {
    const pause = vi.fn(async () => {});
    const result = await extractInPage(doc(), URL, { now: slowClock(100), pause });
    expect(result?.ok && result.article.text).toContain('The ministers met on Monday');
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('past the first budget, shows the note once and reads on', async () => {
    const onLong = vi.fn();
    const result = await extractInPage(doc(), URL, {
      now: slowClock(NOTE_AFTER_MS / 2),
      pause: async () => {},
      onLong,
    });
    expect(onLong).toHaveBeenCalledTimes(1);
    expect(result?.ok).toBe(true);
  });

  it('past the last budget, stops and says the page is too large', async () => {
    const result = await extractInPage(doc(), URL, { now: slowClock(GIVE_UP_AFTER_MS / 2), pause: async () => {} });
    expect(result).toEqual({ ok: false, reason: 'page-too-large' });
  });

  it('stops when the user closes the note', async () => {
    let closed = false;
    const result = await extractInPage(doc(), URL, {
      now: slowClock(NOTE_AFTER_MS),
      pause: async () => {},
      onLong: () => {
        closed = true;
      },
      cancelled: () => closed,
    });
    expect(result).toBeNull();
  });
});
