import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article, PassRecord, TraceFields } from '@/utils/article';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { loadFixes, sameRule, setSiteRules } from '@/utils/fixes/store';
import type { SiteRule } from '@/utils/fixes/rules';
import { Reader } from '@/components/Reader';
import { Fixes } from '@/components/fixes/Fixes';
import type { FixesHost } from '@/components/fixes/useFixMode';
import { installDom, useEnglishMessages } from '../components/dom';

/**
 * Fix mode in a reader, as the overlay mounts it: the live page the rules are made from, the
 * reader's body decorated with Remove/Restore, the rules in (fake) extension storage.
 */
const PAGE = `<html><body><main>
  <article class="story">
    <h1>Harbour town votes to keep its ferry</h1>
    <p class="byline">By Anna Muster</p>
    <p>The council voted on Tuesday to keep the ferry running.</p>
    <p class="note">Tickets will cost more from June, <img src="x" onerror="alert(1)"><b>the council said</b>. Season passes keep their price.</p>
    <aside class="promo"><p>Read more: our ferry timetable for the summer</p></aside>
    <p>A second-hand vessel is to be found before the winter.</p>
    <nav class="more"><a href="/a">Ferries</a> <a href="/b">Harbours</a> <a href="/c">Council news and the latest votes in town</a>.</nav>
  </article>
  <section class="letters"><p>Letters to the editor about the ferry are welcome at any time, the paper says.</p></section>
</main></body></html>`;

const NOTE = 'Tickets will cost more from June, the council said. Season passes keep their price.';
const LETTERS = 'Letters to the editor about the ferry are welcome at any time, the paper says.';
/** What the traced reading says it removed: two passages of prose, a link list, a label, and one the reader removed. */
const PASSES: PassRecord[] = [
  { pass: 'readability', action: 'removed', why: 'note', text: NOTE, chars: NOTE.length },
  { pass: 'tail', action: 'removed', why: 'footer', text: LETTERS, chars: LETTERS.length },
  {
    pass: 'cards',
    action: 'removed',
    why: 'links',
    text: 'Ferries Harbours Council news and the latest votes in town.',
    chars: 90,
  },
  { pass: 'boilerplate', action: 'removed', why: 'label', text: 'Share.', chars: 6 },
];

const article: Article = {
  url: 'https://www.news.example/2024/05/ferry',
  title: 'Harbour town votes to keep its ferry',
  authors: ['Anna Muster'],
  teaser: [],
  content:
    '<div><div><p>The council voted on Tuesday to keep the ferry running.</p><p>Read more: our ferry timetable for the summer</p><p>A second-hand vessel is to be found before the winter.</p><p>Not on the page at all, this one.</p></div></div>',
  text: '',
  excerpt: '',
  publishedTime: null,
  siteName: 'The Harbour Post',
  leadImage: null,
  lang: 'en',
  dir: 'ltr',
  wordCount: 30,
  readingMinutes: 1,
};

const FIELDS: Partial<TraceFields> = {
  authors: {
    value: ['Anna Muster'],
    source: 'byline near the headline',
    also: [],
    candidates: [{ value: ['Harbour Post Staff'], source: 'json-ld author' }],
  },
  publishedTime: {
    value: '2024-05-02T08:30:00+02:00',
    source: 'json-ld datePublished',
    also: [],
    candidates: [{ value: '2024-04-30T12:00:00Z', source: 'meta article:modified_time' }],
  },
};

/** The article as the site's rules make it: a stored restore rule brings the note back after the first paragraph. */
async function withRestored(read: Article): Promise<Article> {
  const rules = (await loadFixes()).sites['news.example'] ?? [];
  if (!rules.some((r) => r.kind === 'restore')) return read;
  const first = '<p>The council voted on Tuesday to keep the ferry running.</p>';
  return { ...read, content: read.content.replace(first, `${first}<p>${NOTE}</p>`), text: `${read.text}\n\n${NOTE}` };
}

let host: HTMLElement;
let shown: Article;
let fixesHost: FixesHost;

beforeAll(installDom);
beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  host = document.createElement('div');
  document.body.append(host);
  shown = article;
  fixesHost = {
    page: new DOMParser().parseFromString(PAGE, 'text/html'),
    read: vi.fn(async ({ rules }: { rules: boolean }) => ({
      article: rules ? await withRestored(article) : { ...article, title: 'Without fixes' },
      trace: { passes: PASSES, fields: FIELDS },
    })),
    site: async () => 'news.example',
  };
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(report?: FixesHost['report']) {
  const draw = () =>
    render(
      <Fixes host={{ ...fixesHost, report }} article={shown} show={(next) => ((shown = next), draw())}>
        <Reader article={shown} settings={DEFAULT_SETTINGS} onSettingsChange={() => {}} />
      </Fixes>,
      host,
    );
  act(draw);
}

const button = (name: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
const removeButtons = () =>
  [...host.querySelectorAll<HTMLButtonElement>('.lede-body button')].filter(
    (b) => b.textContent === 'Remove this block',
  );
const live = () => host.querySelector('[aria-live="polite"].lede-fix-sr')?.textContent ?? '';
async function click(el: HTMLElement | undefined) {
  expect(el).toBeDefined();
  await act(async () => el!.click());
  await act(() => new Promise((done) => setTimeout(done, 0)));
}
async function pressF() {
  await act(async () => {
    document.body.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'f', bubbles: true }));
  });
}

describe('fix mode in the reader', () => {
  test('Esc closes a field’s list, not the reader, and gives focus back to the field’s button', async () => {
    mount();
    await click(button('Fix this page'));
    await click(button('Date'));
    expect(host.querySelector('.lede-fix-panel')).not.toBeNull();
    const heard = vi.fn();
    host.addEventListener('keydown', heard);
    await act(async () => {
      button('Show none')!.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(host.querySelector('.lede-fix-panel')).toBeNull();
    expect(heard).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button('Date'));
  });

  test('a site fix the guard held back is said in the bar', () => {
    mount({
      applied: 0,
      outcomes: [
        { index: 0, kind: 'remove', applied: false, reason: 'too-much-text' },
        { index: 1, kind: 'remove', applied: false, reason: 'no-match' },
      ],
    });
    expect(host.textContent).not.toContain('Site fixes applied');
    expect(host.textContent).toContain(
      'Site fixes not applied here: 1 would have taken the headline or over half of the text',
    );
  });

  test('the f key opens it: every block of the body gets a Remove button, the toggle says it is on', async () => {
    mount();
    expect(removeButtons()).toHaveLength(0);
    await pressF();
    expect(removeButtons()).toHaveLength(4);
    expect(button('Fix this page')?.getAttribute('aria-pressed')).toBe('true');
    await pressF();
    expect(removeButtons()).toHaveLength(0);
  });

  test('Remove folds the block to a stub and keeps the rule for the site; Restore deletes the rule', async () => {
    mount();
    await click(button('Fix this page'));
    // The buttons read the same; their names say which block each removes.
    const names = removeButtons().map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
    expect(names[1]).toMatch(/^Remove this block: Read more: our ferry timetable/);
    await click(removeButtons()[1]);
    const stub = host.querySelector('.lede-fix-stub');
    expect(stub?.querySelector('button')?.getAttribute('aria-label')).toMatch(/^Restore: Read more/);
    expect(stub?.textContent).toContain('Removed: Read more: our ferry timetable for the summer');
    expect((stub?.nextElementSibling as HTMLElement).hidden).toBe(true);
    expect(live()).toContain('news.example');
    const rules = (await loadFixes()).sites['news.example'];
    expect(rules).toHaveLength(1);
    expect(rules![0]).toMatchObject({ kind: 'remove', block: { tag: 'aside', classes: ['promo'] } });

    await click(button('Restore'));
    expect(host.querySelector('.lede-fix-stub')).toBeNull();
    expect(host.querySelector('.lede-body')?.textContent).toContain('Read more: our ferry timetable');
    expect((await loadFixes()).sites['news.example']).toBeUndefined();
  });

  test('a block the page does not have is said so politely, and nothing is kept', async () => {
    mount();
    await click(button('Fix this page'));
    await click(removeButtons()[3]);
    expect(live()).toBe('Lede could not find this block on the page, so nothing was kept.');
    expect(host.querySelector('.lede-fix-stub')).toBeNull();
    expect((await loadFixes()).sites).toEqual({});
  });

  test('a byline candidate picked, or "Show none", is shown at once and kept as the site’s one rule for the field', async () => {
    mount();
    await click(button('Fix this page'));
    await click(button('Byline'));
    expect(host.querySelector('.lede-fix-panel')?.textContent).toContain('Harbour Post Staff (json-ld author)');
    await click(button('Harbour Post Staff (json-ld author)'));
    expect(host.querySelector('.lede-byline')?.textContent).toContain('Harbour Post Staff');
    expect((await loadFixes()).sites['news.example']).toEqual([
      { kind: 'pick', field: 'authors', source: 'json-ld author', label: 'Harbour Post Staff' },
    ]);
    await click(button('Byline'));
    expect(button('Harbour Post Staff (json-ld author)')?.getAttribute('aria-current')).toBe('true');
    await click(button('Show none'));
    expect(host.querySelector('.lede-byline')).toBeNull();
    expect((await loadFixes()).sites['news.example']).toEqual([{ kind: 'hide', field: 'authors' }]);
  });

  test('the badge shows when the site’s fixes shaped the article, and offers it without them', async () => {
    await setSiteRules('news.example', [{ kind: 'hide', field: 'teaser' }]);
    mount();
    expect(host.textContent).not.toContain('Site fixes applied');
    mount({ applied: 1, outcomes: [{ index: 0, kind: 'hide', applied: true }] });
    expect(host.textContent).toContain('Site fixes applied');
    await click(button('Show without them'));
    expect(fixesHost.read).toHaveBeenCalledWith({ rules: false, trace: false });
    expect(host.querySelector('h1')?.textContent).toBe('Without fixes');
    expect(host.textContent).not.toContain('Site fixes applied');
    expect(host.textContent).toContain('Shown without site fixes');
    expect(document.activeElement).toBe(button('Fix this page'));
    // Only this reader: the stored rules stay.
    expect((await loadFixes()).sites['news.example']).toHaveLength(1);
  });

  test('date candidates read as the reader writes dates, each with its source', async () => {
    mount();
    await click(button('Fix this page'));
    await click(button('Date'));
    const panel = host.querySelector('.lede-fix-panel')?.textContent ?? '';
    expect(panel).toContain('May 2, 2024 (json-ld datePublished)');
    expect(panel).toContain('April 30, 2024 (meta article:modified_time)');
    expect(panel).not.toContain('2024-05-02T');
  });

  test('"Show what Lede left out" shows the removed prose in place, marked, as plain text; not link lists or labels', async () => {
    mount();
    await click(button('Fix this page'));
    expect(host.querySelector('.lede-fix-leftout')).toBeNull();
    await click(button('Show what Lede left out'));
    expect(button('Show what Lede left out')?.getAttribute('aria-pressed')).toBe('true');
    const boxes = [...host.querySelectorAll('.lede-body .lede-fix-leftout')];
    expect(boxes.map((b) => b.querySelector('p')?.textContent)).toEqual([NOTE, LETTERS]);
    const [note, letters] = boxes as [HTMLElement, HTMLElement];
    // After the block it followed on the page, and never the page's own markup.
    expect(note.previousElementSibling?.textContent).toBe('The council voted on Tuesday to keep the ferry running.');
    expect(note.querySelector('img, b')).toBeNull();
    expect(note.getAttribute('aria-label')).toBe('Left out by Lede');
    expect(note.textContent).toContain('Left out by Lede');
    // The letters box's passage followed no block of the body: it is in the list at the end.
    expect(letters.closest('.lede-fix-leftout-list')?.textContent).toContain('Also left out');
    expect(host.querySelector('.lede-body')?.textContent).not.toContain('Ferries Harbours');
    await click(button('Show what Lede left out'));
    expect(host.querySelector('.lede-fix-leftout')).toBeNull();
  });

  test('Bring back keeps a restore rule for the site and shows the passage brought back; Undo deletes the rule', async () => {
    mount();
    await click(button('Fix this page'));
    await click(button('Show what Lede left out'));
    const bring = host.querySelector<HTMLButtonElement>('.lede-fix-leftout button');
    expect(bring?.getAttribute('aria-label')).toMatch(/^Bring back: Tickets will cost more/);
    await click(bring!);
    expect(live()).toBe('Brought back. Lede keeps this passage on news.example from now on.');
    const rules = (await loadFixes()).sites['news.example'];
    expect(rules).toEqual([
      expect.objectContaining({ kind: 'restore', block: expect.objectContaining({ tag: 'p', classes: ['note'] }) }),
    ]);
    // The page read again with the rule: the passage is the body's own block, marked brought back, no longer left out.
    const mark = host.querySelector('.lede-fix-brought');
    expect(mark?.getAttribute('aria-label')).toBe('Brought back');
    expect(mark?.nextElementSibling?.textContent).toBe(NOTE);
    expect([...host.querySelectorAll('.lede-fix-leftout p')].map((p) => p.textContent)).toEqual([LETTERS]);
    expect(document.activeElement?.textContent).toBe('Undo');

    await click(button('Undo'));
    expect(live()).toBe('Undone. Lede leaves this passage out on news.example again.');
    expect((await loadFixes()).sites['news.example']).toBeUndefined();
    expect(host.querySelector('.lede-fix-brought')).toBeNull();
    expect(host.querySelector('.lede-fix-leftout')?.getAttribute('aria-label')).toBe('Left out by Lede');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Bring back: Tickets/);
  });

  test('a block removed before a Bring back keeps its stub and its Restore in the body read again', async () => {
    const READ_MORE = '<p>Read more: our ferry timetable for the summer</p>';
    // As the page's reading does: a stored remove rule takes its block out, unless the reader's own.
    fixesHost.read = vi.fn(async ({ except = [] }: { rules: boolean; except?: readonly SiteRule[] }) => {
      const read = await withRestored(article);
      const rules = (await loadFixes()).sites['news.example'] ?? [];
      const removing = rules.some((r) => r.kind === 'remove' && !except.some((e) => sameRule(e, r)));
      return {
        article: removing ? { ...read, content: read.content.replace(READ_MORE, '') } : read,
        trace: { passes: PASSES, fields: FIELDS },
      };
    });
    mount();
    await click(button('Fix this page'));
    await click(removeButtons()[1]);
    await click(button('Show what Lede left out'));
    await click(host.querySelector<HTMLButtonElement>('.lede-fix-leftout button')!);
    expect(host.querySelector('.lede-fix-brought')?.nextElementSibling?.textContent).toBe(NOTE);
    const stub = host.querySelector('.lede-fix-stub');
    expect(stub?.textContent).toContain('Removed: Read more: our ferry timetable for the summer');
    expect((stub?.nextElementSibling as HTMLElement).hidden).toBe(true);

    await click(button('Restore'));
    expect(host.querySelector('.lede-fix-stub')).toBeNull();
    expect(host.querySelector('.lede-body')?.textContent).toContain('Read more: our ferry timetable');
    expect((await loadFixes()).sites['news.example']).toEqual([expect.objectContaining({ kind: 'restore' })]);
  });

  test('a rule that brings nothing back on this page is said so politely, and not kept', async () => {
    fixesHost.read = vi.fn(async () => ({ article, trace: { passes: PASSES, fields: FIELDS } }));
    mount();
    await click(button('Fix this page'));
    await click(button('Show what Lede left out'));
    await click(host.querySelector<HTMLButtonElement>('.lede-fix-leftout button')!);
    expect(live()).toBe('Lede could not bring this passage back on this page, so nothing was kept.');
    expect((await loadFixes()).sites).toEqual({});
    expect(host.querySelector('.lede-fix-brought')).toBeNull();
  });

  test('a passage the page no longer has is said so politely, and nothing is kept', async () => {
    mount();
    await click(button('Fix this page'));
    await click(button('Show what Lede left out'));
    fixesHost.page.querySelector('.note')?.remove();
    await click(host.querySelector<HTMLButtonElement>('.lede-fix-leftout button')!);
    expect(live()).toBe('Lede could not find this passage on the page, so nothing was kept.');
    expect((await loadFixes()).sites).toEqual({});
    expect(host.querySelector('.lede-fix-brought')).toBeNull();
  });
});
