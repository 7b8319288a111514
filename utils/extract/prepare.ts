import { LAZY_SRC_ATTRS, LAZY_SRCSET_ATTRS, PLACEHOLDER_SRC } from './patterns';
import { elementsByTag, elementsWhere, linkDensity, soleElement, wordsOutsideLinks } from './dom';
import { clean, PROSE_WORDS, wordCount } from './text';
import { NO_TRACE, type Recorder } from './trace';

/** Tag sets for `elementsByTag`, which walks the clone once where jsdom's selectors and live lists cost far more. */
const IMAGES = new Set(['img', 'source']);
const INPUT = new Set(['input']);
const PARAGRAPH = new Set(['p']);
const NOSCRIPT = new Set(['noscript']);
const URL_ATTRS = ['href', 'src', 'poster'];

/**
 * Readies the clone for Readability: lazy-loaded images get their real source, otherwise
 * Readability keeps a grey placeholder or drops the figure.
 */
export function resolveLazyImages(clone: Document): void {
  unwrapNoscriptImages(clone);
  const images = elementsByTag(clone, IMAGES);
  for (const el of images) resolveLazy(el);
  for (const el of images) if (isPlaceholderTwin(el)) el.remove();
}

/**
 * A `<picture>` whose `<img>` is only a placeholder shows its photo through a `<source>` whose
 * media query suits the page's wide layout (`min-width: 1000px`), not the reader's column nor a
 * saved copy: the `<img>` takes the last source's srcset, the format every browser reads.
 */
function takePictureSource(img: Element): void {
  const picture = img.parentElement;
  if (picture?.localName !== 'picture') return;
  const sources = Array.from(picture.children).filter(
    (s) => s.localName === 'source' && s.getAttribute('srcset')?.trim(),
  );
  const srcset = sources[sources.length - 1]?.getAttribute('srcset')?.trim();
  if (srcset) img.setAttribute('srcset', srcset);
}

/**
 * A placeholder set beside the real picture in one box (`<img src="grey-placeholder.png">` next to
 * `<img srcset="…">`, the first shown until scripts swap them): a grey box in the reader, and a
 * "picture not saved" box in a saved copy, next to the picture itself.
 */
function isPlaceholderTwin(el: Element): boolean {
  // A file named as a placeholder, not a `data:` picture: a small inline image may be the page's own.
  const src = el.getAttribute('src');
  if (el.localName !== 'img' || !src || /^\s*data:/i.test(src) || hasRealSource(el)) return false;
  return Array.from(el.parentElement?.children ?? []).some(
    (s) => s !== el && s.localName === 'img' && hasRealSource(s),
  );
}

/** Punctuation set between two parts of a line, a few characters at most ("Kicker: Headline", "A · B"). */
const SEPARATOR = /^[\s\p{P}\p{S}]{1,3}$/u;

/**
 * Readability drops every `aria-hidden` node as invisible, but pages hide from screen readers
 * what they still show, in one pass over them:
 * - a separator (`<span aria-hidden="true">: </span>` between a kicker and its headline) is the
 *   line's punctuation; dropped, it glued the two parts together ("Europäische KommissionVerfahren:
 *   …"). It is kept as plain text; hidden words (icons' labels, ads) still go.
 * - metered paywalls mark the paragraphs past the free share hidden (`<p class="paywall"
 *   aria-hidden="true">`); dropped, the middle of the article went missing. Such a paragraph is
 *   the article's when a visible paragraph of prose stands beside it; hidden leads of teaser
 *   cards stand alone.
 * - the whole article, in a box that outweighs all the page shows (`revealHiddenArticle`).
 *
 * One hidden thing goes before Readability sees it: an icon drawn in a link of running text
 * (`report<svg aria-hidden>` before ", opens new tab"). Readability drops it too, but only after
 * judging the block around it, where a link holding an `<svg>` is no phrasing content: the
 * paragraph came apart in three ("The" / "report" / "by the …").
 */
export function keepShownHiddenText(clone: Document, rec: Recorder = NO_TRACE): void {
  const hidden = elementsWhere(clone, (e) => e.getAttribute('aria-hidden') === 'true');
  for (const el of hidden) {
    const text = el.textContent ?? '';
    if (!el.firstElementChild && SEPARATOR.test(text)) {
      rec.changed('hidden text kept', 'kept', 'a separator hidden from screen readers, kept as text', el);
      el.replaceWith(text);
    } else if (el.tagName === 'P' && isArticleParagraph(el)) {
      rec.changed(
        'hidden text kept',
        'kept',
        'a paragraph hidden from screen readers beside visible prose (metered paywall)',
        el,
      );
      el.removeAttribute('aria-hidden');
    } else if (isIconInRunningText(el)) {
      el.remove();
    }
  }
  revealHiddenArticle(
    clone,
    hidden.filter((el) => el.isConnected && el.getAttribute('aria-hidden') === 'true'),
    rec,
  );
}

/**
 * The article itself may sit in a box hidden from screen readers only: an overlay that its
 * script announces when it opens, still marked hidden when the page is read. Readability drops
 * it and finds no article. Such a box is shown when it holds paragraphs of prose (two at
 * least) and more words of them than the whole page shows outside hidden boxes: on a page
 * with a visible article, a hidden dialog's prose never outweighs the article.
 */
function revealHiddenArticle(clone: Document, hidden: readonly Element[], rec: Recorder): void {
  // In document order a box's descendants follow it directly: each is inside the last box kept.
  const outermost: Element[] = [];
  for (const el of hidden) if (!outermost[outermost.length - 1]?.contains(el)) outermost.push(el);
  let article: Element | null = null;
  let articleWords = 0;
  for (const box of outermost) {
    const prose = elementsByTag(box, PARAGRAPH)
      .map(words)
      .filter((n) => n >= PROSE_WORDS);
    const proseWords = prose.reduce((total, n) => total + n, 0);
    if (prose.length >= 2 && proseWords > articleWords) [article, articleWords] = [box, proseWords];
  }
  if (!article || !clone.body) return;
  const hiddenWords = outermost.reduce((total, box) => total + words(box), 0);
  if (words(clone.body) - hiddenWords >= articleWords) return;
  rec.changed(
    'hidden text kept',
    'kept',
    'an article hidden from screen readers only, in a page that shows less text than it',
    article,
  );
  article.removeAttribute('aria-hidden');
}

/** An `<svg>` in a link whose words stand in a line of text: the link's block has words of its own beside it. */
function isIconInRunningText(el: Element): boolean {
  const link = el.parentElement;
  if (el.localName !== 'svg' || link?.localName !== 'a' || !clean(link.textContent)) return false;
  return Array.from(link.parentElement?.childNodes ?? []).some((n) => n.nodeType === 3 && clean(n.nodeValue));
}

function isArticleParagraph(p: Element): boolean {
  if (words(p) < PROSE_WORDS || p.parentElement?.closest('[aria-hidden="true"]')) return false;
  const siblings = Array.from(p.parentElement?.children ?? []);
  return siblings.some((s) => s.tagName === 'P' && s.getAttribute('aria-hidden') !== 'true' && words(s) >= PROSE_WORDS);
}

function words(el: Element): number {
  return wordCount(clean(el.textContent));
}

/** Answers to choose from, from which a group of radio buttons is a poll or a quiz. */
const POLL_ANSWERS = 2;
/** Words an answer of a poll runs to at most, on average. */
const POLL_ANSWER_WORDS = 20;
const MEDIA = 'img, picture, video, figure, iframe';
/** Words a poll's question may add around its answers. */
const POLL_QUESTION_WORDS = 30;

/**
 * A poll or quiz set in the article (a question over radio buttons) is a form to vote in, and an
 * audio player's speed menu is a control; both read as loose lines ("Yes, at once.", "00:00")
 * once Readability has dropped the buttons. The widget goes: the radios' common container, with
 * the question or the player's title around it.
 */
export function dropPolls(clone: Document, rec: Recorder = NO_TRACE): void {
  const groups = new Map<string, Element[]>();
  for (const input of elementsByTag(clone, INPUT)) {
    const name = input.getAttribute('name');
    if (!name || input.getAttribute('type')?.toLowerCase() !== 'radio') continue;
    const group = groups.get(name);
    if (group) group.push(input);
    else groups.set(name, [input]);
  }
  for (const radios of groups.values()) {
    if (radios.length < POLL_ANSWERS || !radios[0]!.isConnected) continue;
    let poll = radios[0]!.parentElement;
    while (poll && !radios.every((r) => poll!.contains(r))) poll = poll.parentElement;
    // A CSS-only slideshow switches its slides with radio buttons too: media make it no poll.
    if (!poll || poll === clone.body || poll.querySelector(MEDIA)) continue;
    const answers = words(poll);
    if (answers > radios.length * POLL_ANSWER_WORDS) continue;
    for (
      let up = poll.parentElement;
      up && up !== clone.body && words(up) - answers <= POLL_QUESTION_WORDS && !up.querySelector(MEDIA);
      up = up.parentElement
    )
      poll = up;
    rec.removed('polls', "radio buttons: a poll, a quiz or a player's speed menu", poll);
    poll.remove();
  }
}

/** Readability unwraps a `<div>` holding one paragraph only when under this share of its text is linked. */
const READABILITY_UNWRAP_LINKED = 0.25;
/** Words outside links from which a linked paragraph is a sentence of the article, not a "Read more" line. */
const OWN_WORDS = 6;

/**
 * CMSs that wrap every paragraph in its own `<div>`s ("text-block" components) lose the
 * paragraphs that carry a long link: Readability does not unwrap a wrapper whose text is a
 * quarter linked, then drops it as a link box. A wrapper chain whose only content is one
 * paragraph with words of its own around the link is just that paragraph.
 */
export function unwrapLinkedParagraphs(clone: Document, rec: Recorder = NO_TRACE): void {
  for (const p of elementsByTag(clone, PARAGRAPH)) {
    if (!soleChild(p) || !ownSentence(p)) continue;
    let wrapper = p.parentElement!;
    while (wrapper.parentElement && soleChild(wrapper) && wrapper.parentElement.tagName === 'DIV')
      wrapper = wrapper.parentElement;
    rec.changed(
      'unwrapped paragraphs',
      'moved',
      'a paragraph with a long link, taken out of its own <div> wrappers so Readability keeps it',
      p,
    );
    wrapper.replaceWith(p);
  }
}

/** Whether `el` is the only content of a `<div>`. */
function soleChild(el: Element): boolean {
  return el.parentElement?.tagName === 'DIV' && soleElement(el);
}

function ownSentence(p: Element): boolean {
  return linkDensity(p) >= READABILITY_UNWRAP_LINKED && wordsOutsideLinks(p) >= OWN_WORDS;
}

/** The URL relative links resolve against: `<base href>` if the page sets one. */
export function baseUrl(doc: Document, pageUrl: string): string {
  // getElementsByTagName rather than a selector: jsdom caches it and skips its selector engine.
  const href = Array.from(doc.getElementsByTagName('base'))
    .find((b) => b.hasAttribute('href'))
    ?.getAttribute('href');
  try {
    return new URL(href ?? '', pageUrl).href;
  } catch {
    return pageUrl;
  }
}

function resolveLazy(el: Element): void {
  const lazy = LAZY_SRC_ATTRS.map((a) => el.getAttribute(a)).find((v) => v && !PLACEHOLDER_SRC.test(v));
  if (lazy) el.setAttribute('src', lazy.trim());
  const lazySet = LAZY_SRCSET_ATTRS.map((a) => el.getAttribute(a)).find(Boolean);
  if (lazySet) el.setAttribute('srcset', lazySet.trim());
  if (!lazy && !lazySet && !hasRealSource(el)) parkedSource(el);
  // A `<picture>`'s sources come before its `<img>`, so theirs are resolved by now.
  if (el.tagName === 'IMG' && !hasRealSource(el)) takePictureSource(el);
  // An image that only has a srcset still needs a src for readers that ignore srcset.
  if (el.tagName === 'IMG' && (!el.getAttribute('src') || PLACEHOLDER_SRC.test(el.getAttribute('src')!))) {
    const first = el.getAttribute('srcset')?.split(',')[0]?.trim().split(/\s+/)[0];
    if (first) el.setAttribute('src', first);
  }
}

/** An image file's address, alone in an attribute (Readability's own test, with the newer formats). */
const PARKED_SRC = /^\s*\S+\.(?:jpe?g|png|webp|gif|avif)(?:[?#]\S*)?\s*$/i;
/** A srcset: an image file's address followed by a width or density. */
const PARKED_SRCSET = /\.(?:jpe?g|png|webp|gif|avif)(?:[?#]\S*)?\s+\d+(?:\.\d+)?[wx]\b/i;
/** Attributes that hold words or the element's own source, never a parked one. */
const NOT_PARKED = new Set(['src', 'srcset', 'alt', 'title', 'class', 'id', 'style', 'href', 'sizes']);

function hasRealSource(el: Element): boolean {
  const src = el.getAttribute('src');
  return Boolean(el.getAttribute('srcset')?.trim() || (src?.trim() && !PLACEHOLDER_SRC.test(src)));
}

/**
 * A lazy loader parks the real source under an attribute of its own choosing (`data-image-loader`,
 * `data-li-src`, `data-high-res-src`…), no list of which is ever complete: for an image with no
 * source but a placeholder, any attribute whose whole value is an image file's address, or a
 * srcset of them, is where the picture is (as Readability looks, for images it calls lazy).
 */
function parkedSource(el: Element): void {
  for (const { name, value } of Array.from(el.attributes)) {
    if (NOT_PARKED.has(name) || PLACEHOLDER_SRC.test(value)) continue;
    if (PARKED_SRCSET.test(value)) return void el.setAttribute('srcset', value.trim());
    if (PARKED_SRC.test(value) && el.localName === 'img') return void el.setAttribute('src', value.trim());
  }
}

/**
 * Sites that lazy-load put the real `<img>` in a `<noscript>` next to a placeholder. With
 * scripting on (a content script) noscript content is raw text, in jsdom it is parsed: handle both.
 */
function unwrapNoscriptImages(doc: Document): void {
  for (const noscript of elementsByTag(doc, NOSCRIPT)) {
    let img = noscript.querySelector('img');
    if (!img) {
      const raw = noscript.textContent ?? '';
      if (!/<img\b/i.test(raw)) continue;
      const template = doc.createElement('template');
      template.innerHTML = raw;
      img = template.content.querySelector('img');
    }
    if (!img || !img.getAttribute('src')) continue;
    const prev = noscript.previousElementSibling;
    const placeholder = prev?.tagName === 'IMG' ? prev : prev?.querySelector('img');
    if (
      placeholder &&
      (!placeholder.getAttribute('src') ||
        PLACEHOLDER_SRC.test(placeholder.getAttribute('src')!) ||
        LAZY_SRC_ATTRS.some((a) => placeholder.hasAttribute(a)))
    ) {
      placeholder.replaceWith(img);
      noscript.remove();
    } else {
      noscript.replaceWith(img);
    }
  }
}

/**
 * Makes every URL in the body absolute, because the article is shown away from the page
 * (overlay shadow root, reader page, library). Runs on Readability's output only, which is
 * far smaller than the page.
 */
export function absolutize(root: Element, base: string): void {
  const abs = (v: string): string => {
    try {
      return new URL(v.trim(), base).href;
    } catch {
      return v;
    }
  };
  for (const el of elementsWhere(root, (e) => URL_ATTRS.some((a) => e.hasAttribute(a)))) {
    for (const attr of URL_ATTRS) {
      const value = el.getAttribute(attr);
      // Fragment links stay in-page; javascript: and data: are left to the sanitiser.
      if (value && !value.startsWith('#') && !/^\s*(javascript|data|mailto|tel):/i.test(value))
        el.setAttribute(attr, abs(value));
    }
  }
  for (const el of elementsWhere(root, (e) => e.hasAttribute('srcset'))) {
    const set = el.getAttribute('srcset')!;
    el.setAttribute(
      'srcset',
      set
        .split(/,\s+(?=\S)/)
        .map((part) => {
          const [u, ...d] = part.trim().split(/\s+/);
          return u ? [abs(u), ...d].join(' ') : part;
        })
        .join(', '),
    );
  }
}
