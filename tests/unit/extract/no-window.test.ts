import { afterEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../utils/extract';
import { parseHtml, readHtmlFile } from '../../../scripts/lib/html-file';

const SEED = join(__dirname, '../../../../shared/seed/seed-article.rich.html');
const URL = 'https://japandigest.example/2017/03/spitzentreffen/';

/** What DOMPurify reads from its window: here the globals a content script would see. */
const DOM_GLOBALS = [
  'document',
  'DocumentFragment',
  'HTMLTemplateElement',
  'Node',
  'Element',
  'NodeFilter',
  'NamedNodeMap',
  'HTMLFormElement',
  'DOMParser',
] as const;

afterEach(() => vi.unstubAllGlobals());

describe('a document without a window', { timeout: 60_000 }, () => {
  // A content script's clone has no window of its own (defaultView === null): the sanitiser
  // must use the script's global window, and the article must come out the same.
  it('gives the same article as the same page in a window', async () => {
    const html = await readHtmlFile(SEED);
    const host = new JSDOM('', { url: URL }).window;
    for (const name of DOM_GLOBALS) vi.stubGlobal(name, host[name]);
    const windowless = host.document.implementation.createHTMLDocument('');
    windowless.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>|<\/html>\s*$/gi, '');
    expect(windowless.defaultView).toBeNull();

    const inWindow = extractArticle(parseHtml(html, URL), URL);
    const without = extractArticle(windowless, URL);
    expect(inWindow.ok).toBe(true);
    expect(without).toEqual(inWindow);
  });

  it('refuses to return unsanitised HTML when no DOM is available at all', async () => {
    const windowless = new JSDOM('').window.document.implementation.createHTMLDocument('');
    windowless.documentElement.innerHTML = (await readHtmlFile(SEED)).replace(
      /^[\s\S]*?<html[^>]*>|<\/html>\s*$/gi,
      '',
    );
    expect(() => extractArticle(windowless, URL)).toThrow(/no DOM window/);
  });
});
