import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { VIDEO_EMBED_HOSTS } from './patterns';
import { NO_TRACE, type Recorder } from './trace';
import { STAMP } from './trace-element';

/**
 * Lede's one sanitising policy, for every place that turns article HTML into something shown or
 * stored: the core (below), and through `utils/sanitize-body.ts` the Reader, the saved-article
 * page, the library and import. Defined once, so a stored or imported record can never render
 * under a looser policy than the page it came from.
 *
 * One DOMPurify instance per window, with Lede's hooks installed once. In a content script the
 * clone has no window of its own (`defaultView === null`), so the caller falls back to the
 * script's global window.
 */
const instances = new WeakMap<object, Purifier>();

const CONFIG = {
  FORBID_TAGS: [
    'style',
    'link',
    'meta',
    'base',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'noscript',
    'object',
    'embed',
    // A `<title>` the body holds (a streamed page's, before React hoisted it; an SVG's tooltip)
    // is never shown by a browser; kept, it printed the page's title as a line of the article.
    'title',
  ],
  // DOMPurify keeps `background` (tables, cells): an image fetched with no referrer policy that
  // no reader asked for. tests/unit/security/sanitizers.test.ts, payload table_background_hit.
  // The pass trace's marks are taken off before sanitising; forbidding them too means a path that
  // sanitises without the recorder can never leak one into the reader.
  FORBID_ATTR: ['style', 'class', 'id', 'tabindex', 'contenteditable', 'background', STAMP],
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['allowfullscreen', 'frameborder', 'target', 'loading', 'referrerpolicy'],
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Lede sanitises its own body element in place (it is never the page's).
  IN_PLACE: true,
};

function purifierFor(win: Window): Purifier {
  // Keyed by the window's document, which is what DOMPurify binds to.
  const cacheKey: object = (win.document as Document | undefined) ?? win;
  let purify = instances.get(cacheKey);
  if (purify) return purify;
  purify = DOMPurify(win as unknown as Window & typeof globalThis);
  // Without a DOM, DOMPurify returns its input untouched; page HTML must never pass unsanitised.
  if (!purify.isSupported) throw new Error('Lede: no DOM window available to sanitise with');
  // Set once: a config passed to each call is parsed again on each one (allowlists copied, a
  // fixed cost of every extraction however short the article).
  purify.setConfig(CONFIG);
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe') return;
    const src = (node as Element).getAttribute('src') ?? '';
    if (!isVideoEmbed(src)) node.parentNode?.removeChild(node);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (typeof el.getAttribute !== 'function') return;
    const tag = el.tagName.toLowerCase();
    // DOMPurify lets data: URLs through on media tags; only images may keep them.
    for (const attr of ['src', 'href', 'poster']) {
      const value = el.getAttribute(attr);
      if (value && /^\s*data:/i.test(value) && tag !== 'img') el.removeAttribute(attr);
    }
    if (tag === 'a' && el.hasAttribute('href')) {
      el.setAttribute('rel', 'noopener noreferrer');
      el.setAttribute('target', '_blank');
    } else if (tag === 'img') {
      el.setAttribute('referrerpolicy', 'no-referrer');
      el.setAttribute('loading', 'lazy');
    } else if (tag === 'iframe') {
      el.setAttribute('referrerpolicy', 'no-referrer');
      el.setAttribute('loading', 'lazy');
      el.setAttribute('allowfullscreen', '');
    }
  });
  instances.set(cacheKey, purify);
  return purify;
}

export function isVideoEmbed(src: string): boolean {
  try {
    const url = new URL(src, 'https://invalid.example/');
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    const host = url.hostname.replace(/^www\./, '');
    return VIDEO_EMBED_HOSTS.some(([h, path]) => host === h && url.pathname.startsWith(path));
  } catch {
    return false;
  }
}

/**
 * Sanitises the body element in place (it belongs to Lede's clone, never to the page) and
 * returns its HTML; in place saves serialising and re-parsing the whole body.
 */
export function sanitize(root: Element, win: Window, rec: Recorder = NO_TRACE): { html: string; root: Element } {
  const purify = purifierFor(win);
  if (rec.on) {
    rec.unstamp(root);
    for (const frame of Array.from(root.getElementsByTagName('iframe'))) {
      if (!isVideoEmbed(frame.getAttribute('src') ?? ''))
        rec.removed(
          'sanitiser',
          'an embedded frame that is not a known video player',
          frame,
          frame.getAttribute('src') ?? 'iframe',
        );
    }
  }
  purify.sanitize(root);
  if (rec.on) traceRemoved(rec, purify.removed);
  return { html: root.innerHTML, root };
}

/**
 * The same policy over an HTML string, for HTML that comes back from storage or an import. The
 * string is parsed as the core's body is, as the children of an element, in an inert document
 * (no browsing context: nothing loads, no handler runs). DOMPurify's own string parse reads it as
 * a whole document, where a leading `<noscript>` falls into the head and its tracking pixel
 * escapes into the body: the core never keeps that.
 */
export function sanitizeHtml(html: string, win: Window): string {
  const root = win.document.implementation.createHTMLDocument('').createElement('div');
  root.innerHTML = html;
  return sanitize(root, win).html;
}

/**
 * DOMPurify lists what it took out; an element whose text went with it (a `<form>` or a
 * `<button>` keeps its text in the body, a `<noscript>` or a `<select>` does not) lost text.
 */
function traceRemoved(rec: Recorder, removed: Purifier['removed']): void {
  for (const entry of removed) {
    const el = 'element' in entry ? entry.element : null;
    if (el && el.nodeType === 1 && (el as Element).tagName !== 'IFRAME')
      rec.removed(
        'sanitiser',
        `<${(el as Element).tagName.toLowerCase()}> is not allowed in the reader`,
        el as Element,
      );
  }
}
