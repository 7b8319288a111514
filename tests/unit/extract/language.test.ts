import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLang } from '../../../utils/extract/language';
import { DE_BODY, extract } from './page';

describe('language', { timeout: 60_000 }, () => {
  it('detects de, en, fr and es from the text', () => {
    expect(
      detectLanguage(
        'Am Montag trafen sich die Minister, um über eine stärkere Zusammenarbeit der beiden Länder zu sprechen, die seit Jahren auf der Agenda steht.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'The ministers met on Monday to discuss closer cooperation between the two countries, which have been at odds for years.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        "Les ministres se sont réunis lundi pour discuter de la coopération entre les deux pays, qui est à l'ordre du jour depuis des années.",
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Los ministros se reunieron el lunes para hablar de la cooperación entre los dos países, que está en la agenda desde hace años.',
      ),
    ).toBe('es');
  });
  it('detects languages by script, and says nothing for too little text', () => {
    expect(detectLanguage('اجتمع الوزراء يوم الاثنين لمناقشة التعاون بين البلدين')).toBe('ar');
    expect(detectLanguage('השרים נפגשו ביום שני כדי לדון בשיתוף הפעולה בין שתי המדינות')).toBe('he');
    expect(detectLanguage('月曜日に両国の外相が東京で会談した。')).toBe('ja');
    expect(detectLanguage('Министры встретились в понедельник в Токио')).toBe('ru');
    expect(detectLanguage('Ok 123')).toBe('');
  });
  it('shortens tags to their minimal form', () => {
    expect(normalizeLang('de-DE')).toBe('de');
    expect(normalizeLang('de_AT')).toBe('de-AT');
    expect(normalizeLang('en-GB')).toBe('en-GB');
  });
  it('uses the text when <html> has no lang, and sets rtl for right-to-left languages', () => {
    expect(extract({ body: DE_BODY }).lang).toBe('de');
    const ar = extract({
      htmlAttrs: 'lang="ar"',
      body:
        '<p>' +
        'اجتمع الوزراء يوم الاثنين في طوكيو لمناقشة التعاون الوثيق بين البلدين اللذين لم يوقعا معاهدة سلام منذ نهاية الحرب. '.repeat(
          6,
        ) +
        '</p>',
    });
    expect(ar.lang).toBe('ar');
    expect(ar.dir).toBe('rtl');
  });
  it("prefers the page's declared language over detection", () => {
    expect(extract({ htmlAttrs: 'lang="fr"' }).lang).toBe('fr');
  });
});
