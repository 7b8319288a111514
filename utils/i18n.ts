import { browser } from 'wxt/browser';

/**
 * Every message of `public/_locales/en/messages.json`, as WXT types them (`npx wxt prepare` writes
 * `.wxt/types/i18n.d.ts`; its last overload of getMessage takes the union of all keys). A key
 * missing from the locale, or misspelt, fails `npm run compile`. Keys chosen at run time come from
 * maps typed `Record<…, MessageKey>`.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

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
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const id = JSON.stringify([key, substitutions]);
  try {
    const text = browser.i18n.getMessage(key, substitutions) || key;
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

/**
 * The direction of Lede's own interface, from its language (Chrome's predefined `@@bidi_dir`).
 * Set on the overlay so a page's `<html dir="rtl">` does not mirror Lede's English or German bar.
 */
export function uiDirection(): 'ltr' | 'rtl' {
  return t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
