import { RTL_LANGS, STOPWORDS } from './patterns';

/**
 * A BCP 47 tag in its shortest form (`de-DE` → `de`, `en-GB` stays), the way the page names it;
 * `og:locale` writes `de_DE`.
 */
export function normalizeLang(raw: string): string {
  const tag =
    raw
      .trim()
      .replace(/_/g, '-')
      .split(/[\s,;]/)[0] ?? '';
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) return '';
  try {
    return new Intl.Locale(tag).minimize().toString();
  } catch {
    return tag.toLowerCase();
  }
}

/** Languages told apart by their script alone; the order matters where scripts overlap. */
const SCRIPTS: ReadonlyArray<readonly [RegExp, (sample: string) => string]> = [
  [/[\u0600-\u06ff]/g, (s) => (/[ٹڈڑںےۓ]/.test(s) ? 'ur' : /[پچژگک]/.test(s) ? 'fa' : 'ar')],
  [/[\u0590-\u05ff]/g, () => 'he'],
  [/[\u3040-\u30ff]/g, () => 'ja'],
  [/[\uac00-\ud7af]/g, () => 'ko'],
  [/[\u4e00-\u9fff]/g, () => 'zh'],
  [/[\u0400-\u04ff]/g, (s) => (/[іїєґ]/i.test(s) ? 'uk' : /[ђћџљњ]/i.test(s) ? 'sr' : 'ru')],
  [/[\u0370-\u03ff]/g, () => 'el'],
  [/[\u0e00-\u0e7f]/g, () => 'th'],
  [/[\u0900-\u097f]/g, () => 'hi'],
  [/[\u0530-\u058f]/g, () => 'hy'],
  [/[\u10a0-\u10ff]/g, () => 'ka'],
];

/**
 * Guesses the language of a text: by script when letters of one script dominate, else by the
 * share of each language's most frequent short words. Empty when nothing is clear enough.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return '';
  // Japanese mixes kana into Han text; kana decides, so it is checked before Han.
  for (const [re, pick] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (n / letters > (re.source.includes('3040') ? 0.05 : 0.3)) return pick(sample);
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return '';
  let best = '';
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const score = words.reduce((n, w) => n + (list.has(w) ? 1 : 0), 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return bestScore / words.length >= 0.08 ? best : '';
}

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGS.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
