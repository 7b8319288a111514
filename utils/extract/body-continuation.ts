import { elementsByTag, linkDensity } from './dom';
import { clean, key, wordCount } from './text';
import { NO_TRACE, type Recorder } from './trace';

/**
 * Readability keeps one container and the siblings it scores well enough. A CMS that sets the
 * article as a run of sections (a text column beside an ad column, one section per subheading)
 * gives each section its own container, and Readability keeps only the first. The sections
 * that follow, in the same stream and with paragraphs marked up exactly like the kept ones, are
 * the rest of the article: their paragraphs and subheadings are appended.
 */

/** Levels above the kept paragraphs' common container searched for further sections. */
const MAX_LEVELS = 4;
/** A paragraph of prose, not a caption or a label. */
const PROSE_WORDS = 12;
const LINKED = 0.3;
const PARAGRAPH = new Set(['p']);

/** `kept`: the page's paragraphs that Readability kept, in document order. */
export function continueBody(content: Element, kept: readonly Element[], rec: Recorder = NO_TRACE): void {
  const lastKept = lastParagraph(content);
  // Class-less paragraphs say nothing about which stream they belong to.
  const marks = keptSignatures(kept);
  if (!lastKept || !marks.size) return;
  // Keyed only once a section offers a paragraph: most pages have no section to continue with.
  let keys: Set<string> | undefined;
  const have = {
    has: (k: string) => (keys ??= new Set(elementsByTag(content, PARAGRAPH).map((p) => key(p.textContent)))).has(k),
  };
  const found: Element[] = [];
  let scope: Element | null = commonAncestor(kept);
  for (let level = 0; scope && level < MAX_LEVELS; level++, scope = scope.parentElement) {
    // Never past the article, nor past the container of a headline: siblings there are other stories.
    if (/^(ARTICLE|MAIN|BODY)$/.test(scope.tagName) || scope.getElementsByTagName('h1').length) break;
    for (let sib = scope.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (sib.getElementsByTagName('h1').length) break;
      // A column beside the text (ads, headlines) neither continues nor ends the article.
      if (/^(ASIDE|NAV)$/.test(sib.tagName) || /^(complementary|navigation)$/.test(sib.getAttribute('role') ?? ''))
        continue;
      const { blocks, other } = sectionBlocks(sib, marks, have);
      if (other) {
        scope = null;
        break;
      }
      found.push(...blocks);
    }
    if (!scope) break;
  }
  const into = lastKept.parentElement!;
  for (const el of found) {
    rec.changed(
      'continuation',
      'added',
      "a section after Readability's container, its paragraphs marked up like the kept ones",
      el,
    );
    into.append(into.ownerDocument.importNode(el, true));
  }
}

/**
 * The section's paragraphs that look like the kept ones, each with the subheading right above
 * it; `other` when it holds prose marked up otherwise (comments, another story): the article has ended.
 */
function sectionBlocks(
  section: Element,
  marks: ReadonlySet<string>,
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
    if (!marks.has(signature(el))) return { blocks, other: true };
    if (have.has(key(text))) continue;
    if (heading) blocks.push(heading);
    heading = null;
    blocks.push(el);
  }
  return { blocks, other: false };
}

/** The markup of a paragraph and its wrapper: `text-18 leading-17|DIV.px-24 pt-16`. */
function signature(p: Element): string {
  const parent = p.parentElement;
  return `${p.getAttribute('class') ?? ''}|${parent?.tagName ?? ''}.${parent?.getAttribute('class') ?? ''}`;
}

/** The signatures of the kept paragraphs that name a class. */
function keptSignatures(kept: readonly Element[]): Set<string> {
  return new Set(kept.map(signature).filter((s) => /[^|.A-Z]/.test(s)));
}

function lastParagraph(content: Element): Element | null {
  const ps = content.getElementsByTagName('p');
  return ps[ps.length - 1] ?? null;
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
