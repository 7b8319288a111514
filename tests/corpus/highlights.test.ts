/**
 * Highlights over every test page: passages taken in Lede's body (the first, middle and last
 * paragraphs, and one across two paragraphs) are found again in the same body and in one that
 * changed the way a fresh extraction does (a paragraph more at the top, an earlier one gone,
 * typographic quotes, other whitespace), with the same words.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../utils/highlights/anchor';
import { describeRange } from '../../utils/highlights/describe';
import { loosen } from '../../utils/highlights/loose-text';
import { rangeFromOffsets } from '../../utils/highlights/offsets';
import { textNodes } from '../../utils/text-nodes';
import { SETS } from '../../scripts/eval/sets';
import { extractedSet } from './extracted';
import type { Article } from '../../utils/article';
import type { HighlightTarget } from '../../utils/highlights/target';
import type { SavedArticle, StoredHighlight } from '../../utils/library/db';
import { groupByArticle, withHighlightMarks } from '../../utils/library/highlight-marks';
import { articlesToMarkdown } from '../../utils/library/markdown';

const MIN_PARAGRAPH = 60;

// The annotator library reads the DOM's Node, NodeFilter and Range from the global scope, as in a page;
// the corpus project runs in Node (its page reader needs Node's URL), so one window supplies them.
const { window } = new JSDOM('<!doctype html><body></body>');
const document = window.document;
Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter, Range: window.Range });

function render(html: string): HTMLElement {
  const scope = document.createElement('div');
  scope.innerHTML = html;
  document.body.replaceChildren(scope);
  return scope;
}

/** Text offsets, in the scope, of each paragraph long enough to select a passage in. */
interface Span {
  start: number;
  end: number;
  /** Its index among the body's paragraphs. */
  paragraph: number;
}

function paragraphSpans(scope: HTMLElement): Span[] {
  const spans: Span[] = [];
  const offsets = new Map<Node, number>();
  for (const { node, start } of textNodes(scope)) offsets.set(node, start);
  for (const [paragraph, p] of [...scope.querySelectorAll('p')].entries()) {
    const text = p.textContent ?? '';
    const first = textNodes(p).next().value?.node;
    if (text.trim().length < MIN_PARAGRAPH || !first) continue;
    // A reader selects words, not the template's indentation around them.
    const base = offsets.get(first)!;
    spans.push({ start: base + text.length - text.trimStart().length, end: base + text.trimEnd().length, paragraph });
  }
  return spans;
}

function rangeAt(scope: Element, start: number, end: number): Range {
  const range = rangeFromOffsets(scope, start, end);
  if (!range) throw new Error(`no range at ${start}–${end}`);
  return range;
}

/** Passages to highlight: a stretch of each chosen paragraph, and one across a paragraph break. */
function passages(spans: { start: number; end: number }[]): [number, number][] {
  const chosen = [...new Set([0, spans.length >> 1, spans.length - 1])].map((i) => spans[i]!);
  const inside = chosen.map(({ start, end }): [number, number] => [start + 10, Math.min(end, start + 90)]);
  if (spans.length < 2) return inside;
  const [a, b] = [spans[0]!, spans[1]!];
  return [...inside, [a.end - 20, Math.min(b.end, b.start + 20)]];
}

/** The same body as a fresh extraction might give it back, without paragraph `drop` if given. */
function changed(html: string, drop: number | null): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  if (drop !== null) template.content.querySelectorAll('p')[drop]?.remove();
  for (const { node } of textNodes(template.content)) {
    node.data = node.data.replace(/"/g, '“').replace(/'/g, '’').replace(/ /g, '  ');
  }
  return `<p>Anzeige: Dieser Absatz kam dazu.</p>${template.innerHTML}`;
}

describe.each(SETS)('highlights over %s', (set) => {
  it('are found again, with the same words, in the same and in a changed extraction', async () => {
    const lost: string[] = [];
    let highlights = 0;
    for (const { page, result } of await extractedSet(set)) {
      if (!result.ok) continue;
      const html = result.article.content;
      const scope = render(html);
      const spans = paragraphSpans(scope);
      if (spans.length === 0) continue;
      const targets = [];
      for (const [start, end] of passages(spans)) {
        targets.push(await describeRange(rangeAt(scope, start, end), scope));
      }
      for (const target of targets) {
        highlights++;
        const same = await anchorTarget(target, render(html));
        if (same?.toString() !== target.quote.exact) lost.push(`${page.id} (same): ${target.quote.exact}`);
        // A paragraph before the passage goes missing, as a dropped teaser or ad box would.
        const first = spans[0]!;
        const drop = spans.length > 1 && target.position.start >= first.end ? first.paragraph : null;
        const again = await anchorTarget(target, render(changed(html, drop)));
        if (!again || loosen(again.toString()).text !== loosen(target.quote.exact).text) {
          lost.push(`${page.id} (changed): ${target.quote.exact} → ${again?.toString() ?? 'not found'}`);
        }
      }
    }
    console.log(`${set}: ${highlights} highlights, ${lost.length} lost`);
    expect(highlights).toBeGreaterThan(0);
    expect(lost).toEqual([]);
  });

  it('are marked in the exports: each passage in <mark> (HTML) and ==…== (Markdown), with its note', async () => {
    const unmarked: string[] = [];
    for (const { page, result } of await extractedSet(set)) {
      if (!result.ok) continue;
      const record = savedRecord(result.article);
      const spans = paragraphSpans(render(result.article.content));
      if (spans.length === 0) continue;
      const stored: StoredHighlight[] = [];
      for (const [i, [start, end]] of passages(spans).entries()) {
        const scope = render(result.article.content);
        const target = await describeRange(rangeAt(scope, start, end), scope);
        stored.push(storedHighlight(`${i}`, target, i === 0 ? `Notiz ${i}` : ''));
      }
      const [marked] = await withHighlightMarks([record], stored, parseHtmlIn);
      const body = parseHtmlIn(`<body>${marked!.article.content}</body>`).body;
      for (const highlight of stored) {
        const marks = body.querySelectorAll(`mark[data-highlight="${highlight.id}"]`);
        // Letters only: the whitespace between two table cells has no place for a <mark>.
        const letters = (text: string) => loosen(text).text.replace(/\s/g, '');
        const markedText = letters([...marks].map((m) => m.textContent).join(''));
        const expected = letters(highlight.text);
        if (markedText !== expected) unmarked.push(`${page.id}: ${expected.slice(0, 60)} → ${markedText.slice(0, 60)}`);
      }
      if (body.querySelectorAll('blockquote.lede-note').length !== 1) unmarked.push(`${page.id}: the note`);
      // Each highlight is ==quoted== in the list on top and ==marked== in the text, except in code, which
      // Markdown shows verbatim.
      const inText = stored.filter((h) => body.querySelector(`mark[data-highlight="${h.id}"]:not(pre *)`)).length;
      const markdown = articlesToMarkdown([marked!], parseHtmlIn, groupByArticle(stored));
      if ((markdown.match(/==/g) ?? []).length < 2 * (stored.length + inText)) unmarked.push(`${page.id}: Markdown ==`);
    }
    expect(unmarked).toEqual([]);
  });
});

const parseHtmlIn = (html: string) => new JSDOM(html).window.document;

function savedRecord(article: Article): SavedArticle {
  const at = '2026-12-01T00:00:00.000Z';
  return { id: 'page', article, savedAt: at, updatedAt: at, read: false, readProgress: 0 };
}

function storedHighlight(id: string, target: HighlightTarget, note: string): StoredHighlight {
  const at = '2026-12-01T00:00:00.000Z';
  return {
    id,
    articleId: 'page',
    color: 'yellow',
    note,
    text: target.quote.exact,
    target,
    createdAt: at,
    updatedAt: at,
  };
}
