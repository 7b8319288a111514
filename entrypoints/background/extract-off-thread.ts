import { onMessage, sendMessage, type OffThreadResult } from '@/utils/messages';
import { keptPageMarkup } from '@/utils/library/page-markup';
import { readSnapshot } from '../offscreen/read-snapshot';

const OFFSCREEN_PATH = 'offscreen.html';

/**
 * Reads a large page's copy off that page's main thread. Firefox's background is a page with a
 * DOM and reads it itself; Chrome's service worker has no DOM, so it hands the copy to an
 * offscreen document (reason DOM_PARSER), opened on the first large page and kept for the next.
 */
export function registerOffThreadExtraction(): void {
  onMessage('extractPage', async ({ data, sender }): Promise<OffThreadResult> => {
    if (sender.id !== browser.runtime.id) return { ok: false, reason: 'error' };
    if (hasDom()) return readSnapshot(data);
    try {
      await offscreenDocument();
      // Not validated here: the offscreen document checks the copy before it parses it.
      const answer = (await sendMessage('extractInDocument', data)) as OffThreadResult | undefined;
      return answer ?? { ok: false, reason: 'error' };
    } catch {
      return { ok: false, reason: 'error' };
    }
  });
  // A parse cannot be interrupted, but its document can be closed: work nobody waits for must
  // not hold the one offscreen document (nor the CPU) for the next large page. (A second tab
  // reading a large page at that moment gets an error and can be clicked again.)
  onMessage('cancelOffThread', async ({ sender }) => {
    if (sender.id !== browser.runtime.id || hasDom()) return;
    await offscreenApi()
      .closeDocument()
      .catch(() => undefined);
  });
}

/**
 * A saved article's page as it is kept, pruned where a DOM exists: in the background itself
 * (Firefox's is a page; so is a test's), else in the offscreen document. Never in the tab, whose
 * main thread a parse of a large page would hold right after its Save.
 */
export async function keptPageOffThread(html: string): Promise<string | null> {
  if (hasDom()) return keptPageMarkup(html);
  // A reader closed meanwhile may close the offscreen document mid-prune (`cancelOffThread`): once more, in a new one.
  return prunedOffscreen(html).catch(() => prunedOffscreen(html));
}

async function prunedOffscreen(html: string): Promise<string | null> {
  await offscreenDocument();
  const kept = (await sendMessage('keptPageMarkup', html)) as string | null | undefined;
  if (kept === undefined) throw new Error('no offscreen document answered');
  return kept;
}

/** Firefox's background is a page with a DOM and parses itself; Chrome's service worker has none. */
function hasDom(): boolean {
  return typeof DOMParser === 'function';
}

function offscreenApi(): OffscreenApi {
  return (globalThis as unknown as { chrome: { offscreen: OffscreenApi } }).chrome.offscreen;
}

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

let opening: Promise<void> | null = null;

/** One offscreen document at most (Chrome allows one): two large pages at once share it. */
async function offscreenDocument(): Promise<void> {
  const api = offscreenApi();
  const contexts = await (
    browser.runtime as unknown as {
      getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
    }
  ).getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [browser.runtime.getURL('/offscreen.html')],
  });
  if (contexts.length > 0) return;
  opening ??= api
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Read a very large page, or prune a saved page, without freezing its tab',
    })
    .finally(() => {
      opening = null;
    });
  await opening;
}
