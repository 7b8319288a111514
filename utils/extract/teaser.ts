import { clean, key, PROSE_WORDS, wordCount } from './text';
import { inChrome, linkDensity, soleElement } from './dom';
import { CREDIT, DEK_HINT, KEY_POINTS_LABEL, TEASER_OUTSIDE } from './patterns';
import { dekParagraphs, hints, isOffer, linesOf, paragraphLike } from './teaser-text';
import { descriptionsOf, echoes, echoesWhole, type Description } from './teaser-echo';
import type { Recorder } from './trace';
import type { BodyStart } from './body-location';
import { candidateOf, sameBlock, type TeaserCandidate } from './teaser-features';
import { pickTeaser } from './teaser-model';
import type { TeaserScorer } from '../article';

export interface Teaser {
  bullets: string[];
  /** Texts the teaser was read from (the whole `A +++ B` line, a list's label), to remove from the body. */
  sources: string[];
}

export interface TeaserContext {
  headline: Element | null;
  /** Where the body Readability kept starts in the page. */
  body: BodyStart;
  description: string;
  authors: string[];
  /** The pass trace, which hears every strategy's find, not only the first. */
  rec?: Recorder;
  /** The learned scorer instead of the cascade, or a listener to the blocks it would choose among. */
  scorer?: TeaserScorer;
}

const NONE: Teaser = { bullets: [], sources: [] };

/**
 * The publisher's standfirst or key points, read between the headline and the first body
 * paragraph. Tried from the most explicit form to the most guessed: a `+++` line (German
 * news sites), a labelled list of key points, the headline's subtitle, an element marked as
 * dek/standfirst, a block the meta description repeats, a paragraph set apart from the body,
 * a bold opening paragraph the description repeats, a subheading under the headline in a header
 * of its own.
 */
export function findTeaser(doc: Document, ctx: TeaserContext): Teaser {
  const descriptions = descriptionsOf(doc, ctx.description);
  const { region, bodyParent, firstBody, start } = teaserRegion(doc, ctx, descriptions);
  if (!region.length && !firstBody) return NONE;
  const apart = region.filter((el) => !(el.tagName === 'P' && bodyParent?.contains(el)));
  // Readability often keeps a marked standfirst as the body's first paragraph: its class still says what it is.
  const marked = firstBody ? [...region, firstBody] : region;
  if (ctx.rec?.on) {
    const found: Array<[string, Teaser | null]> = [
      ['+++ line', plusLine(region)],
      ['key points', keyPoints(region)],
      ['subtitle', subtitle(start, region, ctx, descriptions)],
      ['dek class', dek(marked, ctx, descriptions)],
      ['description-echo', described(region, ctx, descriptions)],
      ['set apart', setApart(apart, ctx)],
      ['bold lead', boldLead(marked, bodyParent, ctx, descriptions)],
      ['header subheading', headerSubheading(start, region, ctx)],
    ];
    for (const [strategy, teaser] of found) ctx.rec.saw('teaser', teaser?.bullets ?? [], `teaser: ${strategy}`);
  }
  const explicit = plusLine(region) ?? keyPoints(region);
  if (explicit) return explicit;
  // The guessed strategies, most trusted first; the cascade takes the first that finds anything.
  const guesses: Array<() => Teaser | null> = [
    () => subtitle(start, region, ctx, descriptions),
    () => dek(marked, ctx, descriptions),
    () => described(region, ctx, descriptions),
    () => setApart(apart, ctx),
    () => boldLead(marked, bodyParent, ctx, descriptions),
    () => headerSubheading(start, region, ctx),
  ];
  const { scorer } = ctx;
  if (scorer?.learned || scorer?.onCandidates) {
    const found = guesses.map((g) => g());
    const candidates = candidatesOf(marked, start, ctx, descriptions, found);
    scorer.onCandidates?.(candidates);
    if (scorer.learned) return modelTeaser(candidates, found);
  }
  for (const guess of guesses) {
    const teaser = guess();
    if (teaser) return teaser;
  }
  return NONE;
}

/** The scorer's choice, in the words of the rule that found the same block (a bold lead without its dateline). */
function modelTeaser(candidates: TeaserCandidate[], found: Array<Teaser | null>): Teaser {
  const chosen = pickTeaser(candidates);
  if (!chosen) return NONE;
  const rule = found.find((t) => t && sameBlock(chosen.bullets, t.bullets));
  return rule ?? { bullets: chosen.bullets, sources: [...chosen.bullets, clean(chosen.el.textContent)] };
}

/** Every block the learned scorer chooses among: the region and the body's first paragraph. */
function candidatesOf(
  blocks: Element[],
  start: Element | null,
  ctx: TeaserContext,
  descriptions: readonly Description[],
  found: Array<Teaser | null>,
): TeaserCandidate[] {
  const place = {
    headline: start,
    bodyParent: ctx.body.bodyParent,
    firstBody: ctx.body.firstBody,
    descriptions,
    authors: ctx.authors,
    rules: found.map((t) => t?.bullets ?? null),
  };
  return blocks.map((el, rank) => candidateOf(el, rank, place)).filter((c): c is TeaserCandidate => c !== null);
}

interface Region {
  region: Element[];
  bodyParent: Element | null;
  firstBody: Element | null;
  /** The headline the region was read after, if any. */
  start: Element | null;
}

const CANDIDATE_TAGS = new Set(['P', 'DIV', 'UL', 'OL', 'H2', 'H3', 'H4', 'STRONG', 'SPAN', 'SECTION']);
/** Elements walked at most: a standfirst sits close to the headline; further on is page chrome. */
const MAX_REGION = 400;

/** Candidate blocks: after the headline, before the body, outside page chrome. */
function teaserRegion(doc: Document, ctx: TeaserContext, descriptions: readonly Description[]): Region {
  const { bodyParent, firstBody } = ctx.body;
  const h1s = Array.from(doc.getElementsByTagName('h1'));
  const start =
    ctx.headline && (!firstBody || before(ctx.headline, firstBody)) ? ctx.headline : nearestHeading(h1s, firstBody);
  // Without a headline the teaser must still sit in the article, just above the body.
  const from = start ?? firstBody?.closest('article, main, [role="main"]') ?? null;
  if (!from) return { region: [], bodyParent, firstBody, start };

  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  walker.currentNode = from;
  const out: Element[] = [];
  let visited = 0;
  for (
    let n = walker.nextNode() as Element | null;
    n && n !== firstBody && ++visited < MAX_REGION;
    n = walker.nextNode() as Element | null
  ) {
    // Web components (`<storefront-html class="excerpt">`) carry classes like any block.
    if (!(CANDIDATE_TAGS.has(n.tagName) || n.tagName.includes('-'))) continue;
    // A block holding a headline is the header itself (kicker, headline and lead run together).
    if ((start && start.contains(n)) || (firstBody && n.contains(firstBody)) || h1s.some((h) => n.contains(h)))
      continue;
    if (inLink(n, from) || (inChrome(n, TEASER_OUTSIDE, from) && !namedDek(n, descriptions))) continue;
    out.push(n);
  }
  return { region: out, bodyParent, firstBody, start };
}

/**
 * When the headline was chosen from metadata that no `<h1>` equals, the `<h1>` printed last
 * before the body still opens the article header; one in navigation or a breadcrumb does not.
 */
function nearestHeading(h1s: Element[], firstBody: Element | null): Element | null {
  if (!firstBody) return null;
  const above = h1s.filter(
    (h) => before(h, firstBody) && !(h.parentElement && inChrome(h.parentElement, TEASER_OUTSIDE)),
  );
  return above[above.length - 1] ?? null;
}

/**
 * A dek by its class that the description repeats, even in a wrapper named like chrome
 * (`<div class="byline-social">…<p class="strapline">`): a related card's teaser never
 * repeats this page's description.
 */
function namedDek(el: Element, descriptions: readonly Description[]): boolean {
  return (
    DEK_HINT.test(hints(el)) &&
    !el.closest('nav, footer, aside, figure, figcaption') &&
    echoes(clean(el.textContent), descriptions)
  );
}

/** Text inside a link is a card pointing to another page, not this article's standfirst. */
function inLink(el: Element, from: Element): boolean {
  const link = el.closest('a');
  return link !== null && !link.contains(from);
}

function plusLine(region: Element[]): Teaser | null {
  for (const el of region) {
    if (el.querySelector('p, div, li')) continue;
    const text = clean(el.textContent);
    if (!text.includes('+++') || CREDIT.test(text)) continue;
    const bullets = text
      .split(/\s*\+{3}\s*/)
      .map(clean)
      .filter(Boolean);
    if (bullets.length >= 2 && bullets.every((b) => wordCount(b) >= 2)) return { bullets, sources: [text] };
  }
  return null;
}

function keyPoints(region: Element[]): Teaser | null {
  for (const list of region) {
    if (list.tagName !== 'UL' && list.tagName !== 'OL') continue;
    const items = Array.from(list.children)
      .filter((li) => li.tagName === 'LI')
      .map((li) => clean(li.textContent))
      .filter(Boolean);
    if (items.length < 1 || items.length > 8) continue;
    if (items.some((i) => wordCount(i) < 3 || isOffer(i)) || linkDensity(list) > 0.5) continue;
    const label = labelOf(list);
    const hinted = DEK_HINT.test(hints(list)) || /key-?points|highlights|takeaways|bullets/i.test(hints(list));
    if (label || hinted) return { bullets: items, sources: [label ?? '', clean(list.textContent)].filter(Boolean) };
  }
  return null;
}

/** `In Kürze:` just before the list, or as its first item's bold lead-in. */
function labelOf(list: Element): string | null {
  let prev = list.previousElementSibling;
  if (!prev && list.parentElement) prev = list.parentElement.previousElementSibling;
  const text = clean(prev?.textContent);
  return text && KEY_POINTS_LABEL.test(text) ? text : null;
}

/**
 * A `lead`-classed block whose words are all a figure's caption is the lead picture or video
 * (`lead-video-placeholder`), not a dek.
 */
function captionOnly(el: Element): boolean {
  const captions = Array.from(el.getElementsByTagName('figcaption'));
  return captions.length > 0 && key(captions.map((c) => c.textContent).join(' ')) === key(el.textContent);
}

function dek(region: Element[], ctx: TeaserContext, descriptions: readonly Description[]): Teaser | null {
  for (const el of region) {
    if (el.tagName === 'UL' || el.tagName === 'OL' || !DEK_HINT.test(hints(el))) continue;
    // A dek wrapper holding a whole teaser card (image, headline, link) is a related-article box;
    // one holding only a heading is the dek set as a heading.
    const heading = el.querySelector('h2, h3');
    if (
      el.querySelector('img, ul, ol') ||
      captionOnly(el) ||
      (heading && key(heading.textContent) !== key(el.textContent)) ||
      linkDensity(el) > 0.3
    )
      continue;
    // A one-line strapline is short; the description repeating it says it is the teaser.
    const bullets = dekParagraphs(el)
      .map((text) => paragraphLike(text, ctx.authors, echoes(text, descriptions)))
      .filter((b): b is string => b !== null);
    if (bullets.length) return { bullets, sources: [...bullets, clean(el.textContent)] };
  }
  return null;
}

/**
 * A subtitle set as the `<h2>` or `<p>` right after the headline, counted when the page's
 * description repeats it (else it may be a kicker, a section name or the first subheading).
 */
function subtitle(
  start: Element | null,
  region: Element[],
  ctx: TeaserContext,
  descriptions: readonly Description[],
): Teaser | null {
  const next = start?.nextElementSibling;
  if (!next || (next.tagName !== 'H2' && next.tagName !== 'P') || !region.includes(next)) return null;
  const text = clean(next.textContent);
  if (!echoes(text, descriptions)) return null;
  const bullet = paragraphLike(text, ctx.authors, true);
  return bullet ? { bullets: [bullet], sources: [bullet] } : null;
}

/** How a dek under the headline is set: a subheading, a paragraph, or a box of bare text. */
const SUBHEADING_TAGS = new Set(['H2', 'H3', 'P', 'DIV']);

/**
 * A sentence set right under the headline, in a header apart from the body: the dek of a site
 * that writes its own description and names its classes in words no rule knows. Wrappers that
 * hold only the headline or only the dek are looked through. The body's first section heading or
 * paragraph is never this: its header holds the body too.
 */
function headerSubheading(start: Element | null, region: Element[], ctx: TeaserContext): Teaser | null {
  if (!start) return null;
  let headline = start;
  while (headline.parentElement && soleElement(headline)) headline = headline.parentElement;
  const header = headline.parentElement;
  if (!header || (ctx.body.firstBody && header.contains(ctx.body.firstBody))) return null;
  let next = headline.nextElementSibling;
  while (next?.firstElementChild && soleElement(next.firstElementChild)) next = next.firstElementChild;
  if (
    !next ||
    !SUBHEADING_TAGS.has(next.tagName) ||
    (next.tagName === 'DIV' && next.firstElementChild) ||
    !region.includes(next) ||
    linkDensity(next) > 0.3
  )
    return null;
  const text = clean(next.textContent);
  // A line that ends in a colon introduces the block after it (a listing, a quote): it opens the body.
  const bullet = text.endsWith(':') ? null : paragraphLike(text, ctx.authors);
  return bullet ? { bullets: [bullet], sources: [bullet] } : null;
}

/** The standfirst of a CMS that marks it only by position: a lone paragraph between headline and body. */
function setApart(region: Element[], ctx: TeaserContext): Teaser | null {
  const { firstBody } = ctx.body;
  for (const el of region) {
    // The lead picture opens the body: a paragraph after it is the body's first, not a standfirst.
    if (leadPicture(el)) return null;
    if (el.tagName !== 'P' || linkDensity(el) > 0.3) continue;
    // Nor is one that opens the container holding the body but not the headline.
    const parent = el.parentElement;
    if (parent && firstBody && parent.contains(firstBody) && !(ctx.headline && parent.contains(ctx.headline))) continue;
    const siblings = el.parentElement
      ? Array.from(el.parentElement.children).filter((c) => c.tagName === 'P').length
      : 1;
    // A paragraph under its own subheading is a section or another story's card.
    if (siblings > 1 || /^H[2-6]$/.test(el.previousElementSibling?.tagName ?? '')) continue;
    const bullet = paragraphLike(clean(el.textContent), ctx.authors);
    if (bullet) return { bullets: [bullet], sources: [bullet] };
  }
  return null;
}

/** A block holding only a picture or a video, not an icon or an author's thumbnail. */
function leadPicture(el: Element): boolean {
  const picture =
    el.querySelector('picture, video, figure') !== null ||
    Array.from(el.getElementsByTagName('img')).some((img) => Number(img.getAttribute('width')) >= LEAD_PICTURE_WIDTH);
  return picture && !clean(el.textContent);
}

/** The meta description counts only where the page itself prints it near the top. */
function described(region: Element[], ctx: TeaserContext, descriptions: readonly Description[]): Teaser | null {
  for (const el of region) {
    if (el.querySelector('p, div')) continue;
    const lines = linesOf(el);
    const text = lines.join(' ');
    // Position alone sets nothing apart: a description cut from the body's start does not count.
    if (text.length >= 40 && echoes(text, descriptions, false)) {
      const bullets = lines.map((line) => paragraphLike(line, ctx.authors, true));
      // Lines that are headline-like fragments are key points; full sentences are one standfirst broken into lines.
      if (lines.length > 1 && !lines.some((line) => SENTENCE_END.test(line)) && bullets.every(Boolean))
        return { bullets: bullets as string[], sources: [text, clean(el.textContent)] };
      const bullet = paragraphLike(text, ctx.authors, true);
      if (bullet) return { bullets: [bullet], sources: [bullet, clean(el.textContent)] };
    }
  }
  return null;
}

/**
 * A lead set in bold as the body's opening paragraph (public broadcasters' and regional
 * papers' news pages do this), counted only when a meta description repeats it, so an
 * ordinary bold opening stays body. Bold by `<strong>`/`<b>`, or by a class or style; or set
 * apart by a class of its own that a description repeating it whole confirms.
 */
function boldLead(
  candidates: Element[],
  bodyParent: Element | null,
  ctx: TeaserContext,
  descriptions: readonly Description[],
): Teaser | null {
  // The body's opening: its first paragraph, even one too short for Readability's keys.
  const first = candidates.find(
    (el) =>
      el.tagName === 'P' &&
      (el.parentElement === bodyParent || el === candidates[candidates.length - 1]) &&
      clean(el.textContent),
  );
  if (!first) return null;
  const text = clean(first.textContent);
  const strong = Array.from(first.querySelectorAll('strong, b'), (b) => clean(b.textContent));
  const boldChars = strong.reduce((n, b) => n + b.length, 0);
  const bold =
    BOLD_CLASS.test(first.getAttribute('class') ?? '') ||
    BOLD_STYLE.test(first.getAttribute('style') ?? '') ||
    boldChars >= text.length * 0.9;
  // Styled apart by a class whose name says nothing: only a description repeating it whole counts.
  if (!bold && !(echoesWhole(text, descriptions) && styledApart(first, bodyParent))) return null;
  // "Neuss · <strong>lead</strong>": the dateline before the bold lead is not part of it.
  const only = strong.length === 1 ? strong[0] : undefined;
  const lead = only && text.endsWith(only) && text.length - only.length <= DATELINE_CHARS ? only : text;
  if (!echoes(lead, descriptions)) return null;
  const bullet = paragraphLike(lead, ctx.authors, true);
  return bullet ? { bullets: [bullet], sources: [bullet, text] } : null;
}

/**
 * The opening paragraph's class is its own: the body's other paragraphs share one named class
 * that it lacks. A style sheet sets it apart, under a name no rule may know (hashed, or in any
 * language). Where the body's paragraphs name no class, a class on the first (a drop cap, an
 * anchor for ads) is no sign of a lead.
 */
function styledApart(first: Element, bodyParent: Element | null): boolean {
  const own = first.getAttribute('class')?.trim();
  if (!own || !bodyParent) return false;
  const rest = Array.from(bodyParent.getElementsByTagName('p')).filter(
    (p) => p !== first && wordCount(clean(p.textContent)) >= PROSE_WORDS,
  );
  if (rest.length < 2) return false;
  const classes = rest.map((p) => p.getAttribute('class')?.trim() ?? '');
  return classes[0] !== '' && classes.every((c) => c === classes[0] && c !== own);
}

/** The end of a full sentence, in Latin and CJK punctuation. */
const SENTENCE_END = /[.!?。！？]['"’”»)]*$/u;

/** Utility-class and BEM names for bold text: `bold`, `font-bold`, `fw-bold`, `font-semibold`. */
const BOLD_CLASS = /(?:^|[\s:_-])(?:semi)?bold(?:$|\s)/i;
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|[6-9]00)/i;
/** Pixels wide from which an `<img>` is a picture of the story rather than an icon or avatar. */
const LEAD_PICTURE_WIDTH = 300;
/** A dateline ("Neuss ·", "BERLIN (dpa) –") runs to a few words at most. */
const DATELINE_CHARS = 30;

function before(a: Node, b: Node): boolean {
  return Boolean(a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */);
}
