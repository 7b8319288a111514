import { elementsByTag, linkDensity } from './dom';
import { clean, key, PROSE_WORDS, wordCount } from './text';
import { NO_TRACE, type Recorder } from './trace';

/**
 * Readability keeps one container and the siblings it scores well enough. A CMS that sets the
 * article as a run of sections (a text column beside an ad column, one section per subheading)
 * gives each section its own container, and Readability keeps only one of them, not always the
 * first. The sections around it, in the same stream and with paragraphs marked up like the kept
 * ones, are the rest of the article: their paragraphs and subheadings are put before and after.
 */

/** Levels above the kept paragraphs' common container searched for further sections. */
const MAX_LEVELS = 4;
const LINKED = 0.3;
const PARAGRAPH = new Set(['p']);
const SUBHEADING = /^H[2-4]$/;
const NOT_THE_TEXT = 'figure, figcaption, blockquote, aside, table, li';

/** How a paragraph is marked up: its own class, and its wrapper's tag and class names. */
interface Markup {
  own: string;
  wrapperTag: string;
  wrapperClasses: Set<string>;
}

type Step = 'previousElementSibling' | 'nextElementSibling';

/** `kept`: the page's paragraphs that Readability kept, in document order. */
export function continueBody(content: Element, kept: readonly Element[], rec: Recorder = NO_TRACE): void {
  // The text's own paragraphs: a caption's or a quote's would take the sections inside it.
  const paragraphs = elementsByTag(content, PARAGRAPH).filter((p) => !p.closest(NOT_THE_TEXT));
  const firstKept = paragraphs[0];
  const lastKept = paragraphs[paragraphs.length - 1];
  // Class-less paragraphs say nothing about which stream they belong to.
  const marks = keptMarkups(kept);
  if (!firstKept || !lastKept || !marks.length) return;
  // Keyed only once a section offers a paragraph: most pages have no section to continue with.
  let keys: Set<string> | undefined;
  const have = {
    has: (k: string) => (keys ??= new Set(elementsByTag(content, PARAGRAPH).map((p) => key(p.textContent)))).has(k),
  };
  const before: Element[] = [];
  const after: Element[] = [];
  const open = { previousElementSibling: true, nextElementSibling: true };
  let scope: Element | null = commonAncestor(kept);
  for (let level = 0; scope && level < MAX_LEVELS; level++, scope = scope.parentElement) {
    // Never past the article, nor past the container of a headline: siblings there are other stories.
    if (/^(ARTICLE|MAIN|BODY)$/.test(scope.tagName) || scope.getElementsByTagName('h1').length) break;
    if (open.nextElementSibling) {
      const found = sectionsBeside(scope, 'nextElementSibling', marks, have);
      after.push(...found.blocks);
      open.nextElementSibling = !found.ended;
    }
    if (open.previousElementSibling) {
      const found = sectionsBeside(scope, 'previousElementSibling', marks, have);
      before.unshift(...found.blocks);
      open.previousElementSibling = !found.ended;
    }
    if (!open.nextElementSibling && !open.previousElementSibling) break;
  }
  const why = "a section beside Readability's container, its paragraphs marked up like the kept ones";
  const start = leadingSubheadings(firstKept);
  for (const el of before) {
    rec.changed('continuation', 'added', why, el);
    start.before(start.ownerDocument.importNode(el, true));
  }
  const into = lastKept.parentElement!;
  for (const el of after) {
    rec.changed('continuation', 'added', why, el);
    into.append(into.ownerDocument.importNode(el, true));
  }
}

/**
 * The blocks of the sections beside `scope` in one direction, in document order; `ended` when a
 * section holds prose marked up otherwise or a headline: the article ends there.
 */
function sectionsBeside(
  scope: Element,
  step: Step,
  marks: readonly Markup[],
  have: { has(key: string): boolean },
): { blocks: Element[]; ended: boolean } {
  const sections: Element[][] = [];
  for (let sib = scope[step]; sib; sib = sib[step]) {
    if (sib.getElementsByTagName('h1').length) return { blocks: inOrder(sections, step), ended: true };
    // A column beside the text (ads, headlines) neither continues nor ends the article.
    if (/^(ASIDE|NAV)$/.test(sib.tagName) || /^(complementary|navigation)$/.test(sib.getAttribute('role') ?? ''))
      continue;
    const { blocks, other } = sectionBlocks(sib, marks, have);
    if (other) return { blocks: inOrder(sections, step), ended: true };
    sections.push(blocks);
  }
  return { blocks: inOrder(sections, step), ended: false };
}

function inOrder(sections: Element[][], step: Step): Element[] {
  return (step === 'previousElementSibling' ? sections.reverse() : sections).flat();
}

/**
 * The section's paragraphs that look like the kept ones, each with the subheading right above
 * it; `other` when it holds prose marked up otherwise (comments, another story): the article has ended.
 */
function sectionBlocks(
  section: Element,
  marks: readonly Markup[],
  have: { has(key: string): boolean },
): { blocks: Element[]; other: boolean } {
  const blocks: Element[] = [];
  let heading: Element | null = null;
  for (const el of Array.from(section.querySelectorAll('p, h2, h3, h4'))) {
    if (el.closest('aside, nav, footer, figure, a, form')) continue;
    if (el.tagName !== 'P') {
      heading = el;
      continue;
    }
    const text = clean(el.textContent);
    if (wordCount(text) < PROSE_WORDS || linkDensity(el) > LINKED) continue;
    const own = markup(el);
    if (!marks.some((mark) => sameMarkup(own, mark))) return { blocks, other: true };
    if (have.has(key(text))) continue;
    if (heading) blocks.push(heading);
    heading = null;
    blocks.push(el);
  }
  return { blocks, other: false };
}

function markup(p: Element): Markup {
  const wrapper = p.parentElement;
  return {
    own: p.getAttribute('class') ?? '',
    wrapperTag: wrapper?.tagName ?? '',
    wrapperClasses: new Set((wrapper?.getAttribute('class') ?? '').split(/\s+/).filter(Boolean)),
  };
}

/**
 * The same markup, up to a modifier class on the wrapper: a CMS marks some sections' wrappers
 * with one more name (a layout variant, a tracking hook) than the rest.
 */
function sameMarkup(a: Markup, b: Markup): boolean {
  if (a.own !== b.own || a.wrapperTag !== b.wrapperTag) return false;
  const [fewer, more] = a.wrapperClasses.size <= b.wrapperClasses.size ? [a, b] : [b, a];
  const extra = more.wrapperClasses.size - fewer.wrapperClasses.size;
  // A modifier needs a name to modify: a bare wrapper is no variant of a named one.
  if (extra > 1 || (extra === 1 && !fewer.wrapperClasses.size)) return false;
  for (const name of fewer.wrapperClasses) if (!more.wrapperClasses.has(name)) return false;
  return true;
}

/** The markups of the kept paragraphs that name a class. */
function keptMarkups(kept: readonly Element[]): Markup[] {
  const seen = new Map<string, Markup>();
  for (const p of kept) {
    const m = markup(p);
    const wrapper = [...m.wrapperClasses].join(' ');
    if (/[a-z0-9]/i.test(m.own + wrapper)) seen.set(`${m.own}|${m.wrapperTag}.${wrapper}`, m);
  }
  return [...seen.values()];
}

/** The first kept paragraph, or the subheadings right above it, which head it. */
function leadingSubheadings(p: Element): Element {
  let start = p;
  while (start.previousElementSibling && SUBHEADING.test(start.previousElementSibling.tagName))
    start = start.previousElementSibling;
  return start;
}

/**
 * Each paragraph climbs only to the first ancestor of the first paragraph it meets: climbing
 * with `contains` at every level cost depth × depth on deeply nested pages.
 */
function commonAncestor(els: readonly Element[]): Element | null {
  const chain: Element[] = [];
  for (let up = els[0]!.parentElement; up; up = up.parentElement) chain.push(up);
  const level = new Map(chain.map((el, i) => [el, i]));
  let highest = 0;
  for (const el of els.slice(1)) {
    let up = el.parentElement;
    while (up && !level.has(up)) up = up.parentElement;
    highest = up ? Math.max(highest, level.get(up)!) : chain.length;
    if (!up) break;
  }
  return chain[highest] ?? null;
}
