import { clean, key } from './text';
import { AGENCIES, AUTHOR_SPLIT, BYLINE_PREFIX, CJK_BYLINE_LABEL, NOT_A_NAME, ROLE_WORDS } from './patterns';

/**
 * Byline text → names. A byline line mixes the names with a label ("By", "Von"), roles,
 * dates, the publication and UI words; only name-shaped parts are kept.
 */

/** Where the names may be written without capitals: structured data, or a CJK byline. */
export interface NameSource {
  /** Structured data or meta tags: any string with letters is a name. */
  trusted: boolean;
  /** An element the page marks as the byline: a CJK name (no capitals, no spaces) counts. */
  cjk?: boolean;
}

/** Cleaned, split, de-duplicated names from raw byline strings. */
export function names(raw: string[], siteName: string, source: NameSource): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const byline of raw) {
    for (const name of splitByline(source.trusted ? uninverted(byline) : byline, source)) {
      const k = key(name);
      if (!k || seen.has(k) || (siteName && k === key(siteName))) continue;
      seen.add(k);
      out.push(name);
    }
  }
  return out;
}

/**
 * Library-style "Surname, First" in metadata ("Gillman, Steve") → "Steve Gillman": one word
 * before the comma cannot be a whole name, so the comma does not separate two people.
 */
function uninverted(byline: string): string {
  const m = clean(byline).match(/^([\p{Lu}][\p{L}'’-]+),\s*([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*)?)$/u);
  return m && !AGENCIES.test(m[1]!) && !AGENCIES.test(m[2]!) ? `${m[2]} ${m[1]}` : byline;
}

/** `Von Hannah Janz und Max Muster, Korrespondentin | 21.03.2017` → the two names. */
export function splitByline(byline: string, source: NameSource): string[] {
  const text = clean(byline)
    .replace(/\S+@\S+\.\w+/g, ' ')
    .replace(/(https?:\/\/|www\.)\S+/gi, ' ')
    .replace(BRACKETED, (_, inside: string) => (AGENCIES.test(inside) ? `, ${inside}` : ''));
  // A `|`, `·` or `•` (or a block boundary, see blockText) separates the byline from dates
  // and roles; each side is judged on its own.
  const segments = text.split(/\s*[|·•]\s*|\s+[–—-]\s+/).filter(Boolean);
  // When one segment opens with a label, it is the byline: the others name the publication
  // ("By Joe Davidson | Washington Post"), the place or the date.
  const labelled = source.trusted ? [] : segments.filter(hasLabel);
  const pieces = labelled.length
    ? labelled.flatMap((s) => labelledNames(s, source))
    : segments.flatMap(splitNames).map((p) => clean(stripPrefix(p).replace(/[()[\]]/g, ' ')));
  // A CJK name needs no capitals, so it is only taken from a box holding nothing else: in a
  // longer box the same test would take the desk or a label ("東京社会部", "専門・関心分野").
  const strict = {
    ...source,
    cjk: pieces.length === 1 && (source.cjk || labelled.some((l) => CJK_BYLINE_LABEL.test(l))),
  };
  const people = pieces.filter((p) => isName(p, strict) && !AGENCIES.test(p));
  // An agency alone is the byline ("dpa"); credited beside people ("Anna Muster, dpa") it is
  // one of the authors; glued to a name ("Anna Muster/dpa") it is the desk's tag.
  if (people.length) return pieces.filter((p) => people.includes(p) || (AGENCIES.test(p) && !glued(p, text)));
  return pieces.filter((p) => AGENCIES.test(p));
}

/**
 * Brackets after a name: the writer's initials ("Anna Muster (amu)"), which go, or an agency
 * ("(dpa)"), credited beside the name.
 */
const BRACKETED = /\s*[([]\s*(\p{L}{2,5})\s*[)\]](?=$|\s*[,;|·•/]|\s+(?:and|und|et|y|e|&)\s)/gu;

function glued(agency: string, text: string): boolean {
  return new RegExp(`\\S/\\s*${agency}\\b`, 'i').test(text);
}

/**
 * Block elements end a byline part: `<div>By Joe Davidson</div><div>Washington Post</div>`
 * reads "By Joe DavidsonWashington Post" as textContent, which no rule can take apart.
 */
const BLOCKS = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'HEADER',
  'FOOTER',
  'ADDRESS',
  'TABLE',
  'TR',
  'TD',
  'FIGURE',
  'FIGCAPTION',
]);
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** The text of a small element with ` | ` at block boundaries, the separator splitByline cuts at. */
export function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !SILENT.has((child as Element).tagName)) {
        const block = BLOCKS.has((child as Element).tagName);
        if (block) parts.push(' | ');
        walk(child);
        if (block) parts.push(' | ');
      }
    }
  };
  walk(root);
  return clean(parts.join(''));
}

function hasLabel(segment: string): boolean {
  return stripPrefix(segment) !== clean(segment) || CJK_BYLINE_LABEL.test(segment);
}

/** Words that end the names after a label: months and status words ("Dec 13", "Updated"). */
const MONTH =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(?:january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|avril|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/i;
const CONJUNCTION = /^(?:and|und|et|y|e|en|og|och|i|oraz|sowie|&|\+)$/i;

/**
 * The names right after a label: capitalised words, particles and conjunctions, up to the
 * first other word. "Written by Michael Larabel in Valve on 1 June" → "Michael Larabel";
 * "Von David Straub, MDR THÜRINGEN" → "David Straub" (an acronym in a mixed-case byline is the
 * publisher, while "By KATE DAVIDSON" is all capitals).
 */
function labelledNames(segment: string, source: NameSource): string[] {
  const cjk = segment.match(CJK_BYLINE_LABEL);
  if (cjk) {
    const name = segment.slice(cjk[0].length).split(/[\s/／|,，、()（）[\]【】]/)[0] ?? '';
    return isName(name, { ...source, cjk: true }) ? [name] : [];
  }
  const words = stripPrefix(segment).split(' ');
  const run: string[] = [];
  for (const word of words) {
    const bare = word.replace(/[,;]$/, '');
    if (
      !bare ||
      /\d/.test(bare) ||
      NOT_A_NAME.test(bare) ||
      !(CONJUNCTION.test(bare) || PARTICLE.test(bare) || NAME_WORD.test(bare) || AGENCIES.test(bare))
    )
      break;
    run.push(word);
  }
  while (run.length && MONTH.test(run[run.length - 1]!.replace(/,$/, ''))) run.pop();
  const capitalised = run.map((w) => w.replace(/,$/, '')).filter((w) => NAME_WORD.test(w) && !CONJUNCTION.test(w));
  const allCaps = capitalised.every((w) => w === w.toUpperCase());
  return splitNames(run.join(' '))
    .map(withoutRole)
    .filter(
      (name) =>
        allCaps ||
        AGENCIES.test(name) ||
        !name.split(' ').some((w, i, all) => /^\p{Lu}{2,}$/u.test(w) && !capsSurname(all, i)),
    );
}

/**
 * "Bill MCCARTHY", "Marisha GOLDHAMER": the surname in capitals after a given name, as French
 * and wire bylines print it, is part of the name; an acronym ("MDR", "AFP") is not a surname.
 */
function capsSurname(words: string[], i: number): boolean {
  const word = words[i]!.replace(/[,;]$/, '');
  return i === words.length - 1 && i > 0 && word.length >= 5 && !AGENCIES.test(word) && /\p{Ll}/u.test(words[i - 1]!);
}

/** "Jane Doe Staff Writer" → "Jane Doe": a role after the name, with no comma between. */
function withoutRole(name: string): string {
  const words = name.split(' ');
  for (let i = 2; i < words.length; i++)
    if (ROLE_WORDS.test(words.slice(i).join(' '))) return words.slice(0, i).join(' ');
  return name;
}

/**
 * `A and B` → two names; but an ampersand leaving a lone word joins an organisation's name
 * (`Mac & i`, `Johnson & Johnson`), which stays whole.
 */
function splitNames(segment: string): string[] {
  const whole = stripPrefix(segment);
  const parts = whole.split(AUTHOR_SPLIT).map(clean).filter(Boolean);
  const lone = parts.some((p) => !p.includes(' ') && !AGENCIES.test(p));
  return lone && /[&+]/.test(whole) && parts.length > 1 && whole.split(' ').length <= 4 ? [whole] : parts;
}

function stripPrefix(s: string): string {
  let prev = '';
  // `ByJane Doe`, `Byby JANE DOE`: a label glued to the name by the page's markup.
  let out = clean(s).replace(/^[Bb]y(?=[Bb]y\s|\p{Lu})/u, '');
  while (out !== prev) {
    prev = out;
    out = out.replace(BYLINE_PREFIX, '').trim();
  }
  return out;
}

const PARTICLE = /^(?:von|van|der|den|de|del|della|di|da|du|dos|das|la|le|al|el|bin|ibn|zu|ten|ter|y|e|'t|d')$/i;
const NAME_WORD = /^[\p{Lu}\p{Lt}][\p{L}'’.-]*$/u;
/** A CJK name: two to eight Han/kana/Hangul characters, no spaces (小暮ひさのり, 松村太郎). */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}々ー・]{2,8}$/u;

function isName(s: string, source: NameSource): boolean {
  if (!s || s.length > 60 || /\d/.test(s) || /[@:=<>{}]/.test(s)) return false;
  if (NOT_A_NAME.test(s) || ROLE_WORDS.test(s)) return false;
  const words = s.split(' ');
  if (words.length > 5) return false;
  if (source.trusted) return /\p{L}/u.test(s);
  if (source.cjk && CJK_NAME.test(s)) return true;
  // Found in the page's markup: only a name-shaped string (capitalised words, particles allowed).
  return (
    words.every((w) => PARTICLE.test(w) || NAME_WORD.test(w)) && words.filter((w) => !PARTICLE.test(w)).length >= 2
  );
}
