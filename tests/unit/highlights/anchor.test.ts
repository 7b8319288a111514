// @vitest-environment jsdom
/**
 * A highlight taken in one extraction of an article is found again in the next one, which may
 * differ: a paragraph more or less before it, other whitespace, other quotation marks, a word
 * changed inside it. When its words are gone it is reported as not found, never moved elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../../utils/highlights/anchor';
import { describeRange } from '../../../utils/highlights/describe';
import { isHighlightTarget, type HighlightTarget } from '../../../utils/highlights/target';

const PARAGRAPHS = [
  'Der Stadtrat hat am Dienstag über den neuen Radweg entschieden.',
  'Die Mehrheit stimmte für den Plan, der „eine sichere Verbindung“ zwischen Nord und Süd schaffen soll.',
  'Kritiker sagen, der Plan koste zu viel und komme zu spät für die Pendler.',
  'Die Bauarbeiten sollen im Frühjahr beginnen und zwei Jahre dauern.',
];

function article(paragraphs: string[]): HTMLElement {
  const root = document.createElement('article');
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    root.append(p);
  }
  document.body.replaceChildren(root);
  return root;
}

/** The range over `quote` inside paragraph `index`. */
function select(root: HTMLElement, index: number, quote: string): Range {
  const text = root.children[index]!.firstChild as Text;
  const at = text.data.indexOf(quote);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + quote.length);
  return range;
}

async function highlight(paragraphs: string[], index: number, quote: string): Promise<HighlightTarget> {
  return describeRange(select(article(paragraphs), index, quote), document.body.firstElementChild!);
}

async function found(target: HighlightTarget, paragraphs: string[]): Promise<string | null> {
  const range = await anchorTarget(target, article(paragraphs));
  return range ? range.toString() : null;
}

describe('highlight anchoring', () => {
  it('describes a selection as a W3C quote and position target in its block', async () => {
    const target = await highlight(PARAGRAPHS, 2, 'koste zu viel');
    expect(isHighlightTarget(target)).toBe(true);
    expect(target.quote.type).toBe('TextQuoteSelector');
    expect(target.quote.exact).toBe('koste zu viel');
    expect(target.quote.prefix!.endsWith('der Plan ')).toBe(true);
    expect(target.quote.suffix!.startsWith(' und komme')).toBe(true);
    expect(target.position.type).toBe('TextPositionSelector');
    expect(PARAGRAPHS.join('').slice(target.position.start, target.position.end)).toBe('koste zu viel');
    expect(target.block).toBe(2);
  });

  it('describes a selection whose ends sit between elements, as a triple click or a drag across links gives', async () => {
    const root = article(PARAGRAPHS);
    root.children[1]!.innerHTML = 'Die Mehrheit <em>stimmte <a href="#">für</a> den</em> Plan.';
    const range = document.createRange();
    range.setStart(root.children[1]!.querySelector('em')!, 1);
    range.setEnd(root.children[2]!, 0);
    const target = await describeRange(range, root);
    expect(target.quote.exact).toBe(range.toString());
    expect(target.quote.exact).toBe('für den Plan.');
    expect(target.block).toBe(1);
    const whole = document.createRange();
    whole.selectNodeContents(root.children[3]!);
    expect((await describeRange(whole, root)).quote.exact).toBe(PARAGRAPHS[3]);
    const toEnd = document.createRange();
    toEnd.setStart(root.children[3]!.firstChild!, 4);
    toEnd.setEnd(root, root.childNodes.length);
    expect((await describeRange(toEnd, root)).quote.exact).toBe(PARAGRAPHS[3]!.slice(4));
  });

  it('finds the passage in the same text', async () => {
    const target = await highlight(PARAGRAPHS, 2, 'koste zu viel');
    expect(await found(target, PARAGRAPHS)).toBe('koste zu viel');
  });

  it('finds it after a paragraph was inserted before it, or one removed', async () => {
    const target = await highlight(PARAGRAPHS, 2, 'koste zu viel');
    expect(await found(target, ['Anzeige: Jetzt abonnieren und sparen.', ...PARAGRAPHS])).toBe('koste zu viel');
    expect(await found(target, PARAGRAPHS.slice(1))).toBe('koste zu viel');
  });

  it('finds it when whitespace and quotation marks changed before and inside it', async () => {
    const target = await highlight(PARAGRAPHS, 1, 'der „eine sichere Verbindung“ zwischen');
    const changed = PARAGRAPHS.map((p) => p.replace('„', '"').replace('“', '"').replace(/ /g, '  \n '));
    expect(await found(target, changed)).toBe('der  \n "eine  \n sichere  \n Verbindung"  \n zwischen');
  });

  it('finds it when a word inside it changed', async () => {
    const target = await highlight(PARAGRAPHS, 3, 'sollen im Frühjahr beginnen und zwei Jahre dauern');
    const edited = PARAGRAPHS.map((p) => p.replace('zwei Jahre', 'drei Jahre'));
    expect(await found(target, edited)).toBe('sollen im Frühjahr beginnen und drei Jahre dauern');
  });

  it('picks the occurrence nearest to where it was when the quote appears twice', async () => {
    const twice = [...PARAGRAPHS, 'Kritiker sagen, der Plan koste zu viel.'];
    const target = await highlight(twice, 4, 'koste zu viel');
    const range = await anchorTarget(target, article(['Neu eingefügt vorn.', ...twice]));
    expect(range?.startContainer.parentElement).toBe(document.querySelector('article')!.children[5]);
  });

  it('finds it after emoji, whose code points and UTF-16 units differ, and after the text before it changed', async () => {
    const social = ['Ein Post: 🏴‍☠️☢️☣️🪆 (@Partisans) 18. Juli 🇺🇦🇺🇦', ...PARAGRAPHS];
    const target = await highlight(social, 3, 'koste zu viel');
    expect(await found(target, social)).toBe('koste zu viel');
    expect(await found(target, ['🪆🪆🪆 Neu.', ...social.map((p) => p.replace(/ /g, '  '))])).toBe('koste  zu  viel');
  });

  it('reports a passage whose words are gone as not found, and does not move it to other words', async () => {
    const target = await highlight(PARAGRAPHS, 2, 'Kritiker sagen, der Plan koste zu viel');
    const without = PARAGRAPHS.filter((_, i) => i !== 2);
    expect(await found(target, without)).toBeNull();
  });

  it('rejects malformed targets from untrusted input', () => {
    expect(isHighlightTarget(null)).toBe(false);
    expect(isHighlightTarget({ quote: { type: 'TextQuoteSelector', exact: '' }, position: {}, block: 0 })).toBe(false);
    expect(
      isHighlightTarget({
        quote: { type: 'TextQuoteSelector', exact: 'x' },
        position: { type: 'TextPositionSelector', start: 5, end: 2 },
        block: 0,
      }),
    ).toBe(false);
  });
});
