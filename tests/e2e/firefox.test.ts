import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { cmd } from 'web-ext-run';
import { FIREFOX, FIREFOX_BUILD, launchFirefoxLede } from './harness-firefox';
import { startServer } from './server';
import { normalise } from './overlay-helpers';

// The Firefox build in Debian's Firefox ESR, headless, each test on a fresh profile: it installs
// as a temporary add-on (the way `web-ext run` and about:debugging load one), its background
// starts, and the toolbar action opens and closes the reader on a page.
// Not covered in Firefox: a literal mouse click on the button (the action is triggered the way
// Firefox runs it for a click or the shortcut), the keyboard shortcut's binding, context menus,
// saving and the saved-articles popup; Chromium's tests cover those paths of the shared code.

/** What Firefox's add-on list (about:debugging) says of an add-on. */
interface AddonForm {
  id: string;
  name: string;
  temporarilyInstalled: boolean;
  backgroundScriptStatus?: string;
  warnings: string[];
}

test('the Firefox build installs in Firefox ESR without warnings and its background runs', async () => {
  const manifest = JSON.parse(await readFile(resolve(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const messages = JSON.parse(await readFile(resolve(FIREFOX_BUILD, '_locales/en/messages.json'), 'utf8')) as {
    extName: { message: string };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;

  // A fresh profile of our own: web-ext-run's temporary one is only removed when Node exits.
  const profile = await mkdtemp(join(tmpdir(), 'lede-firefox-'));
  // Rejects on any install error (a manifest key Firefox refuses, a missing file...).
  const runner = await cmd
    .run(
      {
        sourceDir: FIREFOX_BUILD,
        target: ['firefox-desktop'],
        firefox: FIREFOX,
        firefoxProfile: profile,
        keepProfileChanges: true,
        noReload: true,
        noInput: true,
        args: ['-headless'],
      },
      { shouldExitProgram: false },
    )
    .catch(async (error: unknown) => {
      await rm(profile, { recursive: true, force: true });
      throw error;
    });
  try {
    const [firefox] = runner.extensionRunners;
    if (!firefox) throw new Error('web-ext-run started no Firefox');
    expect([...firefox.reloadableExtensions.values()]).toEqual([addonId]);

    // MV3 background in Firefox is an event page: RUNNING once it has loaded without throwing.
    const lede = async () =>
      (await firefox.remoteFirefox.client.request<{ addons: AddonForm[] }>('listAddons')).addons.find(
        (addon) => addon.id === addonId,
      );
    await expect.poll(async () => (await lede())?.backgroundScriptStatus, { timeout: 20_000 }).toBe('RUNNING');
    expect(await lede()).toMatchObject({ name: messages.extName.message, temporarilyInstalled: true, warnings: [] });
  } finally {
    const firefox = runner.extensionRunners[0]?.runningInfo.firefox;
    const closed = new Promise((done) =>
      firefox && firefox.exitCode === null ? firefox.once('close', done) : done(null),
    );
    await runner.exit();
    await closed;
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

test('in Firefox the toolbar action opens the reader with the article, and again closes it leaving the page as it was', async () => {
  const expected = JSON.parse(
    await readFile(resolve(import.meta.dirname, '../../../shared/seed/seed-article.rich.expected.json'), 'utf8'),
  ) as {
    title: string;
    authors: string[];
    teaser: string[];
  };
  const server = await startServer();
  const firefox = await launchFirefoxLede();
  try {
    await firefox.navigate(server.url('shared', 'seed/seed-article.rich.html'));
    const pageHtml = () => firefox.inPage<string>('return document.documentElement.outerHTML;');
    await firefox.inPage('window.scrollTo(0, 300);');
    const before = await pageHtml();

    // Read through the prototype and the open shadow root, as the Chromium tests do.
    const readOverlay = () =>
      firefox.inPage<{ count: number; headline: string; byline: string; teaser: string[] } | null>(`
        const hosts = Document.prototype.getElementsByTagName.call(document, 'lede-reader');
        const root = hosts[0] && hosts[0].shadowRoot;
        const headline = root && root.querySelector('article h1');
        if (!headline) return null;
        return {
          count: hosts.length,
          headline: headline.textContent.trim(),
          byline: (root.querySelector('.lede-byline')?.textContent ?? '').trim(),
          teaser: [...root.querySelectorAll('.lede-teaser li')].map((li) => li.textContent.trim()),
        };`);
    await firefox.triggerAction();
    await expect.poll(readOverlay, { timeout: 20_000 }).not.toBeNull();
    const view = await readOverlay();
    expect(view?.count).toBe(1);
    expect(normalise(view?.headline ?? '')).toBe(normalise(expected.title));
    for (const author of expected.authors) expect(view?.byline).toContain(author);
    expect(view?.teaser.map(normalise)).toEqual(expected.teaser.map(normalise));

    // Reading on past the article's end, by wheel and by key, leaves the page where it was.
    await painted(firefox);
    await firefox.input({ wheelTurns: 20, keys: Array(10).fill(PAGE_DOWN) });
    expect(await overlayScrollTop(firefox)).toBeGreaterThan(0);
    expect(await firefox.inPage<number>('return window.scrollY;')).toBe(300);

    await firefox.triggerAction();
    await expect
      .poll(() =>
        firefox.inPage<number>("return Document.prototype.getElementsByTagName.call(document, 'lede-reader').length;"),
      )
      .toBe(0);
    expect(await pageHtml()).toBe(before);
  } finally {
    await firefox.close();
    await server.close();
  }
});

test('in Firefox the page does not scroll behind a message that has nothing to scroll', async () => {
  const server = await startServer();
  const firefox = await launchFirefoxLede();
  try {
    await firefox.navigate(server.url('pages', 'no-article.html'));
    // Tall enough to scroll, so a wheel turn that leaks through would move it.
    await firefox.inPage('document.body.style.minHeight = "5000px"; window.scrollTo(0, 300);');
    await firefox.triggerAction();
    await expect
      .poll(
        () =>
          firefox.inPage<boolean>(`
      const root = Document.prototype.getElementsByTagName.call(document, 'lede-reader')[0]?.shadowRoot;
      return Boolean(root && root.getElementById('lede-message-title'));`),
        { timeout: 20_000 },
      )
      .toBe(true);
    await painted(firefox);
    await firefox.input({ wheelTurns: 20, keys: Array(10).fill(PAGE_DOWN) });
    expect(await firefox.inPage<number>('return window.scrollY;')).toBe(300);
  } finally {
    await firefox.close();
    await server.close();
  }
});

/**
 * Firefox hit-tests wheel events on the compositor, from what was last painted: input sent the
 * moment the overlay is in the DOM would still land on the page, faster than any reader can turn
 * a wheel. Two frames later the overlay is what is on screen.
 */
function painted(firefox: Awaited<ReturnType<typeof launchFirefoxLede>>): Promise<void> {
  return firefox.inPage(
    'return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));',
  );
}

/** WebDriver's key value for PageDown. */
const PAGE_DOWN = '\uE00F';

function overlayScrollTop(firefox: Awaited<ReturnType<typeof launchFirefoxLede>>): Promise<number> {
  return firefox.inPage<number>(
    "return Document.prototype.getElementsByTagName.call(document, 'lede-reader')[0].shadowRoot.querySelector('dialog').scrollTop;",
  );
}
