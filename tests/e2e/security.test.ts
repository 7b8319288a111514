import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLede, type LedeBrowser } from './harness';
import { clickOverlayButton, waitForOverlay } from './overlay-helpers';
import { PAYLOADS, tokens } from '../security/payloads';
import { PARAGRAPHS, hostilePage } from '../security/page';
import { startHostileServer, type HostileServer } from '../security/server';
import { missingParagraphs, pageFlags, readerResidues, untilQuiet } from '../security/browser';
import type { Residue } from '../security/residue';

// Places 2 and 3 of 3: the overlay on the hostile page, and the saved copy on Lede's reader page.
// The page's own copy of every payload runs (it is the page, not Lede), so the overlay is judged
// by what opening it ADDS: no flag bumped again, no hit URL requested again, nothing dangerous in
// its markup. The reader page lives in Lede's origin, where any flag or request at all is a hole.

let lede: LedeBrowser;
let server: HostileServer;

beforeAll(async () => {
  server = await startHostileServer();
  lede = await launchLede();
});
afterAll(async () => {
  await lede?.close();
  await server?.close();
});

interface Measurement {
  flags: Record<string, number>;
  hits: Map<string, number>;
  html: string;
  text: string;
  headline: string;
  residues: Residue[];
}

/** Per payload: what the rendering added (flags, hits) and what it holds (residues). */
function problemsOf(
  id: string,
  before: { flags: Record<string, number>; hits: Map<string, number> },
  after: Measurement,
): string[] {
  const problems: string[] = [];
  if ((after.flags[id] ?? 0) > (before.flags[id] ?? 0)) problems.push('its script ran');
  if ((after.hits.get(id) ?? 0) > (before.hits.get(id) ?? 0)) problems.push('its URL was requested');
  for (const r of after.residues) if (r.ids.includes(id)) problems.push(r.what);
  return problems;
}

async function readerIn(page: Page, rootExpression: string): Promise<{ html: string; text: string; headline: string }> {
  return page.evaluate((expr) => {
    const root = (0, eval)(expr) as ParentNode | null;
    const reader = root?.querySelector('.lede-root');
    if (!reader) throw new Error('no reader rendering');
    return {
      html: reader.outerHTML,
      text: reader.querySelector('.lede-body')?.textContent ?? '',
      headline: reader.querySelector('h1')?.textContent ?? '',
    };
  }, rootExpression);
}

// Through the prototype: the hostile page may replace its document's own lookup methods.
const OVERLAY_ROOT = "Document.prototype.getElementsByTagName.call(document, 'lede-reader')[0]?.shadowRoot";

describe('place 2: the overlay on the hostile page', () => {
  let page: Page;
  let before: { flags: Record<string, number>; hits: Map<string, number> };
  let after: Measurement;

  beforeAll(async () => {
    page = await lede.newPage(server.articleUrl);
    await untilQuiet(page, server.hits);
    before = { flags: await pageFlags(page), hits: server.hits() };
    await lede.clickToolbarButton(page);
    await waitForOverlay(page);
    await untilQuiet(page, server.hits);
    const rendered = await readerIn(page, OVERLAY_ROOT);
    after = { ...rendered, flags: await pageFlags(page), hits: server.hits(), residues: readerResidues(rendered.html) };
  });

  it('the page itself is hostile: its own copy fires before Lede does anything', () => {
    expect(Object.keys(before.flags).length).toBeGreaterThan(20);
  });

  it('shows the article around the payloads: every paragraph, the headline', () => {
    expect(missingParagraphs(after.text, PARAGRAPHS)).toEqual([]);
    expect(after.headline).toContain('Council passes budget');
  });

  it('shows markup from the headline as literal text', () => {
    expect(after.headline).toContain('<img src=x onerror=');
  });

  it.each(PAYLOADS.map((p) => [p.id] as const))('opening the overlay adds nothing from %s', (id) => {
    expect(problemsOf(id, before, after)).toEqual([]);
  });

  it('holds no dangerous markup that no payload id explains', () => {
    expect(after.residues.filter((r) => r.ids.length === 0).map((r) => r.what)).toEqual([]);
  });

  describe('and the saved copy on the reader page (place 3)', () => {
    let reader: Page;
    let readerBefore: { flags: Record<string, number>; hits: Map<string, number> };
    let readerAfter: Measurement;
    const consoleErrors: string[] = [];

    beforeAll(async () => {
      await clickOverlayButton(page, /^Save$/);
      await page.locator('lede-reader').getByRole('button', { name: 'Saved', exact: true }).waitFor();
      const id = await savedIdOf(server.articleUrl);
      readerBefore = { flags: {}, hits: server.hits() };
      reader = await lede.context.newPage();
      reader.on('console', (message) => void (message.type() === 'error' && consoleErrors.push(message.text())));
      await reader.goto(`chrome-extension://${lede.extensionId}/article.html?id=${encodeURIComponent(id)}`);
      await reader.locator('.lede-body').first().waitFor();
      await untilQuiet(reader, server.hits);
      const rendered = await readerIn(reader, 'document');
      readerAfter = {
        ...rendered,
        flags: await pageFlags(reader),
        hits: server.hits(),
        residues: readerResidues(rendered.html),
      };
    });

    it('shows the article: every paragraph, the headline as text', () => {
      expect(missingParagraphs(readerAfter.text, PARAGRAPHS)).toEqual([]);
      expect(readerAfter.headline).toContain('<img src=x onerror=');
    });

    it.each(PAYLOADS.map((p) => [p.id] as const))('the reader page adds nothing from %s', (id) => {
      expect(problemsOf(id, readerBefore, readerAfter)).toEqual([]);
    });

    it('never even tries: the extension CSP had nothing to refuse', () => {
      expect(consoleErrors.filter((e) => /Refused to|Content Security Policy/i.test(e))).toEqual([]);
    });
  });

  describe('and a tampered record in the library: raw page HTML and markup in every field (place 3)', () => {
    let readerBefore: { flags: Record<string, number>; hits: Map<string, number> };
    let readerAfter: Measurement;

    beforeAll(async () => {
      const port = Number(new URL(server.origin).port);
      const js = (id: string) => tokens(id, port).js;
      const record = {
        id: 'tampered-1',
        savedAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        read: false,
        readProgress: 0,
        article: {
          url: `javascript:${js('tampered_url')}`,
          title: `Council passes budget <img src=x onerror=${js('tampered_title')}>`,
          authors: [`<svg onload=${js('tampered_author')}>`],
          teaser: [`<script>${js('tampered_teaser')}</script>`],
          content: hostilePage(port),
          text: 'text',
          excerpt: '',
          publishedTime: null,
          siteName: `<iframe srcdoc="<script>${js('tampered_site')}</script>">`,
          leadImage: `javascript:${js('tampered_lead')}`,
          lang: 'en',
          dir: 'ltr',
          wordCount: 1,
          readingMinutes: 1,
        },
      };
      // Straight into IndexedDB, past every check a save or an import would make.
      await inLedeOrigin((ext) =>
        ext.evaluate(
          (tampered) =>
            new Promise<void>((resolve, reject) => {
              const open = indexedDB.open('lede-library');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const tx = open.result.transaction('articles', 'readwrite');
                tx.objectStore('articles').put(tampered);
                tx.oncomplete = () => resolve();
                tx.onerror = () => reject(tx.error);
              };
            }),
          record,
        ),
      );
      readerBefore = { flags: {}, hits: server.hits() };
      const reader = await lede.openExtensionPage('article.html?id=tampered-1');
      await reader.locator('.lede-body').first().waitFor();
      await untilQuiet(reader, server.hits);
      const rendered = await readerIn(reader, 'document');
      readerAfter = {
        ...rendered,
        flags: await pageFlags(reader),
        hits: server.hits(),
        residues: readerResidues(rendered.html),
      };
    });

    it('runs nothing from any field', () => {
      expect(readerAfter.flags).toEqual({});
    });

    it('shows the article, and the headline markup as text', () => {
      expect(missingParagraphs(readerAfter.text, PARAGRAPHS)).toEqual([]);
      expect(readerAfter.headline).toContain('<img src=x onerror=');
    });

    it.each(PAYLOADS.map((p) => [p.id] as const))('the reader page renders %s harmlessly', (id) => {
      expect(problemsOf(id, readerBefore, readerAfter)).toEqual([]);
    });

    it('links and loads nothing through a script URL from the record', () => {
      expect(readerAfter.residues.filter((r) => r.ids.length === 0).map((r) => r.what)).toEqual([]);
    });
  });
});

/** Works on an extension page, in Lede's own origin (where its IndexedDB lives). */
async function inLedeOrigin<R>(work: (ext: Page) => Promise<R>): Promise<R> {
  const ext = await lede.openExtensionPage('popup.html');
  try {
    return await work(ext);
  } finally {
    await ext.close();
  }
}

/** The library id of a saved URL. */
function savedIdOf(url: string): Promise<string> {
  return inLedeOrigin((ext) =>
    ext.evaluate(
      (wanted) =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('lede-library');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('articles').objectStore('articles').index('url').getKey(wanted);
            get.onsuccess = () => (get.result ? resolve(String(get.result)) : reject(new Error(`${wanted} not saved`)));
            get.onerror = () => reject(get.error);
          };
        }),
      url,
    ),
  );
}
