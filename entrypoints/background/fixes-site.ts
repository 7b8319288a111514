import { browser } from 'wxt/browser';
import { siteOf } from '@/utils/fixes/site';
import { onMessage } from '@/utils/messages';

/**
 * Fix mode in the reader stores a rule under the page's registrable domain. Finding it needs the
 * public suffix list (`tldts`), which is kept out of the script injected on every click: the
 * background answers instead. Anything but Lede, or anything but a string, gets no site.
 */
export function registerFixesSite(): void {
  onMessage('fixesSite', ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || typeof data !== 'string') return '';
    return siteOf(data.slice(0, 4096));
  });
}
