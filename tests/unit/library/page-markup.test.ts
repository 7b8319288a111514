import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '@/utils/extract';
import { keptMarkup, PAGE_CAP } from '@/utils/library/page-markup';
import { EN_BODY, page, URL } from '../extract/page';

const LD = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Hannah Janz"},"datePublished":"2017-03-21T09:00:00Z"}</script>`;
const RUNS = `<script>document.title = 'run'</script><script type="module">import('x')</script><script src="/app.js"></script>`;

const read = (html: string) => extractArticle(parseHtml(html, URL), URL);

describe('the markup kept with a saved article', () => {
  it('drops every script that could run and keeps the JSON-LD the extraction reads', () => {
    const html = page({ head: LD + RUNS, header: '<h1>Ministers meet in Tokyo</h1>', body: EN_BODY + RUNS });
    const kept = keptMarkup(parseHtml(html, URL))!;
    const doc = parseHtml(kept, URL);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('script')!.getAttribute('type')).toBe('application/ld+json');
    const [before, after] = [read(html), read(kept)];
    expect(after).toEqual(before);
    expect(after.ok && after.article.authors).toEqual(['Hannah Janz']);
  });

  it('keeps a page in the parsing mode it had: its own doctype, or quirks mode without one', () => {
    const legacy =
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">';
    for (const html of [page(), `${legacy}<html><body><p>x</p></body></html>`, '<html><body><p>x</p></body></html>']) {
      const original = parseHtml(html, URL);
      const kept = parseHtml(keptMarkup(parseHtml(html, URL))!, URL);
      expect(kept.compatMode).toBe(original.compatMode);
      expect([kept.doctype?.name, kept.doctype?.publicId, kept.doctype?.systemId]).toEqual([
        original.doctype?.name,
        original.doctype?.publicId,
        original.doctype?.systemId,
      ]);
    }
    expect(parseHtml(keptMarkup(parseHtml('<p>x</p>', URL))!, URL).compatMode).toBe('BackCompat');
  });

  it('keeps nothing over the cap', () => {
    expect(keptMarkup(parseHtml(page({ body: `<p>${'x'.repeat(PAGE_CAP)}</p>` }), URL))).toBeNull();
  });
});
