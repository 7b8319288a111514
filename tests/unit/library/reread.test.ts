import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHtml, readHtmlFile } from '../../../scripts/lib/html-file';
import { rereadSaved } from '@/entrypoints/article/reread';
import { extractArticle } from '@/utils/extract';
import { blockRule } from '@/utils/fixes/make';
import type { SiteRule } from '@/utils/fixes/rules';
import { getArticle, saveArticle, setProgress } from '@/utils/library/articles';
import { addHighlight, highlightsOf } from '@/utils/library/highlights';
import { keptMarkup } from '@/utils/library/page-markup';
import { keepPage } from '@/utils/library/pages';
import { useFreshIndexedDb } from './helpers';

/**
 * "The saved copy can be re-extracted with the current rules" (issue 16): an article saved before
 * its site was fixed, read again from the page kept with it. Two real articles of one publisher:
 * the fix is made on A, after B was saved.
 */
useFreshIndexedDb();

const FUNDUS = join(__dirname, '../../../../shared/corpus/fundus-open/html');
const A = { file: 'de/NTV_2023_04_28.html.gz', url: 'https://www.n-tv.de/leben/Judy-Lybke-article24075843.html' };
const B = {
  file: 'de/NTV_2024_08_05.html.gz',
  url: 'https://www.n-tv.de/sport/olympia/Basketball-article25136526.html',
};
const CAPTION_B = 'Ein olympisches Phänomen: Kevin Durant.';

const load = async (page: { file: string; url: string }) =>
  parseHtml(await readHtmlFile(join(FUNDUS, page.file)), page.url);

beforeEach(() => {
  // The reader page's DOMParser; jsdom's own gives documents without a window in Node.
  vi.stubGlobal(
    'DOMParser',
    class {
      parseFromString(html: string) {
        return parseHtml(html, 'about:blank');
      }
    },
  );
});

/** B saved as the overlay saves it: the article as read, then its page. */
async function saveB(): Promise<string> {
  const result = extractArticle(await load(B), B.url);
  if (!result.ok) throw new Error(result.reason);
  const { id } = await saveArticle(result.article, new Date('2026-01-01T00:00:00Z'));
  await keepPage(id, B.url, keptMarkup(await load(B)));
  return id;
}

/** The rule a reader makes by removing A's picture caption in fix mode. */
async function ruleFromA(): Promise<SiteRule> {
  const page = await load(A);
  const result = extractArticle(page, A.url);
  if (!result.ok) throw new Error(result.reason);
  const caption = result.article.text.split('\n\n').find((p) => p.startsWith('Rätselhafte Malereien'))!;
  return blockRule(page, result.article.title, 'remove', caption)!;
}

describe('re-reading a saved copy with the site’s current fixes', { timeout: 60_000 }, () => {
  it('takes out the block a fix made later removes; the entry, its progress and highlights stay', async () => {
    const id = await saveB();
    await setProgress(id, 0.4);
    const before = (await getArticle(id))!;
    expect(before.article.text).toContain(CAPTION_B);
    const passage = before.article.text
      .split('\n\n')
      .find((p) => p.length > 80)!
      .slice(0, 40);
    await addHighlight({
      articleId: id,
      color: 'yellow',
      text: passage,
      target: {
        quote: { type: 'TextQuoteSelector', exact: passage, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: passage.length },
        block: 0,
      },
    });
    const rule = await ruleFromA();

    const outcome = await rereadSaved(before, async (url) => (url === B.url ? [rule] : []));

    expect(outcome).toMatchObject({ kind: 'reread', applied: 1 });
    const after = (await getArticle(id))!;
    expect(after.article.text).not.toContain(CAPTION_B);
    expect(after.article.content).not.toContain(CAPTION_B);
    expect(after.article.text).toContain(passage);
    expect(after).toMatchObject({ id, savedAt: before.savedAt, readProgress: 0.4, read: false });
    expect(after.article.url).toBe(before.article.url);
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect((await highlightsOf(id)).map((h) => h.text)).toEqual([passage]);
  });

  it('leaves the copy as it is when the site has no fixes', async () => {
    const id = await saveB();
    const before = (await getArticle(id))!;
    expect(await rereadSaved(before, async () => [])).toEqual({ kind: 'no-rules' });
    expect(await getArticle(id)).toEqual(before);
  });

  it('says why a copy without a kept page cannot be read again', async () => {
    const result = extractArticle(await load(B), B.url);
    if (!result.ok) throw new Error(result.reason);
    const { id } = await saveArticle(result.article);
    const record = (await getArticle(id))!;
    const rules = async () => [await ruleFromA()];
    expect(await rereadSaved(record, rules)).toEqual({ kind: 'cannot', reason: 'none' });
    await keepPage(id, B.url, null);
    expect(await rereadSaved(record, rules)).toEqual({ kind: 'cannot', reason: 'too-large' });
    expect(await getArticle(id)).toEqual(record);
  });
});
