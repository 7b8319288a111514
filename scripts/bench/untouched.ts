import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, launchLede, settle, type StaticServer } from '../../tests/e2e/harness';
import { closeQuietly } from './quiet';

export interface UntouchedFigures {
  /** The sum of the counts below, over every page: what Lede adds to a page never opened in it. */
  untouchedPageCost: number;
  /** JS worlds of an extension created in the pages (a content script runs in one). */
  extensionWorlds: number;
  /** `chrome.scripting.getRegisteredContentScripts()` and the manifest's `content_scripts`. */
  registeredContentScripts: number;
  manifestContentScripts: number;
  /** Elements (shadow trees included) and event listeners beyond those of the same page without Lede. */
  addedNodes: number;
  addedListeners: number;
  pages: number;
}

interface PageCensus {
  extensionWorlds: number;
  nodes: number;
  listeners: number;
}

/**
 * Loads each page in Chromium with Lede installed and in the same Chromium without it, and
 * counts what differs: worlds created by an extension (every content script, however small,
 * needs one), elements in the DOM including shadow trees, and event listeners on the window,
 * the document and every node. Content scripts registered or declared for any page count too.
 */
export async function benchUntouched(server: StaticServer, urls: string[]): Promise<UntouchedFigures> {
  const lede = await launchLede();
  const plain = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const worker = await lede.serviceWorker();
    const registered = await worker.evaluate<number>(
      'chrome.scripting.getRegisteredContentScripts().then((s) => s.length)',
    );
    const declared = await worker.evaluate<number>('(chrome.runtime.getManifest().content_scripts || []).length');
    const plainContext = await plain.newContext();
    let extensionWorlds = 0;
    let addedNodes = 0;
    let addedListeners = 0;
    for (const url of urls) {
      const withLede = await census(lede.context, url);
      const without = await census(plainContext, url);
      extensionWorlds += withLede.extensionWorlds;
      addedNodes += Math.max(0, withLede.nodes - without.nodes);
      addedListeners += Math.max(0, withLede.listeners - without.listeners);
    }
    return {
      untouchedPageCost: extensionWorlds + registered + declared + addedNodes + addedListeners,
      extensionWorlds,
      registeredContentScripts: registered,
      manifestContentScripts: declared,
      addedNodes,
      addedListeners,
      pages: urls.length,
    };
  } finally {
    await plain.close();
    await closeQuietly(lede);
  }
}

/** A string, not a function: tsx's name-keeping helpers do not exist in the page. */
const ELEMENTS_IN_ALL_TREES = `(() => {
  const count = (root) => Array.from(root.querySelectorAll('*')).reduce((n, el) => n + 1 + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
  return count(document);
})()`;

async function census(context: BrowserContext, url: string): Promise<PageCensus> {
  const page: Page = await context.newPage();
  const session = await context.newCDPSession(page);
  const worlds: Array<{ origin: string; auxData?: { type?: string } }> = [];
  session.on('Runtime.executionContextCreated', ({ context: created }) => worlds.push(created));
  await session.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  // Give a content script declared for document_idle time to arrive.
  await page.waitForTimeout(500);
  const nodes = await page.evaluate<number>(ELEMENTS_IN_ALL_TREES);
  const { result } = await session.send('Runtime.evaluate', { expression: 'document' });
  const { result: win } = await session.send('Runtime.evaluate', { expression: 'window' });
  const onDocument = await session.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId!,
    depth: -1,
    pierce: true,
  });
  const onWindow = await session.send('DOMDebugger.getEventListeners', { objectId: win.objectId! });
  await session.detach();
  await page.close();
  return {
    extensionWorlds: worlds.filter((w) => w.origin.startsWith('chrome-extension://')).length,
    nodes,
    listeners: onDocument.listeners.length + onWindow.listeners.length,
  };
}
