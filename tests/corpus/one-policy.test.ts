/**
 * Every corpus page's body through both sanitising paths, the core's (in place on Lede's clone)
 * and the reader page's (on stored HTML): the reader page keeps nothing the core would remove.
 */
import { describe, expect, it } from 'vitest';
import { sanitize } from '@/utils/extract/sanitize';
import { sanitizeBody } from '@/utils/sanitize-body';
import { parseHtml, readHtmlFile } from '../../scripts/lib/html-file';
import { loadSet, SETS } from '../../scripts/eval/sets';

/**
 * Whitespace between tags is all that may differ: DOMPurify trims a string's leading white space,
 * and a removed node's neighbouring blanks meet. Elements, attributes and text must be the same.
 */
const markup = (html: string) => html.replace(/\s+/g, ' ').replace(/> </g, '><').trim();

describe('one sanitising policy over the corpus', () => {
  for (const set of SETS) {
    it(`${set}: the reader page's pass equals the core's on every page`, async () => {
      const cases = await loadSet(set);
      const differ: string[] = [];
      for (const c of cases) {
        const doc = parseHtml(await readHtmlFile(c.file), c.url);
        const win = doc.defaultView as unknown as Window;
        // A <noscript>'s content is text where scripting is on (the page) and markup where it is
        // off (the reader page's inert parse); both paths drop the element, but its content can
        // come out differently. It is compared without them, as the payload test does.
        for (const noscript of Array.from(doc.body.getElementsByTagName('noscript'))) noscript.remove();
        const html = doc.body.innerHTML;
        const root = doc.createElement('div');
        root.innerHTML = html;
        // sanitizeBody reads the global window, as it does on the reader page.
        Object.assign(globalThis, { window: win });
        if (markup(sanitize(root, win).html) !== markup(sanitizeBody(html))) differ.push(c.id);
        doc.defaultView?.close();
      }
      expect(differ).toEqual([]);
      // Parsing every page of a set under jsdom: about a minute on an idle 2-core machine.
    }, 900_000);
  }
});
