import type { Article } from '@/utils/article';
import type { SiteRule } from '@/utils/fixes/rules';
import type { ArticleHeader } from '@/utils/extract/header';
import { sendMessage, type OffThreadResult } from '@/utils/messages';
import { GIVE_UP_AFTER_MS, type Extracted } from './extract-in-page';
import { pageSnapshot } from './page-snapshot';

/**
 * Reading elsewhere leaves the page running and the reader open with its header and a note, so
 * the wait is not a frozen tab: it may last longer than the in-page budget (`GIVE_UP_AFTER_MS`,
 * which bounds time the page is held). Past it, the reader says the page is too large.
 */
export const OFF_THREAD_GIVE_UP_MS = 6 * GIVE_UP_AFTER_MS;

/** How often a closed reader is noticed while the body is read elsewhere. */
const CANCEL_POLL_MS = 100;

/**
 * Reads a large page in one of Lede's own documents (see entrypoints/background/extract-off-thread.ts):
 * the page's main thread only serialises it, and runs its own tasks while the body is read.
 * Past the budget the answer is that the page is too large; `null` once the caller no longer
 * wants it (the user closed the reader, the page replaced itself), and the work elsewhere stops. Counted from `startedAt`, the click's own clock, so the header's time counts too.
 */
export async function extractOffThread(
  doc: Document,
  url: string,
  options: { startedAt: number; cancelled(): boolean; rules?: Promise<readonly SiteRule[]> },
): Promise<Extracted | null> {
  const left = OFF_THREAD_GIVE_UP_MS - (performance.now() - options.startedAt);
  let timer: ReturnType<typeof setInterval> | undefined;
  let answer: OffThreadResult | 'too-late' | 'cancelled';
  try {
    const rules = (await options.rules) ?? [];
    const snapshot = { ...pageSnapshot(doc, url), ...(rules.length ? { rules } : {}) };
    answer = await Promise.race([
      sendMessage('extractPage', snapshot).then((result) => result ?? { ok: false as const, reason: 'error' as const }),
      new Promise<'too-late' | 'cancelled'>((settle) => {
        const end = performance.now() + left;
        timer = setInterval(() => {
          if (options.cancelled()) settle('cancelled');
          else if (performance.now() > end) settle('too-late');
        }, CANCEL_POLL_MS);
      }),
    ]);
  } catch {
    // No background to ask (Lede updated under the page), or the copy would not cross.
    answer = { ok: false, reason: 'error' };
  } finally {
    clearInterval(timer);
  }
  if (answer === 'cancelled') {
    sendMessage('cancelOffThread', undefined).catch(() => undefined);
    return null;
  }
  if (answer === 'too-late') return { ok: false, reason: 'page-too-large' };
  return answer;
}

/** The header as an article without a body yet: shown pending (no reading time), never saved. */
export function previewArticle(header: ArticleHeader): Article {
  return {
    ...header,
    content: '',
    text: '',
    excerpt: header.teaser.join(' '),
    wordCount: 0,
    readingMinutes: 0,
  };
}
