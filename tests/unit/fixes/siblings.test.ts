import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, readHtmlFile } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { blockRule, pickRule } from '../../../utils/fixes/make';
import type { SiteRule } from '../../../utils/fixes/rules';

/**
 * A fix made on one article of a site, through the code path fix mode uses, changes the site's
 * other article in ../shared/corpus the same way (issue 16). The pages are real snapshots of two
 * publishers whose other articles share the template.
 */

const FUNDUS = join(__dirname, '../../../../shared/corpus/fundus-open/html');

async function load(file: string, url: string): Promise<Document> {
  return parseHtml(await readHtmlFile(join(FUNDUS, file)), url);
}

async function extract(file: string, url: string, rules?: SiteRule[]) {
  const result = extractArticle(await load(file, url), url, rules ? { rules } : {});
  if (!result.ok) throw new Error(`${file}: ${result.reason}`);
  return result;
}

const NTV_A = ['de/NTV_2023_04_28.html.gz', 'https://www.n-tv.de/leben/Judy-Lybke-article24075843.html'] as const;
const NTV_B = [
  'de/NTV_2024_08_05.html.gz',
  'https://www.n-tv.de/sport/olympia/Basketball-article25136526.html',
] as const;
const BZ_A = ['de/BoersenZeitung_2024_10_23.html.gz', 'https://www.boersen-zeitung.de/kapitalmaerkte/dax'] as const;
const BZ_B = ['de/BoersenZeitung_2024_12_16.html.gz', 'https://www.boersen-zeitung.de/banken-finanzen/wero'] as const;
const DB_A = [
  'no/Dagbladet_2024_08_04.html.gz',
  'https://www.dagbladet.no/nyheter/nordmann-domt-til-livstid/81348547',
] as const;
const DB_B = ['no/Dagbladet_2026_01_06.html.gz', 'https://www.dagbladet.no/nyheter/angsten-vil-oke/84057530'] as const;

const paragraphs = (text: string): string[] => text.split('\n\n');

describe('a site fix carries over to the same site’s other article', { timeout: 120_000 }, () => {
  it('removes the picture captions set beside the text on the other article too', async () => {
    const page = await load(...NTV_A);
    const { article } = await extract(...NTV_A);
    const caption = paragraphs(article.text).find((p) => p.startsWith('Rätselhafte Malereien'));
    expect(caption).toBeDefined();
    const rule = blockRule(page, article.title, 'remove', caption!);
    expect(rule).not.toBeNull();
    expect(rule!.block.text).toBeUndefined(); // found by structure, not by this page's words

    const before = await extract(...NTV_B);
    const after = await extract(...NTV_B, [rule!]);
    expect(after.fixes).toMatchObject({ applied: 1 });
    const gone = paragraphs(before.article.text).filter((p) => !paragraphs(after.article.text).includes(p));
    expect(gone.length).toBeGreaterThan(0);
    // Only the captions: every paragraph of the story is still there.
    const captions = Array.from(
      parseHtml(`<body>${before.article.content}</body>`, NTV_B[1]).querySelectorAll('figcaption'),
      (c) => c.textContent ?? '',
    ).join('\n');
    for (const p of gone) expect(captions).toContain(p.slice(0, 60));
    expect(after.article.text.length).toBeGreaterThan(before.article.text.length * 0.8);
    expect(after.article.text).toContain('Nach 18 spannenden Vorrundenpartien');
  });

  it('brings back the lead picture’s caption the extraction dropped on the other article too', async () => {
    const page = await load(...BZ_A);
    const traced = extractArticle(page, BZ_A[1], { trace: true });
    if (!traced.ok) throw new Error('no article');
    const dropped = traced.trace.passes.find((p) => p.action === 'removed' && p.element?.tag === 'figcaption');
    expect(dropped).toBeDefined();
    const rule = blockRule(page, traced.article.title, 'restore', dropped!.text);
    expect(rule).not.toBeNull();

    const before = await extract(...BZ_B);
    const after = await extract(...BZ_B, [rule!]);
    expect(after.fixes).toMatchObject({ applied: 1 });
    const added = paragraphs(after.article.text).filter((p) => !paragraphs(before.article.text).includes(p));
    expect(added).toHaveLength(1);
    expect(before.article.text).not.toContain(added[0]);
    // In its place: before the story's first paragraph, as on the page.
    expect(after.article.text.indexOf(added[0]!)).toBeLessThan(after.article.text.indexOf('Das im Aufbau befindliche'));
  });

  it('picks the byline the reader chose on one article, and it is the right one on the other', async () => {
    const traced = extractArticle(await load(...DB_A), DB_A[1], { trace: true });
    if (!traced.ok) throw new Error('no article');
    expect(traced.article.authors).toEqual(['Marlene Lundberg Holm']);
    const byline = traced.trace.fields.authors!.candidates.find((c) => c.source === 'byline near the headline');
    const rule = pickRule('authors', byline!);

    const fixedA = await extract(...DB_A, [rule]);
    expect(fixedA.article.authors).toEqual(['Ingrid Treborg', 'Marlene Lundberg Holm']);
    const fixedB = await extract(...DB_B, [rule]);
    expect(fixedB.fixes?.outcomes[0]).toMatchObject({ applied: false, reason: 'already-there' });
    expect(fixedB.article.authors).toEqual(['Martin Gramnæs']);
  });
});
