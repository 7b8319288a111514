import { browser } from 'wxt/browser';

/**
 * Strings already looked up. In a content script that outlived an update of Lede, the i18n API
 * throws "Extension context invalidated": what was shown before can still be shown.
 */
const seen = new Map<string, string>();

/**
 * Every user-visible string goes through the browser's i18n, so the reader speaks the browser's
 * language in the overlay and on extension pages alike. A missing key shows the key itself,
 * which a test or a glance catches, rather than an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const id = JSON.stringify([key, substitutions]);
  try {
    const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
    const text = getMessage(key, substitutions) || key;
    seen.set(id, text);
    return text;
  } catch {
    return seen.get(id) ?? key;
  }
}

/** The browser UI language, for dates and lists; `en` when the API cannot say. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
