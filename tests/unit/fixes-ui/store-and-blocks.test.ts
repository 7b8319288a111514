import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SiteRule } from '@/utils/fixes/rules';
import { addSiteRule, loadFixes, removeSiteRule, setFieldRule, setSiteRules } from '@/utils/fixes/store';
import { blockKey, stubText, topBlocks } from '@/components/fixes/blocks';
import { candidatesOf } from '@/components/fixes/FieldChoices';

beforeEach(() => fakeBrowser.reset());

const REMOVE: SiteRule = {
  kind: 'remove',
  block: { tag: 'aside', classes: ['related'], path: [], side: 'after-headline' },
  label: 'Mehr zum Thema',
};
const HIDE: SiteRule = { kind: 'hide', field: 'teaser' };

describe('the rules fix mode adds and takes back', () => {
  it('adds a rule once, and Restore deletes only that rule', async () => {
    await setSiteRules('news.example', [HIDE]);
    await addSiteRule('news.example', REMOVE);
    await addSiteRule('news.example', { ...REMOVE, block: { ...REMOVE.block } });
    expect((await loadFixes()).sites['news.example']).toEqual([HIDE, REMOVE]);
    await removeSiteRule('news.example', REMOVE);
    expect((await loadFixes()).sites['news.example']).toEqual([HIDE]);
    await removeSiteRule('news.example', HIDE);
    expect((await loadFixes()).sites).toEqual({});
  });

  it('a field picked again replaces the site’s earlier choice for that field, not the others', async () => {
    await setSiteRules('news.example', [HIDE, REMOVE]);
    await setFieldRule('news.example', { kind: 'pick', field: 'authors', source: 'meta author', label: 'A' });
    await setFieldRule('news.example', { kind: 'hide', field: 'authors' });
    expect((await loadFixes()).sites['news.example']).toEqual([HIDE, REMOVE, { kind: 'hide', field: 'authors' }]);
  });
});

describe('the blocks fix mode offers', () => {
  const body = (html: string) =>
    new JSDOM(`<div class="lede-body">${html}</div>`).window.document.body.firstElementChild!;

  it('are the children inside the body’s wrappers, those with text or a picture', () => {
    const blocks = topBlocks(
      body(
        '<div><div><p>One.</p><figure><img src="/img/judy.jpg"></figure><div> </div><ul><li>Two</li></ul></div></div>',
      ),
    );
    expect(blocks.map((b) => b.localName)).toEqual(['p', 'figure', 'ul']);
    expect(blocks.map(blockKey)).toEqual(['One.', 'picture:judy', 'Two']);
  });

  it('a wrapper with text of its own is a block, not a wrapper', () => {
    expect(topBlocks(body('<div>Loose text <p>and a paragraph</p></div>')).map((b) => b.localName)).toEqual(['div']);
  });

  it('a stub shows the start of a long block', () => {
    expect(stubText('Short.')).toBe('Short.');
    const stub = stubText('word '.repeat(40).trim());
    expect(stub.length).toBeLessThanOrEqual(60);
    expect(stub.endsWith('…')).toBe(true);
  });
});

describe('the candidates a header field offers', () => {
  it('the value shown first, then the others seen, each once, none empty', () => {
    const candidates = candidatesOf(
      {
        authors: {
          value: ['Anna Muster'],
          source: 'byline near the headline',
          also: ['json-ld author'],
          candidates: [
            { value: ['Redaktion'], source: 'meta author' },
            { value: [], source: 'rel=author' },
            { value: ['Anna Muster'], source: 'json-ld author' },
          ],
        },
      },
      'authors',
    );
    expect(candidates.map((c) => c.source)).toEqual(['byline near the headline', 'meta author']);
  });
});
