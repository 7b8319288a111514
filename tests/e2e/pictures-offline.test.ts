import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// Pictures kept for offline reading, end to end. The optional host permission is granted the
// only way a test can without a person to click the browser's prompt: a copy of the build whose
// manifest already holds it, as if the user had said yes. (Unticking it is the browser's own
// `permissions.remove`; pictures-placeholder.test.ts covers a Lede without the permission.)
const BUILD = process.env.LEDE_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');
const granted = mkdtempSync(join(tmpdir(), 'lede-pictures-'));
cpSync(BUILD, granted, { recursive: true });
const manifest = JSON.parse(readFileSync(join(granted, 'manifest.json'), 'utf8')) as Record<string, string[]>;
manifest.host_permissions = [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
delete manifest.optional_host_permissions;
writeFileSync(join(granted, 'manifest.json'), JSON.stringify(manifest));
process.env.LEDE_EXTENSION_DIR = granted;
// The harness reads the build's folder as it loads: only now.
const { launchLede } = await import('./harness');
const site = await import('./pictures-site');

let lede: Awaited<ReturnType<typeof launchLede>>;
let server: Awaited<ReturnType<typeof site.startPictureSite>>;

beforeAll(async () => {
  server = await site.startPictureSite();
  lede = await launchLede();
});
afterAll(async () => {
  await lede?.close();
  await server?.stop().catch(() => undefined);
  rmSync(granted, { recursive: true, force: true });
});

describe('pictures kept with a saved article', () => {
  test('show from the library with the server gone, and the HTML export embeds them', async () => {
    expect(await lede.inWorker<boolean>(`chrome.permissions.contains({ origins: ['<all_urls>'] })`)).toBe(true);
    await site.saveFromOverlay(lede, server.articleUrl);
    const probe = await lede.openExtensionPage('popup.html');
    // The save answers first; the pictures follow from the service worker.
    await expect.poll(() => site.storedPictureCount(probe), { timeout: 30_000 }).toBe(3);
    await probe.close();

    await server.stop();
    const { reader } = await site.openSavedCopy(lede);
    await reader.waitForFunction(() => {
      const images = [...document.querySelectorAll<HTMLImageElement>('.lede-body img')];
      return images.length > 0 && images.every((img) => img.complete);
    });
    const images = await reader.$$eval('.lede-body img', (all) =>
      (all as HTMLImageElement[]).map((img) => ({ scheme: new URL(img.src).protocol, width: img.naturalWidth })),
    );
    // The lead picture once, the captioned figure, the described picture: all decoded, none from the web.
    expect(images).toHaveLength(3);
    for (const image of images) {
      expect(image.scheme).toBe('blob:');
      expect(image.width).toBeGreaterThan(0);
    }
    expect(await reader.locator('.lede-picture-missing').count()).toBe(0);
    expect(await reader.textContent('.lede-body')).toContain(site.CAPTION);

    const [download] = await Promise.all([
      reader.waitForEvent('download'),
      reader.getByRole('button', { name: 'Export as HTML' }).click(),
    ]);
    const html = await readFile((await download.path())!, 'utf8');
    expect(html.match(/<img[^>]+src="data:image\/png;base64,/g)).toHaveLength(3);
    expect(html).not.toMatch(/<img[^>]+src="http/);
  });
});
