/**
 * One definition of a word for every threshold of the core: a run with a letter or digit, and CJK
 * characters at two a word. A Japanese line is not one long word, and a dash is no word.
 */
import { describe, expect, it } from 'vitest';
import { countWords, wordCount } from '../../../utils/extract/text';
import { extract } from './page';

const JA_BODY = [
  '東京で月曜日、両国の外相と防衛相が会談し、安全保障分野での協力をさらに強化することで一致した。',
  '会談では北朝鮮の核・ミサイル開発への対応が主な議題となり、国連安全保障理事会での連携を確認した。',
  '両政府は四月末に予定されている首脳会談に向けて、経済協力の具体策についても調整を進めることにしている。',
  '外務省の担当者によると、次回の協議は秋にモスクワで開かれる見通しで、日程は今後詰めるという。',
].map((p) => `<p>${p}</p>`);

describe('counting words', () => {
  it('counts words with letters or digits, not dashes or bullets, and CJK characters at two a word', () => {
    expect(wordCount('Der Rat – tagt • am 2. Mai')).toBe(6);
    expect(wordCount('外相が会談')).toBe(2.5);
    expect(wordCount('')).toBe(0);
  });

  it('counts as the definition does, on any mix of scripts, spaces, marks, emoji and broken surrogates', () => {
    // The definition, written plainly: spaceless characters apart, then the pieces between white space with a letter or digit.
    const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
    const defined = (text: string) => ({
      words: text
        .replace(SPACELESS, ' ')
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
      cjkChars: text.match(SPACELESS)?.length ?? 0,
    });
    const pool = [
      ...['a', 'Z', 'ä', 'é', 'ß', '1', '٣', 'Ⅳ', '¹', 'ا', '\u0301', '\u00ad', '\u200b', '-', '—', '.', '•'],
      ...[' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\u2028', '\ufeff'],
      ...['東', 'が', 'カ', '한', 'ก', '𠀀', '😀', '𝐀', '\ud800', '\udc00'],
    ];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from(
        { length: Math.floor(random() * 16) },
        () => pool[Math.floor(random() * pool.length)],
      ).join('');
      expect(countWords(text), JSON.stringify(text)).toEqual(defined(text));
    }
  });

  it("drops another story's card from a Japanese article, as from an English one", { timeout: 60_000 }, () => {
    const card =
      '<div><a href="https://news.example/world/2017/03/22/other.html"><img src="https://news.example/other.jpg"><span>大雪で新幹線が運転見合わせ</span></a></div>';
    const a = extract({
      htmlAttrs: 'lang="ja"',
      header: '<h1>日本とロシア、安全保障で協力強化</h1>',
      body: [...JA_BODY.slice(0, 2), card, ...JA_BODY.slice(2)].join('\n'),
    });
    expect(a.text).toContain('首脳会談に向けて');
    expect(a.text).not.toContain('大雪で新幹線');
    expect(a.content).not.toContain('other.jpg');
  });
});
