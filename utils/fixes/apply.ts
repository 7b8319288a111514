import type { Article, FieldCandidate, FixOutcome, FixReport, TraceFields } from '../article';
import { absolutize } from '../extract/prepare';
import { key } from '../extract/text';
import type { Recorder } from '../extract/trace';
import { pickedHeadline } from './headline';
import { describes, findBlocks, headlineElement } from './match';
import { blocksToRemove } from './role';
import { isPictureBlock, pictureNames, picturesNamed } from './picture';
import type { BlockSelector, SiteRule } from './rules';

/**
 * The `site fixes` phase of `extractArticle`: the rules a reader made for the site, applied to
 * this article. Block rules find their blocks in the page by structure and act on the body's
 * copies of them (found by the text those blocks have on this page); field rules pick among
 * the candidates the pass trace saw. A rule that would take the headline or more than half of
 * the text is not applied, and the report says so, for the reader to show.
 */

/** Body text shorter than this is not looked for inside a removed block (a lone "Share" may be anywhere). */
const MIN_PART = 12;
/** A removal may take at most this share of the body's text. */
const MAX_REMOVED_SHARE = 0.5;
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, figure, table, ul, ol, dl';

export class FixRun {
  readonly outcomes: FixOutcome[];

  constructor(readonly rules: readonly SiteRule[]) {
    this.outcomes = rules.map((rule, index) => ({ index, kind: rule.kind, applied: false, reason: 'no-match' }));
  }

  report(): FixReport {
    return { applied: this.outcomes.filter((o) => o.applied).length, outcomes: this.outcomes };
  }

  private settle(index: number, outcome: Omit<FixOutcome, 'index' | 'kind'>): void {
    const kind = this.outcomes[index]!.kind;
    this.outcomes[index] = { index, kind, ...outcome };
  }

  /** Removes and restores blocks of `content` (the body before sanitising; the sanitiser cleans what comes back). */
  body(doc: Document, content: Element, title: string, base: string, rec: Recorder): void {
    const headline = headlineElement(doc, title);
    this.rules.forEach((rule, i) => {
      if (rule.kind === 'remove') this.settle(i, this.remove(doc, content, rule.block, headline, title, rec));
      else if (rule.kind === 'restore') this.settle(i, this.restore(doc, content, rule.block, headline, base, rec));
    });
  }

  private remove(
    doc: Document,
    content: Element,
    block: BlockSelector,
    headline: Element | null,
    title: string,
    rec: Recorder,
  ): Omit<FixOutcome, 'index' | 'kind'> {
    const found = blocksToRemove(doc, block, headline);
    if (!found.length) return { applied: false, reason: 'no-match' };
    const titleKey = key(title);
    if (found.some((el) => (headline && el.contains(headline)) || (titleKey && key(el.textContent).includes(titleKey))))
      return { applied: false, reason: 'headline' };
    const keys = found.map((el) => key(el.textContent)).filter(Boolean);
    const targets: Element[] = [];
    for (const el of Array.from(content.getElementsByTagName('*'))) {
      if (targets.some((t) => t.contains(el))) continue;
      const k = key(el.textContent);
      if (k && keys.some((m) => m === k || (k.length >= MIN_PART && m.includes(k)))) targets.push(el);
    }
    // A block that is only a picture has no text to find its copy by: its picture's name does.
    for (const name of new Set(found.filter(isPictureBlock).flatMap((el) => [...pictureNames(el)])))
      for (const box of picturesNamed(content, name, content))
        if (!targets.some((t) => t.contains(box))) targets.push(box);
    if (!targets.length) return { applied: false, reason: 'not-in-body' };
    const total = key(content.textContent).length;
    const removed = targets.reduce((sum, t) => sum + key(t.textContent).length, 0);
    if (removed > total * MAX_REMOVED_SHARE) return { applied: false, reason: 'too-much-text' };
    for (const t of targets) {
      rec.removed('site fixes', 'removed by a site fix', t);
      t.remove();
    }
    return { applied: true };
  }

  private restore(
    doc: Document,
    content: Element,
    block: BlockSelector,
    headline: Element | null,
    base: string,
    rec: Recorder,
  ): Omit<FixOutcome, 'index' | 'kind'> {
    const found = findBlocks(doc, block, headline);
    if (!found.length) return { applied: false, reason: 'no-match' };
    let applied = false;
    for (const el of found) {
      const k = key(el.textContent);
      if (!k || key(content.textContent).includes(k)) continue;
      const copy = content.ownerDocument.importNode(el, true) as Element;
      absolutize(copy, base);
      place(doc, content, el, copy);
      rec.changed('site fixes', 'added', 'brought back by a site fix', copy);
      applied = true;
    }
    return applied ? { applied: true } : { applied: false, reason: 'already-there' };
  }

  /** Applies the field rules to the finished article, from the candidates in the trace. */
  fields(article: Article, fields: Partial<TraceFields>): Article {
    const out = { ...article };
    this.rules.forEach((rule, i) => {
      if (rule.kind === 'hide') {
        if (rule.field === 'publishedTime') out.publishedTime = null;
        else out[rule.field] = [];
        this.settle(i, { applied: true });
      } else if (rule.kind === 'pick') {
        const trace = fields[rule.field];
        const seen = trace ? [trace, ...trace.candidates] : [];
        // The same source, and the same element where the rule names one.
        const same = (c: FieldCandidate<unknown>): boolean =>
          c.source === rule.source && (!rule.element || !c.element || describes(rule.element, c.element));
        const hit = seen.find(same) ?? (trace?.also.includes(rule.source) ? trace : undefined);
        const value = hit?.value;
        if (value === undefined || value === null || (Array.isArray(value) && !value.length)) {
          this.settle(i, { applied: false, reason: 'no-match' });
        } else if (hit === trace) {
          this.settle(i, { applied: false, reason: 'already-there' });
        } else if (rule.field === 'title' && typeof value === 'string') {
          // The picked source may give this very headline with a kicker or the site's name around it.
          const title = pickedHeadline(value, [article.title, ...seen.map((c) => String(c.value ?? ''))]);
          if (key(title) === key(article.title)) this.settle(i, { applied: false, reason: 'already-there' });
          else {
            out.title = title;
            this.settle(i, { applied: true });
          }
        } else {
          if (rule.field === 'publishedTime' && typeof value === 'string') out.publishedTime = value;
          else if ((rule.field === 'authors' || rule.field === 'teaser') && Array.isArray(value))
            out[rule.field] = value;
          this.settle(i, { applied: true });
        }
      }
    });
    return out;
  }
}

/**
 * Puts a block brought back after the nearest block before it in the page that the body shows,
 * else before the nearest one after it, else at the body's start.
 */
function place(doc: Document, content: Element, original: Element, copy: Element): void {
  const shown = new Map<string, Element>();
  for (const el of Array.from(content.querySelectorAll(BLOCKS))) {
    const k = key(el.textContent);
    if (k && !shown.has(k)) shown.set(k, el);
  }
  const pageBlocks = Array.from(doc.body?.querySelectorAll(BLOCKS) ?? []).filter(
    (el) => !original.contains(el) && !el.contains(original),
  );
  const before = pageBlocks.filter((el) => original.compareDocumentPosition(el) & 2 /* PRECEDING */).reverse();
  for (const el of before) {
    const anchor = shown.get(key(el.textContent));
    if (anchor) return void anchor.after(copy);
  }
  for (const el of pageBlocks.filter((el) => original.compareDocumentPosition(el) & 4 /* FOLLOWING */)) {
    const anchor = shown.get(key(el.textContent));
    if (anchor) return void anchor.before(copy);
  }
  (content.firstElementChild ?? content).prepend(copy);
}
