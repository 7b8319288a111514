/**
 * Listen over every test page: the plan reads what is prose and nothing that is a caption or a
 * credit, in news order. Prose is decided here, not by the plan: the sets' own gold paragraphs
 * where a set lists them (fundus, seed), and on every page each paragraph of Lede's body that is
 * a sentence of its own (at least 40 characters, ends like a sentence, not mostly link text).
 */
import { describe, expect, it } from 'vitest';
import { speechPlan } from '../../utils/speech/plan';
import { normalize, tokens } from '../../scripts/eval/metrics';
import { SETS, type Expected } from '../../scripts/eval/sets';
import { parseHtml } from '../../scripts/lib/html-file';
import { extractedSet } from './extracted';

const NO_PAGE = parseHtml('<!doctype html><title></title>', 'https://example.invalid/');
import { parsedBody } from '../../scripts/lib/speech-cli';

const PROSE_END = /[.!?…:;]["'”“»«)\]]*$/;
const PART_ORDER = ['headline', 'byline', 'teaser', 'body'];

/** Whitespace-free, so a sentence cut between chunks still matches. */
const squash = (text: string) => normalize(text).replace(/\s+/g, '');

/**
 * A paragraph's word 4-grams, numbers left out: Listen skips footnote and reference markers
 * ("[1]", "(see 3)", a superscript 22), and a paragraph is read when nearly all its 4-grams are.
 */
function grams(text: string): string[] {
  const words = tokens(text).filter((w) => !/^\d+$/.test(w));
  return Array.from({ length: Math.max(1, words.length - 3) }, (_, i) => words.slice(i, i + 4).join(' '));
}
const READ_SHARE = 0.8;

function isProse(text: string): boolean {
  return text.length >= 40 && PROSE_END.test(text);
}

function linkShare(p: Element): number {
  const all = (p.textContent ?? '').length;
  const linked = [...p.querySelectorAll('a')].reduce((sum, a) => sum + (a.textContent ?? '').length, 0);
  return all === 0 ? 0 : linked / all;
}

// Every page under jsdom: a few minutes on an idle machine, far longer when others share it.
describe.each(SETS)('speech plan over %s', (set) => {
  it('reads every prose paragraph, no caption or credit, headline → byline → teaser → body', async () => {
    const missed: string[] = [];
    const captions: string[] = [];
    const disorder: string[] = [];
    let pages = 0;
    let paragraphs = 0;
    for (const { page, result } of await extractedSet(set)) {
      // Only fundus's and the seed's gold paragraphs are used, and their expectations never read the page.
      const expected: Expected = set === 'fundus-open' || set === 'seed' ? await page.expected(NO_PAGE) : {};
      if (!result.ok) continue;
      pages++;
      const body = parsedBody(result.article);
      const plan = speechPlan(result.article, body);
      const spokenText = plan.chunks.map((c) => c.text).join(' ');
      const spoken = squash(spokenText);
      const spokenGrams = new Set(grams(spokenText));

      const order = plan.chunks.map((c) => PART_ORDER.indexOf(c.part));
      const headlineFirst = !result.article.title.trim() || order[0] === 0;
      if (!headlineFirst || order.some((rank, i) => i > 0 && rank < order[i - 1]!)) disorder.push(page.id);

      const extracted = squash(result.article.text);
      const gold = (expected.body ?? '').split(/\n+/).map((p) => p.trim());
      const own = [...body.querySelectorAll('p')]
        // Formulas are MathML, which Listen does not read out.
        .filter((p) => !p.closest('figure, figcaption, table, pre') && !p.querySelector('math') && linkShare(p) < 0.5)
        .map(spokenWords);
      for (const paragraph of new Set([...(set === 'fundus-open' || set === 'seed' ? gold : []), ...own])) {
        const text = squash(paragraph);
        if (!isProse(paragraph) || !extracted.includes(text)) continue;
        paragraphs++;
        const mine = grams(paragraph);
        const read = mine.filter((g) => spokenGrams.has(g)).length / mine.length;
        if (!spoken.includes(text) && read < READ_SHARE) missed.push(`${page.id}: ${paragraph.slice(0, 80)}`);
      }
      const outside = squash(textWithoutCaptions(body));
      for (const caption of body.querySelectorAll('figcaption')) {
        const text = squash(caption.textContent ?? '');
        // A caption whose words also stand in the body's own text is read as the body.
        if (text.length >= 20 && spoken.includes(text) && !outside.includes(text)) {
          captions.push(`${page.id}: ${caption.textContent!.trim().slice(0, 80)}`);
        }
      }
    }
    console.log(
      `${set}: ${pages} pages, ${paragraphs} prose paragraphs checked, ${missed.length} missed, ${captions.length} captions read`,
    );
    expect(pages).toBeGreaterThan(0);
    expect(paragraphs).toBeGreaterThan(pages);
    expect(disorder).toEqual([]);
    expect(missed).toEqual([]);
    expect(captions).toEqual([]);
  }, 1_800_000);
});

/** A paragraph's words without footnote markers ("[40]", a superscript "22") and without code-only paragraphs. */
function spokenWords(p: Element): string {
  const copy = p.cloneNode(true) as Element;
  for (const sup of Array.from(copy.querySelectorAll('sup'))) sup.remove();
  const withoutCode = copy.cloneNode(true) as Element;
  for (const code of Array.from(withoutCode.querySelectorAll('code'))) code.remove();
  if (!(withoutCode.textContent ?? '').trim()) return '';
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function textWithoutCaptions(body: Element): string {
  const copy = body.cloneNode(true) as Element;
  for (const caption of copy.querySelectorAll('figcaption')) caption.remove();
  return copy.textContent ?? '';
}
