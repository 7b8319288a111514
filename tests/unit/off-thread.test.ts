import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageSize, pageSnapshot, readsOffThread } from '@/entrypoints/reader.content/page-snapshot';
import { readSnapshot } from '@/entrypoints/offscreen/read-snapshot';
import { extractArticle } from '@/utils/extract';
import { hideRule } from '@/utils/fixes/make';
import { parseHtml } from '../../scripts/lib/html-file';
import { largeArticle, longTextArticle } from '../e2e/large-page';
import { doc, URL } from './extract/page';

const SEED = resolve(import.meta.dirname, '../../../shared/seed/seed-article.bare.html');
/**
 * A parser whose documents have a window, as DOMParser's have in an extension page (where the
 * sanitiser uses the page's own); jsdom's DOMParser gives window-less documents in Node.
 */
const parser = () => ({ parseFromString: (html: string) => parseHtml(html, URL) }) as unknown as DOMParser;

describe('which pages are read off their main thread', () => {
  it('an ordinary news page is read in the page', async () => {
    const seed = parseHtml(await readFile(SEED, 'utf8'), URL);
    expect(readsOffThread(pageSize(seed))).toBe(false);
    expect(readsOffThread(pageSize(doc()))).toBe(false);
  });

  it('a 10 MB article (many elements) and a 6 MB text in few paragraphs are read elsewhere', async () => {
    const many = parseHtml((await largeArticle(10_000_000)).html, URL);
    const long = parseHtml((await longTextArticle(6_000_000)).html, URL);
    expect(readsOffThread(pageSize(many))).toBe(true);
    expect(pageSize(long).elements).toBeLessThan(1000);
    expect(readsOffThread(pageSize(long))).toBe(true);
  }, 60_000);
});

describe('a page read from its copy', () => {
  it('gives the article the page gives', async () => {
    const page = parseHtml(await readFile(SEED, 'utf8'), URL);
    const inPage = extractArticle(page, URL);
    const fromCopy = readSnapshot(pageSnapshot(page, URL), parser());
    expect(inPage.ok).toBe(true);
    expect(fromCopy).toEqual(inPage);
  });

  it('gives the article the page gives when the page has no doctype (quirks mode nests a table in a paragraph)', () => {
    const page = parseHtml(
      `<html><head><title>Fähre</title></head><body><article><h1>Die Fähre fährt wieder</h1>` +
        `<p>Nach zwei Wochen Pause fährt die Fähre über den Fluss wieder nach Plan, teilte die Stadt mit.` +
        `<table><tr><td>Abfahrt 7:10</td><td>Ankunft 7:25</td></tr></table>Die Preise bleiben gleich, hieß es.</p>` +
        `<p>${'Die Stadt hatte die Fähre im Frühjahr überholen lassen und neue Motoren eingebaut. '.repeat(6)}</p>` +
        `</article></body></html>`,
      URL,
    );
    expect(page.compatMode).toBe('BackCompat');
    const inPage = extractArticle(page, URL);
    expect(inPage.ok).toBe(true);
    expect(readSnapshot(pageSnapshot(page, URL), parser())).toEqual(inPage);
  });

  it('copies the real page where a named element shadows the document root', () => {
    const page = parseHtml(
      '<!DOCTYPE html><html><body><img name="documentElement"><h1>Ferry stays</h1><p>Text.</p></body></html>',
      URL,
    );
    const { html } = pageSnapshot(page, URL);
    expect(html).toMatch(/^<!DOCTYPE html><html><head><\/head><body><img name="documentElement"><h1>Ferry stays/);
  });

  it("comes out with the site's fixes, as the page read in place does", async () => {
    const page = parseHtml(await readFile(SEED, 'utf8'), URL);
    const copy = pageSnapshot(page, URL);
    expect(readSnapshot(copy, parser())).toMatchObject({ ok: true, article: { authors: [expect.any(String)] } });
    const fixed = readSnapshot({ ...copy, rules: [hideRule('authors')] }, parser());
    expect(fixed).toMatchObject({ ok: true, article: { authors: [] }, fixes: { applied: 1 } });
    expect(fixed).toEqual(extractArticle(parseHtml(copy.html, URL), URL, { rules: [hideRule('authors')] }));
  });

  it('leaves out a rule that is not one, and reads the page without it', async () => {
    const copy = pageSnapshot(parseHtml(await readFile(SEED, 'utf8'), URL), URL);
    const junk = { ...copy, rules: [{ kind: 'remove' }, 'x', null] } as unknown;
    expect(readSnapshot(junk, parser())).toEqual(readSnapshot(copy, parser()));
    expect(readSnapshot({ ...copy, rules: 'all' }, parser())).toEqual(readSnapshot(copy, parser()));
  });

  it('answers a payload that is not a page copy with an error, never an article', () => {
    const html = pageSnapshot(doc(), URL).html;
    expect(readSnapshot(null, parser())).toEqual({ ok: false, reason: 'error' });
    expect(readSnapshot({ html }, parser())).toEqual({ ok: false, reason: 'error' });
    expect(readSnapshot({ html, url: 'javascript:alert(1)' }, parser())).toEqual({ ok: false, reason: 'error' });
    expect(readSnapshot({ html, url: URL }, parser()).ok).toBe(true);
  });
});
