import { vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Article } from '@/utils/article';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { Reader } from '@/components/Reader';

/**
 * The Reader rendered in Node, as a page or extension page would hold it. Preact and the
 * Reader's sanitiser use the global DOM, as they do in a browser, so `installReaderDom` gives
 * them one (call it in `beforeAll`; DOMPurify binds to the global window when first imported,
 * so import modules that sanitise dynamically after it).
 */
const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', {
  url: 'https://news.example/2024/05/council-budget',
});

export function installReaderDom(): void {
  const { document, Node, NodeFilter, Element, HTMLElement, DocumentFragment } = window;
  Object.assign(globalThis, { window, document, Node, NodeFilter, Element, HTMLElement, DocumentFragment });
  // The fake browser has no i18n; a message shows its key and substitutions, which is all we read.
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
    [key, ...[subs ?? []].flat()].join(' '),
  );
}

export function readerHtml(article: Article): string {
  const host = window.document.createElement('div');
  render(<Reader article={article} settings={DEFAULT_SETTINGS} onSettingsChange={() => {}} />, host);
  const html = host.innerHTML;
  render(null, host);
  return html;
}
