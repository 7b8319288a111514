import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchLede, type LedeBrowser } from './harness';
import {
  CAPTION,
  DESCRIPTION,
  openSavedCopy,
  saveFromOverlay,
  startPictureSite,
  type PictureSite,
} from './pictures-site';

// Without the optional host permission (Lede as installed), a saved copy's pictures are not
// kept: offline, each shows as a quiet placeholder with its caption or description, never as a
// broken-image icon, and the saved page asks the web for nothing.
let lede: LedeBrowser;
let server: PictureSite;

beforeAll(async () => {
  server = await startPictureSite();
  lede = await launchLede();
});
afterAll(async () => {
  await lede?.close();
  await server?.stop().catch(() => undefined);
});

describe('pictures not kept', () => {
  test('show as placeholders with their caption, offline', async () => {
    expect(await lede.inWorker<boolean>(`chrome.permissions.contains({ origins: ['<all_urls>'] })`)).toBe(false);
    await saveFromOverlay(lede, server.articleUrl);
    await server.stop();

    const { reader } = await openSavedCopy(lede);
    const requests: string[] = [];
    reader.on('request', (request) => requests.push(request.url()));
    expect(await reader.locator('.lede-body img').count()).toBe(0);
    const placeholders = await reader.locator('.lede-picture-missing').allTextContents();
    expect(placeholders).toEqual(['Picture not saved', 'Picture not saved', `Picture not saved: ${DESCRIPTION}`]);
    expect(await reader.textContent('.lede-body figcaption')).toBe(CAPTION);
    await reader.reload();
    await reader.waitForSelector('.lede-picture-missing');
    expect(requests.filter((url) => url.startsWith('http'))).toEqual([]);
  });
});
