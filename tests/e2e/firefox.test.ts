import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { cmd } from 'web-ext-run';

// The Firefox build in Debian's Firefox ESR, headless, on a fresh profile: it installs as a
// temporary add-on (the way `web-ext run` and about:debugging load one) and its background starts.
// Not covered here: the reader itself in Firefox (no toolbar click or activeTab grant can be given
// headless through this protocol), the saved articles, the popup.
const FIREFOX_BUILD = process.env.LEDE_FIREFOX_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

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
      (await firefox.remoteFirefox.client.request<{ addons: AddonForm[] }>('listAddons')).addons.find((addon) => addon.id === addonId);
    await expect.poll(async () => (await lede())?.backgroundScriptStatus, { timeout: 20_000 }).toBe('RUNNING');
    expect(await lede()).toMatchObject({ name: messages.extName.message, temporarilyInstalled: true, warnings: [] });
  } finally {
    const firefox = runner.extensionRunners[0]?.runningInfo.firefox;
    const closed = new Promise((done) => (firefox && firefox.exitCode === null ? firefox.once('close', done) : done(null)));
    await runner.exit();
    await closed;
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
