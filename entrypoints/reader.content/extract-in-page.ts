import type { Article, ExtractTrace, FixReport } from '@/utils/article';
import type { SiteRule } from '@/utils/fixes/rules';
import { extractInSteps } from '@/utils/extract';
import type { RunFailure } from '@/utils/inject';

export type Extracted =
  { ok: true; article: Article; fixes?: FixReport; trace?: ExtractTrace } | { ok: false; reason: RunFailure };

/**
 * Longest stretch of work without letting the page run (a "long task"). An ordinary article is
 * read in less and so is never paused: a pause on a busy page waits behind the page's own tasks.
 */
export const SLICE_MS = 50;
/** Work still going on past this opens the overlay with a note that Lede is reading a long page. */
export const NOTE_AFTER_MS = 1500;
/** Work still going on past this stops: the page is too large to read in Lede. */
export const GIVE_UP_AFTER_MS = 10_000;

export interface InPageOptions {
  /** Called once, when the work outlasts `NOTE_AFTER_MS`; awaited before the work goes on. */
  onLong?(): void | Promise<void>;
  /** Checked at each pause: true once the user closed the note, and the work stops unfinished. */
  cancelled?(): boolean;
  /** The site's fixes (issue 16), read from storage while nothing else waits on them. */
  rules?: Promise<readonly SiteRule[]>;
  /** Fix mode (issue 16) lists the other candidates of each header field, which the trace holds. */
  trace?: boolean;
  /** For tests: the clock, and how the page is let run between phases. */
  now?(): number;
  pause?(): Promise<void>;
}

/**
 * Runs the extraction core a phase at a time in the page it reads. The core is synchronous and
 * the content script shares the page's main thread, so a 10 MB article read in one go froze
 * the tab for seconds; between phases the page's own tasks, input and painting now get their
 * turn. `null` when the user closed the note before the work was done.
 */
export async function extractInPage(
  doc: Document,
  url: string,
  options: InPageOptions = {},
): Promise<Extracted | null> {
  const now = options.now ?? (() => performance.now());
  const pause = options.pause ?? letPageRun;
  const start = now();
  let sliceStart = start;
  let noted = false;
  try {
    const rules = (await options.rules) ?? [];
    const steps = extractInSteps(doc, url, {
      ...(rules.length ? { rules } : {}),
      ...(options.trace ? { trace: true } : {}),
    });
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      const elapsed = now() - start;
      if (elapsed > GIVE_UP_AFTER_MS) return { ok: false, reason: 'page-too-large' };
      if (elapsed > NOTE_AFTER_MS && !noted) {
        noted = true;
        await options.onLong?.();
      }
      if (now() - sliceStart < SLICE_MS) continue;
      await pause();
      if (options.cancelled?.()) return null;
      sliceStart = now();
    }
  } catch {
    // A page the core chokes on gets the "something went wrong" message, not a console error.
    return { ok: false, reason: 'error' };
  }
}

/**
 * A macrotask, not `scheduler.yield()`: a yielded continuation runs ahead of the page's own
 * timers, and letting those run is the point.
 */
function letPageRun(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
}
