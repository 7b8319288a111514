import type { PassRecord } from '../article';
import { leafBlocks } from './body-tail';
import { clean, key, wordCount } from './text';
import type { Recorder } from './trace';

/**
 * What Readability left out of the page, for the pass trace: Readability reports nothing, so
 * this compares, block by block, the page's text with the text it kept. Coarse on purpose: a
 * block of the page whose text is nowhere in Readability's result counts as dropped. Read right
 * after Readability (later passes change its result), recorded once the header fields are
 * known: a headline or byline Readability left out is shown above the body, not lost.
 */
export function dropsOf(rec: Recorder, page: Document, content: Element): (shown: string[]) => void {
  const keptBlocks = new Set(leafBlocks(content).map((b) => key(b.textContent)));
  const keptText = key(content.textContent);
  const at = rec.mark();
  return (shown) => {
    if (!page.body) return;
    const header = new Set(shown.map(key).filter(Boolean));
    const records: PassRecord[] = [];
    for (const block of leafBlocks(page.body)) {
      const text = key(block.textContent);
      if (!text || keptBlocks.has(text) || header.has(text) || keptText.includes(text) || rec.accounted(text)) continue;
      if (block.closest('script, style, noscript, template')) continue;
      const record = rec.build('readability', 'removed', whyDropped(block), block);
      if (record) records.push(record);
    }
    rec.insertAt(at, records);
  };
}

const CHROME: Array<[string, string]> = [
  ['nav, [role="navigation"]', 'navigation'],
  ['aside, [role="complementary"]', 'a side column'],
  ['footer, [role="contentinfo"]', 'a footer'],
  ['header, [role="banner"]', 'a header'],
  ['form', 'a form'],
];

function whyDropped(block: Element): string {
  for (let n: Element | null = block; n; n = n.parentElement) {
    if (
      n.hasAttribute('hidden') ||
      n.getAttribute('aria-hidden') === 'true' ||
      /display\s*:\s*none|visibility\s*:\s*hidden/i.test(n.getAttribute('style') ?? '')
    ) {
      return 'hidden on the page';
    }
  }
  const chrome = CHROME.find(([selector]) => block.closest(selector));
  if (chrome) return `not in the article: in ${chrome[1]}`;
  return wordCount(clean(block.textContent)) < 8 ? 'not in the article: a short line' : 'not in the article';
}
