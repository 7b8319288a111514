/**
 * The article's text as the matcher compares it: runs of whitespace as one space, curly quotes and
 * apostrophes straight, dashes as a hyphen. A fresh extraction of the same page can differ from a
 * saved copy in exactly these ways (a template's line breaks, a typographer's quotes), and a
 * highlight must not be lost over them. `toRaw` maps each loose offset back to the raw text.
 */
export interface LooseText {
  text: string;
  toRaw: number[];
}

const QUOTES: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '«': '"',
  '»': '"',
  '‹': "'",
  '›': "'",
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '\u00ad': '',
};

export function loosen(raw: string): LooseText {
  let text = '';
  const toRaw: number[] = [];
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        text += ' ';
        toRaw.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    const mapped = QUOTES[ch] ?? ch.toLowerCase();
    for (const c of mapped) {
      text += c;
      toRaw.push(i);
    }
  }
  toRaw.push(raw.length);
  return { text, toRaw };
}
