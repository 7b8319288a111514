import { readerBy as deBy, readerMinutes as deMinutes } from '../public/_locales/de/messages.json';
import { readerBy as enBy, readerMinutes as enMinutes } from '../public/_locales/en/messages.json';
import { t, uiLanguage } from '@/utils/i18n';

/**
 * The article header's labels ("By …", the date, "… min read") follow the article's language
 * when the reader reads it too: it is one of the browser's preferred languages and Lede speaks it.
 * A German article in an English browser of someone who also reads German says "Von A und B",
 * "2. Mai 2024"; for anyone else, and for every control, the browser's UI language stays.
 * `browser.i18n` answers only in the UI language, so the two labels of each locale are bundled.
 */
type Message = { message: string };
const LABELS: Record<string, { by: Message; minutes: Message }> = {
  de: { by: deBy, minutes: deMinutes },
  en: { by: enBy, minutes: enMinutes },
};

export interface HeaderLabels {
  /** A BCP 47 tag for Intl: dates and the list of authors. */
  locale: string;
  by(authors: string): string;
  minutes(count: number): string;
}

export function headerLabels(
  articleLang: string | null | undefined,
  preferred: readonly string[] = readerLanguages(),
): HeaderLabels {
  const ui = uiLanguage();
  const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';
  const lang = base(articleLang ?? '');
  const own = LABELS[lang];
  if (!own || lang === base(ui) || !preferred.some((tag) => base(tag) === lang)) {
    return {
      locale: ui,
      by: (authors) => t('readerBy', authors),
      minutes: (count) => t('readerMinutes', String(count)),
    };
  }
  // The placeholders of these two messages are `$1`, one each.
  const fill = (entry: Message, value: string) => entry.message.replace(/\$[A-Z]+\$/, value);
  return { locale: lang, by: (authors) => fill(own.by, authors), minutes: (count) => fill(own.minutes, String(count)) };
}

function readerLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
}
