import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../scripts/lib/html-file';
import { pageToKeep } from '@/entrypoints/reader.content/keep-page';
import { PAGE_CAP } from '@/utils/library/page-markup';

const URL = 'https://news.example/a.html';

/** The tab's document, with the reader open over it and a script of the page's own. */
function tab(doctype: string): Document {
  const doc = parseHtml(
    `${doctype}<html><head><script>window.x = 1</script></head><body><h1>Title</h1><p>Text</p><lede-reader></lede-reader></body></html>`,
    URL,
  );
  vi.stubGlobal('DOMParser', doc.defaultView!.DOMParser);
  vi.stubGlobal('Document', doc.defaultView!.Document);
  return doc;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the page the overlay sends with a saved article', () => {
  it('is the page without its scripts and without Lede’s own reader; the live page keeps both', () => {
    const doc = tab('<!DOCTYPE html>');
    const sent = pageToKeep('id-1', doc, URL);
    expect(sent).toMatchObject({ id: 'id-1', url: URL });
    expect(sent.html).toMatch(
      /^<!DOCTYPE html><html><head><\/head><body><h1>Title<\/h1><p>Text<\/p>\s*<\/body><\/html>$/,
    );
    expect(doc.querySelectorAll('script, lede-reader')).toHaveLength(2);
  });

  it('keeps the page’s own doctype, and none where it had none', () => {
    expect(pageToKeep('id', tab(''), URL).html).toMatch(/^<html>/);
    const legacy = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">';
    expect(pageToKeep('id', tab(legacy), URL).html).toMatch(
      /^<!DOCTYPE html PUBLIC "-\/\/W3C\/\/DTD HTML 4.01\/\/EN" "http:\/\/www.w3.org\/TR\/html4\/strict.dtd"><html>/,
    );
  });

  it('is not sent, only said to be too large, when even its scripts could not bring it under the cap', () => {
    const doc = tab('<!DOCTYPE html>');
    doc.querySelector('p')!.textContent = 'x'.repeat(2 * PAGE_CAP);
    // Not even parsed: that parse would hold the tab.
    vi.stubGlobal(
      'DOMParser',
      class {
        parseFromString(): never {
          throw new Error('parsed');
        }
      },
    );
    expect(pageToKeep('id', doc, URL)).toEqual({ id: 'id', url: URL, html: null });
  });
});
