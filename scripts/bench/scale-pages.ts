import { parseHtml } from '../lib/html-file';

/**
 * Real pages grown in one dimension at a time, to see how the core's time grows with a page:
 * a longer article (its body repeated) and deeper markup (its body wrapped in chains of
 * `<div>`s). Both start from a real page, so every phase meets what it meets on the web.
 */

/** The element holding most of the page's paragraphs: the article's body, on a news page. */
function bodyOf(doc: Document): Element {
  const counts = new Map<Element, number>();
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    if (p.parentElement && (p.textContent ?? '').length > 80)
      counts.set(p.parentElement, (counts.get(p.parentElement) ?? 0) + 1);
  }
  let best: Element = doc.body;
  let most = 0;
  for (const [el, n] of counts) if (n > most) [best, most] = [el, n];
  return best;
}

/**
 * The page with its article's body `repeats` times over (1 is the page as it is). Spliced in as
 * text, as `deepPage` does: appending copies to the parsed page makes jsdom give each copied
 * `<iframe>` a window of its own, a cost that grows with every frame already there.
 */
export function grownPage(html: string, repeats: number, url = 'https://scale.lede.test/a'): string {
  const doc = parseHtml(html, url);
  const body = bodyOf(doc);
  const copy = body.innerHTML;
  body.append(doc.createComment('grown'));
  return serialize(doc).replace('<!--grown-->', () => copy.repeat(repeats - 1));
}

/**
 * How many times over the body must be for the page to be `times` its own bytes: the page's
 * chrome stays, so a body repeated 16 times makes a page far from 16 times the bytes.
 */
export function repeatsForBytes(html: string, times: number, url?: string): number {
  const once = Buffer.byteLength(grownPage(html, 1, url));
  const perBody = Buffer.byteLength(grownPage(html, 2, url)) - once;
  return Math.max(1, Math.round(1 + ((times - 1) * once) / perBody));
}

/**
 * The page with each of its body's paragraphs under a chain of `depth` wrappers, and the body
 * itself under another, so the deepest text sits about `depth` levels down. A page of web
 * components or a page builder nests like this; browsers' own parsers cap depth at 512, but
 * jsdom's, and DOM built by script, do not.
 */
export function deepPage(html: string, depth: number, url = 'https://scale.lede.test/a'): string {
  const doc = parseHtml(html, url);
  const body = bodyOf(doc);
  // Spliced in as text: moving a deep subtree in jsdom attaches it recursively and overflows the stack.
  const open = Array.from({ length: depth }, (_, i) => `<div class="w${i % 7}">`).join('');
  const close = '</div>'.repeat(depth);
  const first = Array.from(body.children).find((el) => el.tagName === 'P');
  for (const el of first ? [first, body] : [body]) {
    el.before(doc.createComment('deep-open'));
    el.after(doc.createComment('deep-close'));
  }
  return serialize(doc).replaceAll('<!--deep-open-->', open).replaceAll('<!--deep-close-->', close);
}

/**
 * The page with its scripts made inert, so that nothing changes it while it is timed in a
 * browser; its JSON-LD stays, the metadata the core reads. The inert `type` goes first: of two
 * `type` attributes, the parser keeps the first.
 */
export function inertScripts(html: string): string {
  return html.replace(/<script\b([^>]*)>/gi, (tag, attrs: string) =>
    /\btype\s*=\s*["']?application\/ld\+json/i.test(attrs) ? tag : `<script type="text/x-inert"${attrs}>`,
  );
}

function serialize(doc: Document): string {
  const html = `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
  doc.defaultView?.close();
  return html;
}
