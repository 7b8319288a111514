import { browser } from 'wxt/browser';
import type { ExtractFailure } from './article';
import type { LibraryError } from './messages';

/** What the reader should do in a tab: open/close the overlay, or save without opening it. */
export type Intent = 'toggle' | 'save';

export type RunResult = { ok: true; state: 'opened' | 'closed' | 'saved' } | { ok: false; reason: RunFailure };

/**
 * Why the reader could not do what was asked. `restricted`: the browser does not let extensions
 * run there (chrome://, the web store, about:, PDF viewer...). `unavailable`: the library did not
 * answer. `page-too-large`: reading the page outlasted the reader's budget. The rest come from
 * the extraction core and the library.
 */
export type RunFailure = 'restricted' | 'error' | 'unavailable' | 'page-too-large' | ExtractFailure | LibraryError;

/** The content script's handle, kept on the isolated world's `window` across injections. */
export interface ReaderInPage {
  /** False once the extension that injected it was updated or removed. */
  alive(): boolean;
  run(intent: Intent): Promise<RunResult>;
}

/**
 * Where the handle and the pending intent live on the isolated world's `window`. Symbol keys,
 * because a page can shadow any string-named window property with a named element
 * (`<img name="…">`, `<a id="…">`) and so forge a handle or turn "open" into "save".
 * `executeScript` functions are serialised and cannot close over these: they repeat the literals.
 */
export const READER_KEY = Symbol.for('lede.reader');
export const INTENT_KEY = Symbol.for('lede.intent');

export type ReaderSlots = { [READER_KEY]?: ReaderInPage; [INTENT_KEY]?: Intent };

const CONTENT_SCRIPT = '/content-scripts/reader.js';
const RESTRICTED: RunResult = { ok: false, reason: 'restricted' };

/**
 * Runs the reader in a tab with an intent. The content script is injected only on a page's first
 * use (pages never opened in Lede pay nothing); afterwards the living instance is asked directly,
 * so a second click toggles the same overlay instead of stacking a new one.
 * Needs `activeTab` from a user gesture (toolbar click, shortcut, context menu, popup).
 */
export async function runInTab(tabId: number, intent: Intent): Promise<RunResult> {
  try {
    const [handoff] = await executeWhenGranted(() =>
      browser.scripting.executeScript({
        target: { tabId },
        // Runs in the page's isolated world, where the content script keeps its handle; it must
        // be self-contained (it is serialised), hence no imports in here.
        func: (wanted: Intent) => {
          const slots = window as unknown as Record<symbol, unknown>;
          const live = slots[Symbol.for('lede.reader')] as ReaderInPage | undefined;
          if (typeof live?.alive === 'function' && live.alive()) return live.run(wanted);
          slots[Symbol.for('lede.intent')] = wanted;
          return null;
        },
        args: [intent],
      }),
    );
    // Firefox answers `[null]` on its own pages (about:support...) instead of refusing.
    if (!handoff) return RESTRICTED;
    const answered = handoff.result as RunResult | null | undefined;
    if (answered) return answered;

    const [injected] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    if (!injected) return RESTRICTED;
    return (injected.result as RunResult | undefined) ?? { ok: false, reason: 'error' };
  } catch {
    // executeScript rejects on pages extensions may not touch, and when the tab went away.
    return RESTRICTED;
  }
}

/**
 * Waits before each retry of a click whose activeTab grant had not landed yet. The grant usually
 * follows within a frame, so the first retry is at once and the waits double from there: a late
 * grant costs a few milliseconds, not the 300 ms a fixed wait cost, and a grant that never comes
 * is given up after about a second.
 */
export const GRANT_RETRY_DELAYS_MS: readonly number[] = [0, 16, 32, 64, 128, 256, 512];

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * On a busy browser the activeTab grant of a click can land a moment after the click event
 * reaches the worker; the page then looks closed ("Cannot access contents of the page"). Pages
 * that really are closed (chrome://, the web store) fail with other messages and are not retried.
 */
export async function executeWhenGranted<T>(
  execute: () => Promise<T>,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await execute();
    } catch (error) {
      const missingGrant = /Cannot access contents of the page/i.test(String(error));
      const delay = GRANT_RETRY_DELAYS_MS[attempt];
      if (!missingGrant || delay === undefined) throw error;
      await wait(delay);
    }
  }
}
