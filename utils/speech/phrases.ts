/**
 * The few words Lede itself says while reading an article. They are spoken in the ARTICLE's
 * language by the article's voice (a German text read by a German voice must say "Von", not the
 * browser's "By"), so they cannot come from the UI's i18n, which follows the browser.
 */
interface Phrases {
  /** Before the list of authors; empty where the language just names them. */
  by: string;
  tableSkipped: string;
}

const PHRASES: Record<string, Phrases> = {
  en: { by: 'By', tableSkipped: 'Table skipped.' },
  de: { by: 'Von', tableSkipped: 'Tabelle übersprungen.' },
  fr: { by: 'Par', tableSkipped: 'Tableau ignoré.' },
  es: { by: 'Por', tableSkipped: 'Tabla omitida.' },
  it: { by: 'Di', tableSkipped: 'Tabella saltata.' },
  nl: { by: 'Door', tableSkipped: 'Tabel overgeslagen.' },
};

/** The primary language subtag, lower case: "de-AT" → "de". */
export function primaryLanguage(lang: string): string {
  return (lang.split(/[-_]/)[0] ?? '').toLowerCase();
}

export function phrasesFor(lang: string): Phrases {
  return PHRASES[primaryLanguage(lang)] ?? PHRASES.en!;
}

/** "By Anna Muster and Ben Beispiel", with the list joined the way the language joins it. */
export function bylineWords(authors: string[], lang: string): string {
  const names = listFormat(lang).format(authors);
  const by = PHRASES[primaryLanguage(lang)]?.by ?? '';
  return by ? `${by} ${names}` : names;
}

function listFormat(lang: string): Intl.ListFormat {
  try {
    return new Intl.ListFormat(lang || 'en', { style: 'long', type: 'conjunction' });
  } catch {
    return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
  }
}
