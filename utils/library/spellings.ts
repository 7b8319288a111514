/**
 * German writes ä, ö, ü as "ae", "oe", "ue" where the letters are missing (a keyboard without
 * them, a URL, Swiss usage, a name in a passport), and ß as "ss". The word index stores folded
 * words (see words.ts: "München" is stored as `munchen`, "Straße" as `strasse`), so "ss" already
 * matches, and a query word only needs its other possible spellings: "muenchen" is also looked up
 * as `munchen`. Nothing stored changes, so existing libraries need no rebuild.
 *
 * Like Lucene's German normaliser, a digraph right after a vowel is left alone ("neue", "Bauer",
 * "Feuer" hold no umlaut), and so is "ue" after "q" ("Quelle"). Unlike it, a finished word's last
 * two letters are left alone too: English "toe", "blue", "Joe" would otherwise find "to", "blu",
 * "Jo", while German hardly ends a word on an umlaut. A word still being typed may stop anywhere.
 */

const DIGRAPH = /[aou]e/g;
const VOWEL = /[aeiouy]/;
/** 2^4 spellings: a word with more candidate digraphs is looked up with its first four only. */
const MAX_CHOICES = 4;

/** The spellings a folded query word may stand for, itself first. */
export function spellings(word: string, { complete }: { complete: boolean }): string[] {
  const choices: number[] = [];
  for (const match of word.matchAll(DIGRAPH)) {
    const at = match.index;
    const before = word[at - 1] ?? '';
    if (VOWEL.test(before) || (match[0] === 'ue' && before === 'q')) continue;
    if (complete && at + 2 === word.length) continue;
    choices.push(at);
    if (choices.length === MAX_CHOICES) break;
  }
  const found: string[] = [];
  for (let mask = 0; mask < 2 ** choices.length; mask++) {
    let spelled = word;
    // From the right, so an earlier position still points at its digraph.
    for (let bit = choices.length - 1; bit >= 0; bit--) {
      if (mask & (2 ** bit)) spelled = spelled.slice(0, choices[bit]! + 1) + spelled.slice(choices[bit]! + 2);
    }
    found.push(spelled);
  }
  return found;
}
