import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * The fake browser has no i18n: answer from the real `_locales/en/messages.json`, placeholders
 * and all, so the tests read the words a user reads.
 */
export function useEnglishMessages(): void {
  const messages = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
  ) as Messages;
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, substitutions?: string | string[]) => {
    const entry = messages[name];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    return entry.message.replace(/\$(\w+)\$/g, (_, key: string) => {
      const content = entry.placeholders?.[key.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
    });
  }) as typeof fakeBrowser.i18n.getMessage);
}

/** A DOM for Preact and DOMPurify in Node, installed as the globals a browser would have. */
export function installDom(): void {
  if ('document' in globalThis) return;
  const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', {
    url: 'https://news.example/',
  });
  const { document, Node, NodeFilter, Element, HTMLElement, DocumentFragment, Event, DOMParser } = window;
  Object.assign(globalThis, {
    window,
    document,
    Node,
    NodeFilter,
    Element,
    HTMLElement,
    DocumentFragment,
    Event,
    DOMParser,
  });
}
