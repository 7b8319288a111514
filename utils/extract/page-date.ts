import { datesInText } from './date-text';
import { leadingIsoDate, normalizeDate } from './dates';
import type { BodyStart } from './body-location';

/**
 * The publication date printed for readers, for pages whose markup carries none: read from
 * the short lines around the headline (byline, dateline), where every CMS prints it, and not
 * from the body's sentences or from the dates of other articles in lists and sidebars.
 */

/** Elements read after and before the anchor: the article header, not the whole page. */
const AFTER = 250;
const BEFORE = 60;
/** A date line is short; a date inside a longer text is something the story talks about. */
const MAX_LINE = 150;
/** Elements before the anchor count this much farther than those after it (the byline follows the headline). */
const BEFORE_WEIGHT = 3;
/** How far back from a date its label ("Updated:", "Publié le") may start. */
const LABEL_REACH = 40;

const OUTSIDE_TAGS = new Set([
  'NAV',
  'FOOTER',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SELECT',
  'OPTION',
  'FIGCAPTION',
]);
const OUTSIDE_HINTS =
  /related|recommend|comment|trending|popular|more-?(?:from|stories)|teaser-?list|breadcrumb|newsletter|sidebar|widget|promo|caption/i;
const UPDATED =
  /(?:updated|modified|last edited|aktualisiert|geändert|mis à jour|actualizado|actualización|aggiornato|atualizado|bijgewerkt)\W*$/i;
const PUBLISHED =
  /(?:published|posted|first published|original|publié|veröffentlicht|erschienen|publicado|pubblicato|gepubliceerd|公開|掲載|投稿|配信|发布|發佈|發表)\W*(?:on|am|le|el|il|op|em|the)?\W*$/iu;
const UPDATED_HINT = /updated|modified/i;
const PUBLISHED_HINT = /published|pubdate|posted|created/i;

/** A date labelled as updated counts only when no other is printed; a published label breaks ties. */
const enum Label {
  Published,
  None,
  Updated,
}

interface Candidate {
  iso: string;
  label: Label;
  /** Elements between the anchor and the date, weighted by side. */
  distance: number;
}

/**
 * The date nearest the anchor (the headline, else the body's first paragraph or box); one labelled
 * "updated" only when no other is printed. Dates in the body after its first paragraph are the
 * story's, not its publication's. `lang` decides whether `03/04/2019` is month first.
 */
export function pageDate(doc: Document, headline: Element | null, body: BodyStart, lang: string): string | null {
  const anchor = headline ?? body.firstBody ?? body.runs;
  if (!anchor || !doc.body) return null;
  const found: Candidate[] = [];
  const inBody = (n: Element): boolean => {
    if (body.runs?.contains(n)) return true;
    const { bodyParent, firstBody } = body;
    return Boolean(bodyParent?.contains(n) && firstBody && firstBody.compareDocumentPosition(n) & 4 /* FOLLOWING */);
  };
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  walker.currentNode = anchor;
  read(anchor, anchor, 0, lang, found);
  for (
    let i = 1, n = walker.nextNode() as Element | null;
    n && i <= AFTER;
    n = walker.nextNode() as Element | null, i++
  ) {
    if (!inBody(n)) read(n, anchor, i, lang, found);
  }
  walker.currentNode = anchor;
  for (
    let i = 1, n = walker.previousNode() as Element | null;
    n && i <= BEFORE;
    n = walker.previousNode() as Element | null, i++
  ) {
    if (!n.contains(anchor)) read(n, anchor, i * BEFORE_WEIGHT, lang, found);
  }
  const updated = (c: Candidate): number => (c.label === Label.Updated ? 1 : 0);
  found.sort((a, b) => updated(a) - updated(b) || a.distance - b.distance || a.label - b.label);
  return found[0]?.iso ?? null;
}

/**
 * Whether `el` sits in page chrome or another article's card. Only the ancestors it does not
 * share with the anchor count: a `sidebar` class on `<body>` says nothing about the header.
 */
function outside(el: Element, anchor: Element): boolean {
  for (let n: Element | null = el; n && !n.contains(anchor); n = n.parentElement) {
    if (OUTSIDE_TAGS.has(n.tagName) || n.getAttribute('role') === 'complementary') return true;
    if (OUTSIDE_HINTS.test(`${n.getAttribute('class') ?? ''} ${n.id}`)) return true;
  }
  return false;
}

/** The dates in `el`'s own text (its text nodes, not its children's), with their labels. */
function read(el: Element, anchor: Element, distance: number, lang: string, out: Candidate[]): void {
  let own = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += c.nodeValue;
  // A `<time>` gives its day for machines too, where the text is in a form read by people only
  // ("2nd Sep 2022", "vor 2 Tagen"); so does a `title` that holds one: hAtom's
  // `<abbr class="published" title="2005-10-10T14:07:00-07:00">`, a timeago script's "1 day ago".
  const datetime = el.localName === 'time' ? (el.getAttribute('datetime') ?? '').trim() : '';
  const machine = /^\d{4}-\d{2}-\d{2}/.test(datetime)
    ? normalizeDate(datetime)
    : leadingIsoDate(el.getAttribute('title'));
  if (!machine && !/\d/.test(own)) return;
  const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (line.length > MAX_LINE || outside(el, anchor)) return;
  // The label may sit in the element (`Updated: Mar 6`) or just before it (`<b>Updated:</b> <time>`).
  let before = '';
  for (let n = el.previousSibling; n && before.length < LABEL_REACH; n = n.previousSibling)
    before = `${n.textContent ?? ''} ${before}`;
  before = before.replace(/\s+/g, ' ');
  const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`;
  const text = own.replace(/\s+/g, ' ');
  const dates = machine ? [{ iso: machine, index: 0 }] : datesInText(text, lang);
  for (const date of dates) {
    const lead = `${before} ${text.slice(0, date.index)}`.slice(-LABEL_REACH);
    const label = UPDATED.test(lead)
      ? Label.Updated
      : PUBLISHED.test(lead)
        ? Label.Published
        : UPDATED_HINT.test(hint)
          ? Label.Updated
          : PUBLISHED_HINT.test(hint)
            ? Label.Published
            : Label.None;
    out.push({ iso: date.iso, label, distance });
  }
}
