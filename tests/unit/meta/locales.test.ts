import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// The type check knows the English messages only (WXT types getMessage from the default locale):
// a key used in code but missing from German would show the key itself to a German reader.
type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

const read = (locale: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${locale}/messages.json`), 'utf8'),
  ) as Messages;
const en = read('en');
const de = read('de');

describe('both locales carry every message', () => {
  test('the same keys in English and German', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  test('a message has the same placeholders in both, so substitutions land in both languages', () => {
    const placeholders = (messages: Messages) =>
      Object.fromEntries(Object.entries(messages).map(([key, m]) => [key, Object.keys(m.placeholders ?? {}).sort()]));
    expect(placeholders(de)).toEqual(placeholders(en));
  });

  test('no message is empty', () => {
    for (const [locale, messages] of [['en', en] as const, ['de', de] as const]) {
      const empty = Object.entries(messages).filter(([, m]) => m.message.trim() === '');
      expect(empty.map(([key]) => `${locale}:${key}`)).toEqual([]);
    }
  });
});
