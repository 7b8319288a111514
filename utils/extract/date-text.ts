/**
 * Dates as pages print them for readers ("Dec. 22, 2016, 6:47 p.m.", "28. April 2023",
 * "Publié le 07 mai 2019 à 13h59", "2019年04月28日 08時00分", "19.07.2022"), turned into ISO 8601.
 * Only full dates with a four-digit year count (a two-digit one only in an unambiguous
 * numeric form): a bare "April 17" or "4/5" says too little to be a publication date.
 */

export interface TextDate {
  /** `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:00` (local time) or with an offset when the page names its zone. */
  iso: string;
  /** Where the date starts in the text, so a caller can read the label before it. */
  index: number;
}

const MONTHS: Record<string, number> = {};
// Names and abbreviations per month, English, German, French, Spanish, Italian, Portuguese, Dutch.
const MONTH_NAMES = [
  'january jan januar jän janvier janv enero ene gennaio gen janeiro januari',
  'february feb februar février févr fevrier fevr febrero febbraio fevereiro fev februari',
  'march mar märz mär maerz mars marzo março marco maart mrt',
  'april apr avril avr abril aprile',
  'may mai mayo maggio maio mei',
  'june jun juni juin junio giugno junho',
  'july jul juli juillet juil julio luglio julho',
  'august aug août aout agosto ago augustus',
  'september sep sept septembre septiembre setiembre settembre setembro set',
  'october oct oktober okt octobre octubre ottobre outubro out',
  'november nov novembre noviembre novembro',
  'december dec dezember dez décembre déc decembre diciembre dic dicembre dezembro',
];
MONTH_NAMES.forEach((names, i) => names.split(' ').forEach((n) => (MONTHS[n] = i + 1)));

const MONTH = `(?<mon>${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(?<day>\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?';
const YEAR = '(?<year>(?:19|20)\\d{2})';

/** Offsets of zone abbreviations printed after times. */
const ZONES: Record<string, string> = {
  utc: '+00:00',
  gmt: '+00:00',
  wet: '+00:00',
  bst: '+01:00',
  cet: '+01:00',
  mez: '+01:00',
  cest: '+02:00',
  mesz: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
  msk: '+03:00',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  akst: '-09:00',
  hst: '-10:00',
  jst: '+09:00',
  kst: '+09:00',
  hkt: '+08:00',
  sgt: '+08:00',
  awst: '+08:00',
  acst: '+09:30',
  aest: '+10:00',
  aedt: '+11:00',
  nzst: '+12:00',
  nzdt: '+13:00',
};
/** Zone names whose offset is unknown (ET covers EST and EDT, IST three countries): the time stays local. */
const ZONE = `(?:${[...Object.keys(ZONES), 'et', 'pt', 'ct', 'mt', 'ist'].join('|')})`;
/** "at", "um", "à", "a las", "," or nothing between a date and its time; then am/pm and a zone. */
const TIME = `(?:\\s*(?:,|at|um|à|a las|alle|às|om|-|–|—|\\|)?\\s*(?<h>\\d{1,2})[:h.](?<mi>\\d{2})(?![\\d.])(?:[:.]\\d{2})?\\s*(?<ap>a\\.?m\\.?|p\\.?m\\.?|uhr)?\\s*(?:\\(?(?<z>${ZONE})(?![\\p{L}])\\)?(?:\\s*(?<off>[+-]\\d{1,2}(?::?\\d{2})?))?)?|\\s+(?<z2>${ZONE})(?![\\p{L}]))?`;
/** A time printed before the date: "22:00, 11 July 2021 BST", "6:47 p.m. EDT, Dec. 22, 2016". */
const LEAD_TIME = `(?:(?<lh>\\d{1,2})[:.](?<lmi>\\d{2})\\s*(?<lap>a\\.?m\\.?|p\\.?m\\.?)?\\s*(?:(?<lz>${ZONE})(?![\\p{L}]))?\\s*,?\\s*)?`;

/** Month names must stand alone; numbers may follow a word the markup glued to them ("Hintergrund19.07.2022"). */
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
type Groups = Record<string, string | undefined>;
const PATTERNS: Array<{ re: RegExp; parts: (g: Groups, monthFirst: boolean) => Parts | null }> = [
  // Dec. 22, 2016 · December 1st 2016 · Tue November 29, 2016
  { re: new RegExp(`${B}${LEAD_TIME}${MONTH}\\s+${DAY},?\\s+${YEAR}${E}${TIME}`, 'giu'), parts: named },
  // 22 December 2016 · 28. April 2023 · 07 mai 2019 · 1er mars 2019 · 5 de marzo de 2019
  {
    re: new RegExp(`${B}${LEAD_TIME}${DAY}\\s*(?:de\\s+)?${MONTH},?\\s*(?:de\\s+)?${YEAR}${E}${TIME}`, 'giu'),
    parts: named,
  },
  // 2019年04月28日 08時00分 · 2019년 4월 28일
  {
    re: /(?<year>(?:19|20)\d{2})\s*[年년]\s*(?<mo>\d{1,2})\s*[月월]\s*(?<day>\d{1,2})\s*[日일](?:\s*[（(][^)）]{1,3}[)）])?(?:\s*(?<h>\d{1,2})\s*[時시:]\s*(?<mi>\d{2}))?/gu,
    parts: numbered,
  },
  // 2019-04-28 14:27:02 · 2019/04/28 · 2019.04.28
  {
    re: new RegExp(
      `(?<![\\d.])(?<year>(?:19|20)\\d{2})(?<sep>[-/.])(?<mo>\\d{1,2})\\k<sep>(?<day>\\d{1,2})(?!\\d)(?:[T\\s]+(?<h>\\d{1,2}):(?<mi>\\d{2}))?`,
      'gu',
    ),
    parts: numbered,
  },
  // 19.07.2022 (day first wherever dots are used) · 12/22/2016 or 22/12/2016 · 10/13/16
  {
    re: new RegExp(
      `(?<![\\d.])(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?!\\d)${TIME}`,
      'giu',
    ),
    parts: ambiguous,
  },
];

interface Parts {
  y: number;
  mo: number;
  d: number;
  g: Groups;
}

function named(g: Groups): Parts | null {
  const mo = MONTHS[g.mon!.toLowerCase()];
  return mo ? { y: +g.year!, mo, d: +g.day!, g } : null;
}

function numbered(g: Groups): Parts {
  return { y: +g.year!, mo: +g.mo!, d: +g.day!, g };
}

/** `DD.MM.YYYY` is day first; with slashes the order shows when one part exceeds 12, else the page's locale decides. */
function ambiguous(g: Groups, monthFirst: boolean): Parts | null {
  const [a, b] = [+g.a!, +g.b!];
  const short = g.y!.length === 2;
  let d: number, mo: number;
  if (g.sep === '.') {
    if (short) return null;
    [d, mo] = [a, b];
  } else if (a > 12 && b <= 12) [d, mo] = [a, b];
  else if (b > 12 && a <= 12) [mo, d] = [a, b];
  else if (short) return null;
  else [mo, d] = monthFirst ? [a, b] : [b, a];
  return { y: short ? 2000 + +g.y! : +g.y!, mo, d, g };
}

/**
 * Every full date in `text`, in order. `lang` is the page's language: `en-US` pages write
 * ambiguous slashed dates month first, everyone else day first.
 */
export function datesInText(text: string, lang = ''): TextDate[] {
  const monthFirst = /^en-us$/i.test(lang);
  const found: TextDate[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const p = parts(m.groups ?? {}, monthFirst);
      const iso = p && toIso(p);
      if (!iso) continue;
      taken.push([start, end]);
      found.push({ iso, index: start });
    }
  }
  return found.sort((x, y) => x.index - y.index);
}

function toIso({ y, mo, d, g }: Parts): string | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  const [hh, mi, ap, zone] = g.h !== undefined ? [g.h, g.mi, g.ap, g.z ?? g.z2] : [g.lh, g.lmi, g.lap, g.lz ?? g.z2];
  if (hh === undefined || mi === undefined) return day;
  let h = +hh;
  if (ap && !/uhr/i.test(ap)) {
    if (h < 1 || h > 12) return day;
    h = (h % 12) + (/^p/i.test(ap) ? 12 : 0);
  }
  if (h > 23 || +mi > 59) return day;
  return `${day}T${pad(h)}:${mi}:00${offset(zone, g.off)}`;
}

/** `+02:00` for a known zone name or `GMT+2`; nothing (local time) otherwise. */
function offset(zone: string | undefined, explicit: string | undefined): string {
  const z = zone?.toLowerCase();
  if (!z) return '';
  if ((z === 'utc' || z === 'gmt') && explicit) {
    const [, sign, hh, mm] = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(explicit) ?? [];
    return sign && hh ? `${sign}${pad(+hh)}:${mm ?? '00'}` : '';
  }
  return ZONES[z] ?? '';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
