import type { PassRecord } from '@/utils/article';
import { clean, key } from '@/utils/extract/text';
import { elementWithText } from '@/utils/fixes/match';
import { isChromePass, isChromeShape } from './left-out-chrome';

/** Characters a removed passage needs to be worth offering back: a sentence, not a label or a button. */
const MIN_CHARS = 60;
/** Share of a passage's text in links above which it is a list of links (navigation, "more on this"). */
const MAX_LINK_SHARE = 0.5;
/** Siblings looked at, going back from a passage, for the body block it followed. */
const MAX_STEPS = 40;

/** A passage the extraction removed, as the page has it: its whole text, and the element it is. */
export interface LeftOut {
  text: string;
  element: Element;
}

/**
 * The trace's removals that read as prose: long enough, with a sentence's end in them, each once.
 * Removals made by the site's own fixes are the reader's choice, not Lede's, and are left out, as
 * are those of passes that only ever remove chrome.
 */
export function proseRemovals(passes: readonly PassRecord[]): PassRecord[] {
  const seen = new Set<string>();
  return passes.filter((p) => {
    if (p.action !== 'removed' || p.pass === 'site fixes' || isChromePass(p.pass) || p.chars < MIN_CHARS) return false;
    // A sentence ends in it (the "…" the trace shortens with is no end).
    if (!/[.!?]/.test(p.text.replace(/…$/, ''))) return false;
    const k = key(p.text);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The removed passages that the page still has, as the page has them (the trace keeps only the
 * start of a long one), that are not lists of links or other chrome and that the article does
 * not already show.
 */
export function leftOutOn(page: Document, passes: readonly PassRecord[], articleText: string): LeftOut[] {
  const shown = key(articleText);
  const found: LeftOut[] = [];
  for (const pass of proseRemovals(passes)) {
    const element = elementWithText(page, pass.text);
    if (!element || found.some((f) => f.element.contains(element) || element.contains(f.element))) continue;
    const text = clean(element.textContent);
    if (!text || shown.includes(key(text)) || linkShare(element, text) > MAX_LINK_SHARE || isChromeShape(element))
      continue;
    found.push({ text, element });
  }
  return found;
}

function linkShare(el: Element, text: string): number {
  // A card's text is often wrapped whole in its link.
  if (el.closest('a')) return 1;
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + clean(a.textContent).length, 0);
  return linked / text.length;
}

/**
 * Where a passage goes in the reader's body: after the block whose text is the nearest one before
 * it on the page (its earlier siblings, then its ancestors' ones), or null when there is none and
 * it goes to the list at the end.
 */
export function blockBefore(passage: Element, blocks: readonly Element[]): Element | null {
  const byKey = new Map<string, Element>();
  for (const block of blocks) {
    const k = key(block.textContent);
    if (k && !byKey.has(k)) byKey.set(k, block);
  }
  let steps = 0;
  for (let at: Element | null = passage; at && at.localName !== 'body'; at = at.parentElement) {
    for (let prev = at.previousElementSibling; prev && steps < MAX_STEPS; prev = prev.previousElementSibling, steps++) {
      const block = byKey.get(key(prev.textContent));
      if (block) return block;
    }
  }
  return null;
}
