import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  inOverlay,
  removeBlockHolding,
  readOverlay,
  seriousViolations,
  useLede,
  waitForNoOverlay,
  waitForOverlay,
} from './overlay-helpers';

/**
 * Site fixes in the browser (issue 16): rules for a site, imported on the Site fixes page, shape
 * the next article opened on that site; deleting a rule there undoes it. Fix mode makes such rules
 * from the reader. Two real articles of one publisher, served from one host, are "the site".
 */
const suite = useLede();

const ARTICLE = 'corpus/fundus-open/html/de/NTV_2024_08_05.html.gz';
const CAPTION = 'Ein olympisches Phänomen: Kevin Durant.';
const RULES = {
  format: 'lede-site-fixes',
  version: 1,
  sites: {
    // What a rule made on the publisher's OTHER article (NTV_2023_04_28) looks like: see tests/unit/fixes.
    '127.0.0.1': [
      {
        kind: 'remove',
        block: {
          tag: 'p',
          classes: ['article__aside__caption'],
          landmark: 'article.article',
          path: ['figcaption', 'figure'],
          side: 'after-headline',
        },
        label: 'Rätselhafte Malereien von Neo Rauch',
      },
      { kind: 'hide', field: 'authors' },
      { kind: 'launch', missiles: true },
    ],
  },
};

async function axeSerious(page: Page): Promise<string[]> {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(o: object): Promise<{ violations: { id: string; impact: string }[] }> };
    };
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

async function readerOn(path: string): Promise<{ page: Page; body: string; byline: string }> {
  const page = await suite.openReader(path);
  const view = await readOverlay(page);
  return { page, body: view.bodyText, byline: view.byline };
}

test('imported site fixes shape the site’s next article; the Site fixes page lists and deletes them', async () => {
  const plain = await readerOn(ARTICLE);
  expect(plain.body).toContain(CAPTION);
  expect(plain.byline).toContain('Seb Dumitru');
  await plain.page.close();

  const options = await suite.lede.openExtensionPage('options.html');
  await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('Site fixes');
  await options.locator('input[type=file]').setInputFiles({
    name: 'rules.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(RULES)),
  });
  const status = options.getByRole('status');
  await expect.poll(() => status.textContent()).toContain('Imported 2 rules.');
  expect(await status.textContent()).toContain('127.0.0.1 rule 3: unknown kind of rule');
  const site = options.getByRole('region', { name: 'On 127.0.0.1' });
  expect(await site.locator('li span').allTextContents()).toEqual([
    'remove the block “Rätselhafte Malereien von Neo Rauch” (p.article__aside__caption)',
    'hide the byline',
  ]);
  expect(await axeSerious(options)).toEqual([]);

  const fixed = await readerOn(ARTICLE);
  expect(fixed.body).not.toContain(CAPTION);
  expect(fixed.body).toContain('Nach 18 spannenden Vorrundenpartien');
  expect(fixed.byline).toBe('');
  await suite.lede.clickToolbarButton(fixed.page);
  await waitForNoOverlay(fixed.page);
  await fixed.page.close();

  await site.getByRole('button', { name: /^Delete the rule: remove the block/ }).click();
  await expect.poll(() => site.locator('li').count()).toBe(1);
  const undone = await readerOn(ARTICLE);
  expect(undone.body).toContain(CAPTION);
  expect(undone.byline).toBe('');
  await undone.page.close();

  await deleteAllSiteFixes(options);
  const restored = await readerOn(ARTICLE);
  expect(restored.byline).toContain('Seb Dumitru');
  await waitForOverlay(restored.page);
  await restored.page.close();
  await options.close();
});

const PAGE_A = 'corpus/fundus-open/html/de/NTV_2023_04_28.html.gz';
const CAPTION_A = 'Rätselhafte Malereien von Neo Rauch';

/** The saved articles, straight from the library's IndexedDB in the background. */
function savedArticles(): Promise<{ title: string; content: string; text: string; authors: string[] }[]> {
  return suite.lede.inWorker(`new Promise((done) => {
    const open = indexedDB.open('lede-library');
    open.onsuccess = () => {
      const all = open.result.transaction('articles').objectStore('articles').getAll();
      all.onsuccess = () => done(all.result.map((record) => record.article));
    };
  })`);
}

/** The stub texts and the polite announcement fix mode shows in the overlay. */
/** "Delete all site fixes" on the Site fixes page, confirmed, until the page says there are none. */
async function deleteAllSiteFixes(options: Page): Promise<void> {
  options.once('dialog', (dialog) => void dialog.accept());
  await options.getByRole('button', { name: 'Delete all site fixes' }).click();
  await expect.poll(() => options.getByText('No site fixes yet.', { exact: false }).count()).toBe(1);
}

/** On a Site fixes page of its own: all site fixes deleted, after it listed `listed` rules for 127.0.0.1. */
async function clearSiteFixes(listed?: number): Promise<void> {
  const options = await suite.lede.openExtensionPage('options.html');
  if (listed !== undefined) {
    const site = options.getByRole('region', { name: 'On 127.0.0.1' });
    await expect.poll(() => site.locator('li').count()).toBe(listed);
  }
  await deleteAllSiteFixes(options);
  await options.close();
}

async function fixView(page: Page): Promise<{ stubs: string[]; said: string; badge: string }> {
  return inOverlay(page, (root) => ({
    stubs: [...root.querySelectorAll('.lede-fix-stub')].map((s) => s.textContent?.trim() ?? ''),
    said: root.querySelector('.lede-fix-sr')?.textContent?.trim() ?? '',
    badge: [...root.querySelectorAll('.lede-fix-badge')].map((b) => b.textContent?.trim() ?? '').join(' | '),
  }));
}

test('fix mode: a block removed and the byline hidden on one article are fixed on the site’s next one, until the rules are deleted', async () => {
  const a = await suite.openReader(PAGE_A);
  expect((await readOverlay(a)).bodyText).toContain(CAPTION_A);
  const overlay = a.locator('lede-reader');
  expect(await overlay.getByRole('button', { name: 'Remove this block' }).count()).toBe(0);
  await a.keyboard.press('f');
  await expect.poll(() => overlay.getByRole('button', { name: 'Remove this block' }).count()).toBeGreaterThan(3);
  expect(await overlay.getByRole('button', { name: 'Fix this page' }).getAttribute('aria-pressed')).toBe('true');

  // The Remove button right before the block with the picture's caption.
  await removeBlockHolding(a, 'Rätselhafte Malereien von Neo Rauch');
  await expect.poll(async () => (await fixView(a)).stubs).toEqual([expect.stringContaining(`Removed: ${CAPTION_A}`)]);
  expect((await fixView(a)).said).toBe('Removed. Lede leaves this block out on 127.0.0.1 from now on.');
  // Restore is where the keyboard is, so an accidental removal is one Enter away from undone.
  expect(await overlay.getByRole('button', { name: 'Restore' }).evaluate((b) => b.matches(':focus'))).toBe(true);

  await overlay.getByRole('button', { name: 'Byline' }).click();
  const panel = overlay.getByRole('group', { name: 'Byline' });
  expect(await panel.textContent()).toContain('Juliane Rohr (json-ld author)');
  expect(await seriousViolations(a)).toEqual([]);
  await panel.getByRole('button', { name: 'Show none' }).click();
  await expect.poll(async () => (await readOverlay(a)).byline).toBe('');
  // Saved now, the copy is the fixed article: the removed block is not only folded on screen.
  await a.keyboard.press('s');
  await expect.poll(async () => (await savedArticles()).length).toBe(1);
  const [saved] = await savedArticles();
  expect(saved!.content).not.toContain(CAPTION_A);
  expect(saved!.authors).toEqual([]);
  expect(saved!.text.length).toBeGreaterThan(1000);
  await a.close();

  const b = await suite.openReader(ARTICLE);
  const fixed = await readOverlay(b);
  expect(fixed.bodyText).not.toContain(CAPTION);
  expect(fixed.bodyText).toContain('Nach 18 spannenden Vorrundenpartien');
  expect(fixed.byline).toBe('');
  expect((await fixView(b)).badge).toBe('Site fixes applied Show without them');
  expect(await seriousViolations(b)).toEqual([]);
  // Without them, in this reader only.
  await b.locator('lede-reader').getByRole('button', { name: 'Show without them' }).click();
  await expect.poll(async () => (await readOverlay(b)).byline).toContain('Seb Dumitru');
  const without = await readOverlay(b);
  expect(without.bodyText).toContain(CAPTION);
  expect((await fixView(b)).badge).toBe('Shown without site fixes');
  await b.close();

  await clearSiteFixes(2);

  const again = await suite.openReader(ARTICLE);
  const plain = await readOverlay(again);
  expect(plain.bodyText).toContain(CAPTION);
  expect(plain.byline).toContain('Seb Dumitru');
  expect((await fixView(again)).badge).toBe('');
  // Read again under the open reader, the page gave the same article as read before it opened.
  expect(without.bodyText).toBe(plain.bodyText);
  expect(without.headline).toBe(plain.headline);
  await again.close();
});

const PAGE_LEFT_OUT = 'corpus/fundus-open/html/de/Tagesspiegel_2024_04_29.html.gz';
// A box of the article set in a side column: Readability leaves it out, the trace records it.
const PASSAGE = 'Während am 6. April in Deutschland mit 30,1 Grad ein neuer Rekord';
// The box's next paragraph, left out with it.
const OTHER_PASSAGE = 'Aber auch Kälterekorde wurden registriert';

/** The body's own text, without fix mode's controls and the left-out passages it shows. */
function ownBodyText(page: Page): Promise<string> {
  return inOverlay(page, (root) => {
    const body = root.querySelector('.lede-body')?.cloneNode(true) as HTMLElement | undefined;
    for (const control of body?.querySelectorAll('.lede-fix-control') ?? []) control.remove();
    return body?.textContent ?? '';
  });
}

test('fix mode: a passage Lede left out is shown, brought back into the body, saved with it, and there on the next reading', async () => {
  const a = await suite.openReader(PAGE_LEFT_OUT);
  const { headline } = await readOverlay(a);
  expect(await ownBodyText(a)).not.toContain(PASSAGE);
  const overlay = a.locator('lede-reader');
  await a.keyboard.press('f');
  const show = overlay.getByRole('button', { name: 'Show what Lede left out' });
  await show.click();
  expect(await show.getAttribute('aria-pressed')).toBe('true');
  const box = overlay.getByRole('group', { name: 'Left out by Lede' }).filter({ hasText: PASSAGE });
  await expect.poll(() => box.count()).toBe(1);
  expect(await seriousViolations(a)).toEqual([]);

  await box.getByRole('button', { name: /^Bring back: / }).click();
  // The box's other paragraph has the same structure, so the one rule brings it back too: it is
  // marked with its own Undo rather than leaving the list unmarked.
  await expect
    .poll(async () => (await fixView(a)).said)
    .toBe(
      'Brought back, with 1 more passages of the same kind: one rule keeps them all on 127.0.0.1 from now on, and Undo takes them all out again.',
    );
  expect(await ownBodyText(a)).toContain(PASSAGE);
  expect(await ownBodyText(a)).toContain(OTHER_PASSAGE);
  expect(await overlay.getByRole('group', { name: 'Left out by Lede' }).count()).toBe(0);
  expect(await overlay.getByRole('group', { name: 'Brought back' }).count()).toBe(2);
  const undo = overlay.getByRole('button', { name: /^Undo bringing back: Während am 6\. April/ });
  expect(await undo.evaluate((b) => b.matches(':focus'))).toBe(true);

  // Saved now, the copy has the passage: the page is read again with the site's rules.
  const before = (await savedArticles()).length;
  await a.keyboard.press('s');
  await expect.poll(async () => (await savedArticles()).length).toBe(before + 1);
  const saved = (await savedArticles()).find((article) => article.title === headline);
  expect(saved?.text).toContain(PASSAGE);
  await a.close();

  const again = await suite.openReader(PAGE_LEFT_OUT);
  expect(await ownBodyText(again)).toContain(PASSAGE);
  await again.close();

  const options = await suite.lede.openExtensionPage('options.html');
  const site = options.getByRole('region', { name: 'On 127.0.0.1' });
  // The rule is listed in words with the site's others.
  await expect
    .poll(() => site.locator('li span').allTextContents())
    .toContainEqual(expect.stringMatching(/^bring back the block “/));
  await deleteAllSiteFixes(options);
  await options.close();
});

/**
 * Whether the reader's body shows the gallery teaser of the n-tv article, a picture with no text of
 * its own (by its file name, whatever size it is served at; the probe runs in the page, so the name
 * is written in it).
 */
function showsPicture(page: Page): Promise<boolean> {
  return inOverlay(page, (root) =>
    [...(root.querySelector('.lede-body')?.querySelectorAll('img') ?? [])].some(
      (img) => !img.closest('[hidden]') && (img.getAttribute('src') ?? '').includes('imago1048265324h'),
    ),
  );
}

test('fix mode: a block that is only a picture has Remove too, and stays out of the site’s next reading', async () => {
  const a = await suite.openReader(ARTICLE);
  expect(await showsPicture(a)).toBe(true);
  const overlay = a.locator('lede-reader');
  await a.keyboard.press('f');
  const remove = overlay.getByRole('button', { name: 'Remove this block: Picture: Die Enttäuschung ist groß.' });
  await expect.poll(() => remove.count()).toBe(1);
  await remove.click();
  await expect
    .poll(async () => (await fixView(a)).stubs)
    .toEqual([expect.stringContaining('Removed: Picture: Die Enttäuschung ist groß.')]);
  expect(await showsPicture(a)).toBe(false);
  await a.close();

  const again = await suite.openReader(ARTICLE);
  expect(await showsPicture(again)).toBe(false);
  expect((await readOverlay(again)).bodyText).toContain('Nach 18 spannenden Vorrundenpartien');
  expect((await fixView(again)).badge).toBe('Site fixes applied Show without them');
  await again.close();

  await clearSiteFixes();
});

test('fix mode: another headline picked on one article is the headline of the site’s next one, until the rule is deleted', async () => {
  const a = await suite.openReader(PAGE_A);
  expect((await readOverlay(a)).headline).toBe('Judy Lybke, ganz und gar nicht eigenartig');
  const overlay = a.locator('lede-reader');
  await a.keyboard.press('f');
  const button = overlay.getByRole('button', { name: 'Headline' });
  await expect.poll(() => button.count()).toBe(1);
  await button.click();
  const panel = overlay.getByRole('group', { name: 'Headline' });
  // The page's own headline with its kicker; `<title>`'s copy of it with the site's name is the same one.
  expect(await panel.getByRole('button').allTextContents()).toEqual([
    'Judy Lybke, ganz und gar nicht eigenartig (h1)',
    'Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig (json-ld headline)',
  ]);
  expect(await seriousViolations(a)).toEqual([]);
  await panel.getByRole('button', { name: /json-ld headline/ }).click();
  await expect
    .poll(async () => (await readOverlay(a)).headline)
    .toBe('Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig');
  await a.close();

  const b = await suite.openReader(ARTICLE);
  expect((await readOverlay(b)).headline).toBe(
    'Olympische Spiele: Deutscher Basketball-Aggressor beeindruckt, Frankreich zerfetzt sich',
  );
  expect((await fixView(b)).badge).toBe('Site fixes applied Show without them');
  await b.close();

  const options = await suite.lede.openExtensionPage('options.html');
  const site = options.getByRole('region', { name: 'On 127.0.0.1' });
  await expect.poll(() => site.locator('li').count()).toBe(1);
  await site.getByRole('button', { name: /^Delete the rule: / }).click();
  await expect.poll(() => options.getByText('No site fixes yet.', { exact: false }).count()).toBe(1);
  await options.close();

  const again = await suite.openReader(ARTICLE);
  expect((await readOverlay(again)).headline).toBe('Deutscher Aggressor beeindruckt, Frankreich hadert');
  expect((await fixView(again)).badge).toBe('');
  await again.close();
});

// A site whose CMS credits the uploader in its JSON-LD on every article, and prints the writer's name under the headline.
const HARBOUR_A = 'harbour/ferry.html';
const HARBOUR_B = 'harbour/lighthouse.html';
const NEWSLETTER = 'Read all our reporting on the islands in our weekly newsletter';

test('fix mode: a block removed and another author picked on one article are fixed on the site’s next one, until the rules are deleted', async () => {
  const a = await suite.openReader(HARBOUR_A, 'pages');
  const before = await readOverlay(a);
  expect(before.byline).toContain('Max Uploader');
  expect(before.bodyText).toContain(NEWSLETTER);
  const overlay = a.locator('lede-reader');
  await a.keyboard.press('f');
  await expect.poll(() => overlay.getByRole('button', { name: 'Remove this block' }).count()).toBeGreaterThan(3);
  await removeBlockHolding(a, 'in our weekly newsletter');
  await expect
    .poll(async () => (await fixView(a)).stubs)
    .toEqual([expect.stringContaining('Removed: Read all our reporting on the islands')]);

  await overlay.getByRole('button', { name: 'Byline' }).click();
  const panel = overlay.getByRole('group', { name: 'Byline' });
  await panel.getByRole('button', { name: 'Anna Muster (byline near the headline)' }).click();
  await expect.poll(async () => (await readOverlay(a)).byline).toContain('Anna Muster');
  expect((await readOverlay(a)).byline).not.toContain('Max Uploader');
  await a.close();

  const b = await suite.openReader(HARBOUR_B, 'pages');
  const fixed = await readOverlay(b);
  expect(fixed.byline).toContain('Lena Roth');
  expect(fixed.byline).not.toContain('Max Uploader');
  expect(fixed.bodyText).not.toContain(NEWSLETTER);
  expect(fixed.bodyText).toContain('The last keeper');
  expect((await fixView(b)).badge).toBe('Site fixes applied Show without them');
  await b.close();

  await clearSiteFixes(2);

  const again = await suite.openReader(HARBOUR_B, 'pages');
  const plain = await readOverlay(again);
  expect(plain.byline).toContain('Max Uploader');
  expect(plain.bodyText).toContain(NEWSLETTER);
  expect((await fixView(again)).badge).toBe('');
  await again.close();
});
