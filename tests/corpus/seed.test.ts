import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { clean } from '../../utils/extract/text';
import { parseHtml, readHtmlFile } from '../../scripts/lib/html-file';

// The page Lede was conceived on, rebuilt twice: with a WordPress site's metadata (rich) and
// with none (bare), where headline, author, teaser and language come from the DOM alone.
const SEED = join(__dirname, '../../../shared/seed');
const URL = 'https://japandigest.example/2017/03/spitzentreffen-japan-russland-entwurf-fuer-zusammenarbeit/';

interface Expected {
  title: string;
  authors: string[];
  teaser: string[];
  lang: string;
  siteName: string;
  publishedTime: string | null;
  bodyBlocks: { tag: string; text: string }[];
  bodyMustNotContain: string[];
}

async function load(kind: 'rich' | 'bare') {
  const html = await readHtmlFile(join(SEED, `seed-article.${kind}.html`));
  const expected = JSON.parse(await readFile(join(SEED, `seed-article.${kind}.expected.json`), 'utf8')) as Expected;
  return { html, expected };
}

describe.each(['rich', 'bare'] as const)('seed page (%s)', { timeout: 120_000 }, (kind) => {
  it('gives exactly the expected headline, authors, teaser, language, site and date', async () => {
    const { html, expected } = await load(kind);
    const result = extractArticle(parseHtml(html, URL), URL);
    if (!result.ok) throw new Error(result.reason);
    const { title, authors, teaser, lang, siteName, publishedTime } = result.article;
    expect({ title, authors, teaser, lang, siteName, publishedTime }).toEqual({
      title: expected.title,
      authors: expected.authors,
      teaser: expected.teaser,
      lang: expected.lang,
      siteName: expected.siteName,
      publishedTime: expected.publishedTime,
    });
  });

  it('keeps every body block in order with its tag, and none of the page chrome', async () => {
    const { html, expected } = await load(kind);
    const result = extractArticle(parseHtml(html, URL), URL);
    if (!result.ok) throw new Error(result.reason);
    const body = parseHtml(`<body>${result.article.content}</body>`, URL).body;
    const blocks = Array.from(body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote'), (el) => ({
      tag: el.tagName.toLowerCase(),
      text: clean(el.textContent),
    }));
    let at = 0;
    for (const want of expected.bodyBlocks) {
      const found = blocks.findIndex((b, i) => i >= at && b.tag === want.tag && b.text === want.text);
      expect(found, `${want.tag}: ${want.text.slice(0, 60)}`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    for (const junk of expected.bodyMustNotContain) expect(result.article.text).not.toContain(junk);
  });
});

describe('what Lede adds over plain Readability on the bare page', { timeout: 120_000 }, () => {
  it('Readability alone gets the headline, the author and the teaser wrong', async () => {
    const { html, expected } = await load('bare');
    const plain = new Readability(parseHtml(html, URL)).parse();
    expect(plain).not.toBeNull();
    expect(plain!.title).not.toBe(expected.title);
    expect(plain!.byline ?? '').not.toBe(expected.authors[0]);
    // No teaser of its own: the +++ standfirst is left as the body's first paragraph.
    expect(clean(plain!.textContent).startsWith(expected.teaser[0]!)).toBe(true);
  });
});
