import { describe, expect, it } from 'vitest';
import { extract } from './page';

const ZWNJ = '\u200c';
const ZWJ = '\u200d';
/** Persian writes the plural suffix and the verb prefix on with a zero-width non-joiner. */
const FA_TITLE = `معرفی افزونه${ZWNJ}ی Bases در Obsidian`;
const FA_BODY = [
  `Bases یک افزونه${ZWNJ}ی اصلی است که به شما اجازه می${ZWNJ}دهد نمایی شبیه پایگاه${ZWNJ}داده از یادداشت${ZWNJ}هایتان بسازید و آن${ZWNJ}ها را ویرایش کنید.`,
  `هر base می${ZWNJ}تواند چندین نما با چیدمان${ZWNJ}های مختلف مانند جدول و کارت داشته باشد و هر نما تنظیمات خود را دارد.`,
  `شما می${ZWNJ}توانید یادداشت${ZWNJ}ها را بر اساس ویژگی${ZWNJ}های آن${ZWNJ}ها مرتب و فیلتر کنید و نتیجه را در همان نما ببینید.`,
  `این ویژگی در نسخه${ZWNJ}ی جدید برنامه در دسترس است و برای همه${ZWNJ}ی کاربران رایگان خواهد بود، همان${ZWNJ}طور که اعلام شده است.`,
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

describe('zero-width joiners inside words', () => {
  it('stay in a Persian headline and body, where they shape the words', () => {
    const article = extract({ header: `<h1>${FA_TITLE}</h1>`, body: FA_BODY, htmlAttrs: 'lang="fa" dir="rtl"' });
    expect(article.title).toBe(FA_TITLE);
    expect(article.text).toContain(`اجازه می${ZWNJ}دهد`);
    expect(article.text).toContain(`چیدمان${ZWNJ}های مختلف`);
  });

  it('hold an emoji sequence together', () => {
    const pirate = `🏴${ZWJ}☠️`;
    const body = `<p>The crew raised the ${pirate} flag at dawn, and the harbour master said he had not seen one on a real ship in forty years of service.</p>\n`;
    const article = extract({
      header: '<h1>Pirate flag over the harbour</h1>',
      body: body + FA_BODY.replace(/<p>/g, '<p lang="fa">'),
    });
    expect(article.text).toContain(`the ${pirate} flag`);
  });

  it('are no text on their own: a paragraph of joiners alone is left out', () => {
    const article = extract({ header: `<h1>${FA_TITLE}</h1>`, body: `${FA_BODY}\n<p>${ZWNJ}${ZWJ}</p>` });
    expect(article.content).not.toMatch(/<p>[\u200c\u200d]+<\/p>/);
  });
});
