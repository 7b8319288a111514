import { extractArticle } from '@/utils/extract';
import { readRules } from '@/utils/fixes/rules';
import type { OffThreadResult, PageSnapshot } from '@/utils/messages';

/** Addresses a tab's page can have: the same ones `extractArticle` is given in the page. */
const PAGE_URL = /^(https?|file):/i;

/**
 * Reads a large page's copy in one of Lede's own documents (Chrome's offscreen document,
 * Firefox's background page), so that Readability's one long, unyielding parse runs on their
 * thread and not on the page's. The core reads no rendered styles, so a parsed copy gives the
 * article the page would. Never throws: a bad payload or a core that chokes answers `error`.
 */
export function readSnapshot(data: unknown, parser: DOMParser = new DOMParser()): OffThreadResult {
  if (!isSnapshot(data)) return { ok: false, reason: 'error' };
  try {
    // Parsed, never rendered: DOMParser's document runs no script and loads nothing.
    const doc = parser.parseFromString(data.html, 'text/html');
    // What crossed a message is only a promise of a shape: rebuilt like imported rules.
    const rules = readRules(data.rules);
    return extractArticle(doc, data.url, rules.length ? { rules } : {});
  } catch {
    return { ok: false, reason: 'error' };
  }
}

function isSnapshot(data: unknown): data is PageSnapshot {
  if (!data || typeof data !== 'object') return false;
  const { html, url } = data as Record<string, unknown>;
  return typeof html === 'string' && typeof url === 'string' && PAGE_URL.test(url);
}
