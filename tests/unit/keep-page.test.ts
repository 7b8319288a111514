import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../scripts/lib/html-file';
import { pageToKeep } from '@/entrypoints/reader.content/keep-page';
import { keptPageMarkup, SENT_PAGE_CAP } from '@/utils/library/page-markup';

const URL = 'https://news.example/a.html';

/** The tab's document, with the reader open over it and a script of the page's own. */
function tab(doctype: string): Document {
  const doc = parseHtml(
    `${doctype}<html><head><script>window.x = 1</script></head><body><h1>Title</h1><p>Text</p><lede-reader></lede-reader></body></html>`,
    URL,
  );
  // The tab never parses the page again: that parse would hold its main thread after a Save.
  vi.stubGlobal(
    'DOMParser',
    class {
      parseFromString(): never {
        throw new Error('parsed in the tab');
      }
    },
  );
  return doc;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the page the overlay sends with a saved article', () => {
  it('is kept without its scripts and without Lede’s own reader, pruned outside the tab; the live page keeps both', () => {
    const doc = tab('<!DOCTYPE html>');
    const sent = pageToKeep('id-1', doc, URL);
    expect(sent).toMatchObject({ id: 'id-1', url: URL });
    expect(doc.querySelectorAll('script, lede-reader')).toHaveLength(2);

    vi.stubGlobal('DOMParser', doc.defaultView!.DOMParser);
    expect(keptPageMarkup(sent.html!)).toMatch(
      /^<!DOCTYPE html><html><head><\/head><body><h1>Title<\/h1><p>Text<\/p>\s*<\/body><\/html>$/,
    );
  });

  it('keeps the page’s own doctype, and none where it had none', () => {
    expect(pageToKeep('id', tab(''), URL).html).toMatch(/^<html>/);
    const legacy = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">';
    const sent = pageToKeep('id', tab(legacy), URL).html!;
    expect(sent).toMatch(
      /^<!DOCTYPE html PUBLIC "-\/\/W3C\/\/DTD HTML 4.01\/\/EN" "http:\/\/www.w3.org\/TR\/html4\/strict.dtd"><html>/,
    );
    vi.stubGlobal('DOMParser', parseHtml('', URL).defaultView!.DOMParser);
    expect(keptPageMarkup(sent)).toMatch(/^<!DOCTYPE html PUBLIC "-\/\/W3C\/\/DTD HTML 4.01\/\/EN"/);
  });

  it('is not sent, only said to be too large, when even without its scripts it could not come under the cap', () => {
    const doc = tab('<!DOCTYPE html>');
    doc.querySelector('p')!.textContent = 'x'.repeat(SENT_PAGE_CAP);
    expect(pageToKeep('id', doc, URL)).toEqual({ id: 'id', url: URL, html: null });
  });
});
