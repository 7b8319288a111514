import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { defusedClone } from '../../../utils/extract/unclobber';

const URL = 'https://news.example/politik/2026/gipfel.html';

function page(body: string, head = ''): Document {
  return new JSDOM(`<!DOCTYPE html><html lang="de"><head>${head}</head><body>${body}</body></html>`, { url: URL })
    .window.document;
}

describe('the copy of the page Readability reads', () => {
  it('keeps the page URL, base, doctype and JSON-LD, so links and metadata resolve as on the page', () => {
    const doc = page(
      '<p><a href="../sport/">Sport</a></p>',
      '<base href="https://news.example/ressort/"><script type="application/ld+json">{"headline":"Gipfel"}</script>',
    );
    const { clone } = defusedClone(doc);
    expect(clone).not.toBe(doc);
    expect(clone.URL).toBe(URL);
    expect(clone.baseURI).toBe('https://news.example/ressort/');
    expect(clone.doctype?.name).toBe('html');
    expect(clone.documentElement.lang).toBe('de');
    expect(clone.querySelector('a')?.href).toBe('https://news.example/sport/');
    expect(clone.querySelector('script[type="application/ld+json"]')?.textContent).toBe('{"headline":"Gipfel"}');
  });

  it('leaves out style sheets and scripts, which only cost time, and leaves the page as it was', () => {
    const doc = page(
      '<style>p{color:red}</style><p>Text</p><script>window.x = 1</script><svg><style>a{}</style></svg>',
      '<style>body{margin:0}</style><script src="/app.js"></script>',
    );
    const before = doc.documentElement.outerHTML;
    const { clone } = defusedClone(doc);
    expect(clone.querySelectorAll('style, script')).toHaveLength(0);
    expect(clone.body.textContent).toBe('Text');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is made even when named elements shadow the document methods it uses', () => {
    const doc = page(
      '<img name="childNodes"><img name="cloneNode"><img name="importNode"><form><input name="remove"><style>x{}</style></form><p>Text</p>',
    );
    const { clone, shadowed } = defusedClone(doc);
    expect(shadowed).toBe(true);
    expect(clone.querySelectorAll('img')).toHaveLength(3);
    expect(clone.querySelector('form style')).toBeNull();
    expect(clone.querySelector('p')?.textContent).toBe('Text');
  });

  it("asks for a second copy for the field phases only when a name shadows what any element or the document has, not a form's own submit", () => {
    const login = '<form><input name="submit" type="hidden"><input name="action"><input name="q"></form><p>Text</p>';
    const plain = defusedClone(page(login));
    expect(plain.shadowed).toBe(false);
    // Readability's copy is defused all the same.
    expect(plain.clone.querySelector('input[name="submit"], input[name="action"]')).toBeNull();
    expect(plain.clone.querySelector('input[name="q"]')).not.toBeNull();
    expect(defusedClone(page('<form><input name="parentNode"></form><p>Text</p>')).shadowed).toBe(true);
    expect(defusedClone(page('<form><input name="getAttribute"></form><p>Text</p>')).shadowed).toBe(true);
    expect(defusedClone(page('<img name="title"><p>Text</p>')).shadowed).toBe(true);
  });
});
