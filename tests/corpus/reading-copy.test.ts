/**
 * The copy of the page the core reads is built by the engine (a deep import, then trimmed) on
 * most pages and node by node on the others (shadow roots, deep nesting): reading-copy.ts. Both
 * must give the same tree, or a page would read differently in Chromium, where the engine's copy
 * is the fast one, than wherever the other way is taken. Over every corpus page, for both copies
 * (Readability's, trimmed of styles and navigation; and on every fourth page the field phases' whole one).
 */
import { describe, expect, it } from 'vitest';
import { readingCopy } from '../../utils/extract/reading-copy';
import { parseHtml, readHtmlFile } from '../../scripts/lib/html-file';
import { loadSet, SETS } from '../../scripts/eval/sets';

/** The whole copy as markup: doctype, comments, every element with its attributes in order, template content. */
function markup(doc: Document): string {
  return Array.from(doc.childNodes)
    .map((n) =>
      n.nodeType === 1 ? (n as Element).outerHTML : n.nodeType === 10 ? `<!DOCTYPE ${n.nodeName}>` : n.nodeValue,
    )
    .join('\n');
}

describe('the copy by the engine is the copy by hand', () => {
  for (const set of SETS) {
    it(`${set}: on every page`, async () => {
      const differ: string[] = [];
      let pages = 0;
      for (const c of await loadSet(set)) {
        const doc = parseHtml(await readHtmlFile(c.file), c.url);
        // The whole copy only trims scripts and merges chains, which Readability's copy does too: a sample.
        for (const whole of pages % 4 === 0 ? [false, true] : [false]) {
          const hand = readingCopy(doc, whole, 'hand');
          const engine = readingCopy(doc, whole, 'engine');
          const same =
            markup(engine.copy) === markup(hand.copy) &&
            engine.templates.length === hand.templates.length &&
            engine.composed === hand.composed;
          if (!same) differ.push(`${c.id}${whole ? ' (fields)' : ''}`);
        }
        pages++;
        doc.defaultView?.close();
      }
      expect(differ).toEqual([]);
      expect(pages).toBeGreaterThan(0);
    }, 300_000);
  }
});
