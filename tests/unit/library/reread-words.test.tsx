import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Reread } from '@/entrypoints/article/Reread';
import { getArticle, mergeArticles, saveArticle } from '@/utils/library/articles';
import type { SavedArticle } from '@/utils/library/db';
import { keepPage } from '@/utils/library/pages';
import { installDom, useEnglishMessages } from '../components/dom';
import { makeArticle, useFreshIndexedDb } from './helpers';

/** What the saved-article page says about re-reading, in the words a reader reads. */
useFreshIndexedDb();
beforeAll(installDom);
beforeEach(useEnglishMessages);

async function shown(record: SavedArticle): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    render(<Reread record={record} theme="light" onReread={() => undefined} />, host);
  });
  await act(() => new Promise((done) => setTimeout(done, 20)));
  return host;
}

const saved = async (): Promise<SavedArticle> => (await getArticle((await saveArticle(makeArticle())).id))!;

describe('Re-read with site fixes, on the saved-article page', () => {
  it('is offered for a copy with its page; a site without fixes leaves it unchanged, and says so', async () => {
    const record = await saved();
    await keepPage(record.id, 'https://news.example/a', '<html><body><h1>A</h1><p>Text</p></body></html>');
    const host = await shown(record);
    const button = host.querySelector('button')!;
    expect(button.textContent).toBe('Re-read with site fixes');
    await act(async () => {
      button.click();
    });
    // The first click loads the extraction core.
    await vi.waitFor(
      () =>
        expect(host.querySelector('[role=status]')!.textContent).toBe(
          'No site fixes for this site: the copy is unchanged.',
        ),
      { timeout: 20_000 },
    );
    expect(await getArticle(record.id)).toEqual(record);
  });

  it('says why a copy saved before Lede kept pages cannot be re-read, and offers nothing', async () => {
    const host = await shown(await saved());
    expect(host.querySelector('button')).toBeNull();
    expect(host.textContent).toContain('This copy was saved before Lede kept pages');
  });

  it('says an imported copy has no page, and a page too large was not kept', async () => {
    const record = { ...(await saved()), id: 'imported', article: makeArticle({ url: 'https://news.example/b' }) };
    await mergeArticles([record]);
    expect((await shown(record)).textContent).toContain('This copy was imported, and backups carry no pages');

    const large = await saved();
    await keepPage(large.id, 'https://news.example/a', null);
    expect((await shown(large)).textContent).toContain('The page was too large to keep (over 5 MB)');
  });
});
