import type { Page } from 'playwright-core';
import type { Article } from '../../utils/article';
import { extractArticle } from '../../utils/extract';
import { DB_NAME, DB_VERSION, type ArticleSummary, type SavedArticle } from '../../utils/library/db';
import { summarise } from '../../utils/library/records';
import { distinctWords, MAX_WORDS, withBeginnings } from '../../utils/library/words';
import { parseHtml, readHtmlFile } from '../lib/html-file';
import { listCorpusPages, pageUrl } from './corpus';

/** In the headline of every tenth seeded article, and in no real corpus page. */
export const SEARCH_TERM = 'zyzzyva';
const TEMPLATES = 24;
const BATCH = 500;

export interface Template {
  article: Article;
  /** The article's indexed words after its headline (which each seeded copy replaces), in order. */
  wordsTail: string[];
}

/** What varies per seeded article; the heavy body and text come from a template in the page. */
interface SeedRow {
  template: number;
  id: string;
  url: string;
  title: string;
  savedAt: string;
  summary: ArticleSummary;
  /** What utils/library/records.ts indexes for the seeded article. */
  words: string[];
}

/**
 * Real articles as Lede extracts them from the Readability corpus, so saved bodies, texts and
 * search strings have the sizes of real news, not of lorem ipsum.
 */
export async function loadTemplates(): Promise<Template[]> {
  const pages = (await listCorpusPages()).filter((p) => p.name.startsWith('readability/'));
  const templates: Template[] = [];
  for (const page of pages) {
    if (templates.length === TEMPLATES) break;
    const result = extractArticle(parseHtml(await readHtmlFile(page.file), pageUrl(page)), pageUrl(page));
    if (!result.ok || /\s$/.test(result.article.title)) continue;
    const { siteName, authors, teaser, text } = result.article;
    // Not cut at MAX_WORDS: a seeded headline's own words may push some of these out, as in Lede.
    const wordsTail = distinctWords([siteName ?? '', ...authors, ...teaser, text], Infinity);
    templates.push({ article: result.article, wordsTail });
  }
  return templates;
}

/**
 * The `index`-th seeded article: newest last, so the newest (first listed) never matches the
 * search term and a search visibly changes the list's first row.
 */
function seedRow(templates: Template[], index: number): SeedRow {
  const template = index % templates.length;
  const base = templates[template]!.article;
  const title = `${base.title} · ${index}${index % 10 === 3 ? ` ${SEARCH_TERM}` : ''}`;
  const id = `bench-${index}`;
  const url = `${base.url.replace(/#.*$/, '')}${base.url.includes('?') ? '&' : '?'}lede-bench=${index}`;
  const savedAt = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  const record: SavedArticle = {
    id,
    article: { ...base, url, title },
    savedAt,
    updatedAt: savedAt,
    read: false,
    readProgress: 0,
  };
  // The headline's words come first, then the template's; as in Lede, distinct and capped.
  const words = withBeginnings(
    [...new Set([...distinctWords([title]), ...templates[template]!.wordsTail])].slice(0, MAX_WORDS),
  );
  return { template, id, url, title, savedAt, summary: summarise(record), words };
}

/**
 * Fills Lede's library to `count` articles with raw IndexedDB from an extension page (same origin
 * as the library). The schema is created by Lede itself (opening the popup connects and upgrades),
 * so the bench only writes records in the shape of `utils/library/db.ts` and refuses any other
 * version rather than seed a store Lede would not read.
 */
export async function seedLibrary(page: Page, templates: Template[], count: number): Promise<void> {
  await page.evaluate(
    (all) => {
      (globalThis as unknown as { __ledeTemplates: Article[] }).__ledeTemplates = all;
    },
    templates.map((template) => template.article),
  );
  for (let start = 0; start < count; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => seedRow(templates, start + i));
    await page.evaluate(writeRows, { rows, name: DB_NAME, version: DB_VERSION });
  }
}

/** Runs in the extension page. */
function writeRows({ rows, name, version }: { rows: SeedRow[]; name: string; version: number }): Promise<void> {
  const templates = (globalThis as unknown as { __ledeTemplates: Article[] }).__ledeTemplates;
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const db = opening.result;
      if (db.version !== version) {
        db.close();
        reject(new Error(`library is at version ${db.version}, the bench writes version ${version}`));
        return;
      }
      const tx = db.transaction(['articles', 'summaries', 'words'], 'readwrite');
      for (const row of rows) {
        const article = { ...templates[row.template]!, url: row.url, title: row.title };
        tx.objectStore('articles').put({
          id: row.id,
          article,
          savedAt: row.savedAt,
          updatedAt: row.savedAt,
          read: false,
          readProgress: 0,
        });
        tx.objectStore('summaries').put(row.summary);
        tx.objectStore('words').put({ id: row.id, words: row.words });
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
