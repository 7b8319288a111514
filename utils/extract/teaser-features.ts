import { clean, countWords, key } from './text';
import { linkDensity } from './dom';
import { DEK_HINT } from './patterns';
import { dekParagraphs, hints, paragraphLike } from './teaser-text';
import { echoes, type Description } from './teaser-echo';

/**
 * What the learned teaser scorer (teaser-model.ts) knows of a block between the headline and
 * the body: where it sits, what it is marked as, and the shape of its text. Only language-free
 * shape and a small fixed vocabulary of structural class words, never a publisher's name, so
 * the weights learnt on the study half can carry to sites nobody looked at.
 */

export interface CandidatePlace {
  headline: Element | null;
  bodyParent: Element | null;
  firstBody: Element | null;
  descriptions: readonly Description[];
  authors: readonly string[];
  /** What each guessed rule of teaser.ts found (subtitle, dek class, description echo, set apart, bold lead), in cascade order. */
  rules: ReadonlyArray<readonly string[] | null>;
}

export interface TeaserCandidate {
  el: Element;
  /** The standfirst's paragraphs as the reader would show them. */
  bullets: string[];
  features: number[];
}

/** Structural words of class/id/itemprop, each one feature: a fixed list, so no site's own names are learnt. */
const VOCABULARY: Array<[string, RegExp]> = [
  ['hint:lead', /lead|lede|intro|chapo|chapeau|vorspann|einleitung|ingress|preamble/i],
  ['hint:summary', /summary|abstract|excerpt|description|desc(?![a-z])/i],
  ['hint:sub', /sub-?(?:title|head|line)|strap|kicker|deck?(?![a-z])/i],
  ['hint:teaser', /teaser|standfirst|bajada|entradilla|sumario|sommario/i],
  ['hint:body', /body|content|text|article|story|post|entry/i],
  ['hint:header', /header|head(?![a-z])|hero|title/i],
  ['hint:meta', /meta|byline|author|date|time|info/i],
  ['hint:chrome', /related|promo|card|more|list|widget|ad(?:s|vert)?(?![a-z])|banner|subscribe|paywall/i],
];

const TAGS = ['P', 'DIV', 'H2', 'SPAN', 'SECTION'];
/** The hand-written rules' votes are features too: the model learns when each is right. */
const RULES = ['subtitle', 'dek class', 'description echo', 'set apart', 'bold lead'];

/** Whether a rule's teaser was read from this block: the same text, or most of it (a lead without its dateline). */
export function sameBlock(bullets: readonly string[], rule: readonly string[]): boolean {
  const mine = key(bullets.join(' '));
  const theirs = key(rule.join(' '));
  return theirs.length > 0 && (mine === theirs || (mine.includes(theirs) && theirs.length >= mine.length * 0.8));
}

export const FEATURE_NAMES: readonly string[] = [
  'bias',
  ...TAGS.map((t) => `tag:${t}`),
  'tag:heading',
  'tag:custom',
  'first body paragraph',
  'inside body container',
  'right after headline',
  'region rank (log)',
  'beside headline (same parent)',
  'description echoes it',
  'description echoes it (whole)',
  'dek class',
  ...VOCABULARY.map(([name]) => name),
  'chars (log)',
  'sentence-sized (15-80 words)',
  'ends a sentence',
  'link density',
  'several paragraphs',
  'bold',
  'holds blocks',
  'holds picture',
  'after a subheading',
  'paragraph siblings (log)',
  'reads as a paragraph',
  'digits share',
  'names an author',
  ...RULES.map((r) => `rule: ${r}`),
  'rule: the cascade choice',
];

const SENTENCE_END = /[.!?。！？]['"’”»)]*$/u;
const BOLD = /(?:^|[\s:_-])(?:semi)?bold(?:$|\s)|font-weight\s*:\s*(?:bold|[6-9]00)/i;

/** The candidate's bullets, or null when no part of it could be shown as a standfirst. */
export function candidateOf(el: Element, rank: number, place: CandidatePlace): TeaserCandidate | null {
  const text = clean(el.textContent);
  if (!text || text.length > 1500 || text.includes('+++') || el.tagName === 'UL' || el.tagName === 'OL') return null;
  const bullets = dekParagraphs(el)
    .map((t) => paragraphLike(t, place.authors, true))
    .filter((b): b is string => b !== null);
  if (!bullets.length) return null;
  return { el, bullets, features: featuresOf(el, text, rank, bullets, place) };
}

function featuresOf(el: Element, text: string, rank: number, bullets: string[], place: CandidatePlace): number[] {
  const { headline, bodyParent, firstBody, descriptions, authors } = place;
  const cascade = place.rules.find((r) => r !== null) ?? undefined;
  const tag = el.tagName;
  const hint = hints(el);
  const { words } = countWords(text);
  const strong = Array.from(el.querySelectorAll('strong, b'), (b) => clean(b.textContent).length);
  const boldChars = strong.reduce((n, c) => n + c, 0);
  const parent = el.parentElement;
  const pSiblings = parent ? Array.from(parent.children).filter((c) => c.tagName === 'P').length : 0;
  const digits = (text.match(/\p{Nd}/gu) ?? []).length;
  const flag = (b: boolean): number => (b ? 1 : 0);
  return [
    1,
    ...TAGS.map((t) => flag(tag === t || (t === 'SPAN' && tag === 'STRONG'))),
    flag(/^H[3-6]$/.test(tag)),
    flag(tag.includes('-')),
    flag(el === firstBody),
    flag(bodyParent !== null && bodyParent.contains(el)),
    flag(headline !== null && headline.nextElementSibling === el),
    Math.log1p(rank) / Math.log(400),
    flag(headline !== null && parent !== null && parent.contains(headline)),
    flag(echoes(text, descriptions)),
    flag(echoes(text, descriptions, false)),
    flag(DEK_HINT.test(hint)),
    ...VOCABULARY.map(([, re]) => flag(re.test(hint))),
    Math.min(1, Math.log1p(text.length) / Math.log(1000)),
    flag(words >= 15 && words <= 80),
    flag(SENTENCE_END.test(text)),
    linkDensity(el),
    flag(bullets.length > 1),
    flag(
      boldChars >= text.length * 0.9 ||
        BOLD.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('style') ?? ''}`),
    ),
    flag(el.querySelector('p, div') !== null),
    flag(el.querySelector('img, picture, video, figure') !== null),
    flag(/^H[2-6]$/.test(el.previousElementSibling?.tagName ?? '')),
    Math.log1p(pSiblings) / Math.log(30),
    flag(paragraphLike(text, authors) !== null),
    text.length ? digits / text.length : 0,
    flag(authors.some((a) => a && text.includes(a))),
    ...RULES.map((_, i) => flag(place.rules[i] != null && sameBlock(bullets, place.rules[i]!))),
    flag(cascade !== undefined && sameBlock(bullets, cascade)),
  ];
}
