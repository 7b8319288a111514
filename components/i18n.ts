import { browser } from 'wxt/browser';

/**
 * Every user-visible string goes through the browser's i18n, so the reader speaks the browser's
 * language in the overlay and on extension pages alike. A missing key shows the key itself,
 * which a test or a glance catches, rather than an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}

/** The browser UI language, for dates and lists; `en` when the API cannot say. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}
