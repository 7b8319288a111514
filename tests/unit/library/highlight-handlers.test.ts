/**
 * The overlay's highlight messages: highlighting an unsaved article saves it first (the highlight
 * is never lost), an already saved copy is kept as it is, and anything a page could forge is refused.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { highlightHandlers } from '@/entrypoints/background/highlight-handlers';
import { getArticle, saveArticle } from '@/utils/library/articles';
import { allHighlights } from '@/utils/library/highlights';
import type { HighlightTarget } from '@/utils/highlights/target';
import { makeArticle, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

const lede = { id: fakeBrowser.runtime.id };
const page = { id: 'some-other-extension' };

const target: HighlightTarget = {
  quote: { type: 'TextQuoteSelector', exact: 'Japans', prefix: 'Am Montag trafen sich ', suffix: ' und Russlands' },
  position: { type: 'TextPositionSelector', start: 22, end: 28 },
  block: 0,
};

describe('highlight messages', () => {
  it('saves an unsaved article with its first highlight, and lists it by URL', async () => {
    const article = makeArticle();
    const added = await highlightHandlers.addHighlight({ article, color: 'yellow', text: 'Japans', target }, lede);
    if (!added.ok) throw new Error(added.error);
    expect((await getArticle(added.value.articleId))?.article).toEqual(article);

    const listed = await highlightHandlers.articleHighlights(article.url, lede);
    expect(listed).toEqual({
      ok: true,
      value: { articleId: added.value.articleId, highlights: [added.value.highlight] },
    });
  });

  it('keeps the stored copy of an article that is already saved', async () => {
    const stored = makeArticle({ content: '<p>Am Montag trafen sich Japans und Russlands Minister.</p>' });
    const { id } = await saveArticle(stored);
    const fresh = makeArticle({ content: '<p>Ganz anderer Text.</p>' });
    const added = await highlightHandlers.addHighlight(
      { article: fresh, color: 'green', text: 'Japans', target },
      lede,
    );
    expect(added).toMatchObject({ ok: true, value: { articleId: id } });
    expect((await getArticle(id))?.article.content).toBe(stored.content);
  });

  it('refuses other senders, unknown colours, empty text, malformed targets and oversized notes', async () => {
    const article = makeArticle();
    const base = { article, color: 'yellow', text: 'Japans', target };
    expect(await highlightHandlers.addHighlight(base, page)).toEqual({ ok: false, error: 'invalid-input' });
    for (const bad of [
      { ...base, color: 'red; background: url(x)' },
      { ...base, text: '   ' },
      { ...base, target: { ...target, position: { type: 'TextPositionSelector', start: 9, end: 3 } } },
      { ...base, note: 'x'.repeat(20_001) },
      { ...base, article: { title: 'no body' } },
    ]) {
      expect(await highlightHandlers.addHighlight(bad, lede)).toEqual({ ok: false, error: 'invalid-input' });
    }
    expect(await allHighlights()).toEqual([]);
  });

  it('stores only the known fields of a target', async () => {
    const forged = { ...target, quote: { ...target.quote, onclick: 'alert(1)' }, extra: '<img onerror=alert(1)>' };
    const added = await highlightHandlers.addHighlight(
      { article: makeArticle(), color: 'blue', text: 'Japans', target: forged },
      lede,
    );
    if (!added.ok) throw new Error(added.error);
    expect(added.value.highlight.target).toEqual(target);
  });

  it('changes colour and note, deletes, and restores for undo', async () => {
    const added = await highlightHandlers.addHighlight(
      { article: makeArticle(), color: 'yellow', text: 'Japans', target },
      lede,
    );
    if (!added.ok) throw new Error(added.error);
    const { id } = added.value.highlight;
    expect(await highlightHandlers.updateHighlight({ id, color: 'pink', note: 'Warum?' }, lede)).toMatchObject({
      ok: true,
      value: { color: 'pink', note: 'Warum?' },
    });
    expect(await highlightHandlers.updateHighlight({ id, color: 'black' }, lede)).toEqual({
      ok: false,
      error: 'invalid-input',
    });
    const removed = await highlightHandlers.removeHighlight(id, lede);
    if (!removed.ok) throw new Error(removed.error);
    expect(await allHighlights()).toEqual([]);
    expect(await highlightHandlers.restoreHighlight(removed.value, lede)).toEqual({ ok: true, value: null });
    expect((await allHighlights()).map((h) => h.note)).toEqual(['Warum?']);
  });
});
