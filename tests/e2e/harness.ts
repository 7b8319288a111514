import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export { startServer, type StaticServer } from './server';

/** The unpacked Chrome build; `npm test` builds it first (`npm run build` while developing). */
// LEDE_EXTENSION_DIR lets a developer test a build made elsewhere while others rebuild .output.
export const EXTENSION_DIR = process.env.LEDE_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LedeBrowser {
  browser: Browser;
  context: BrowserContext;
  extensionId: string;
  /** A browser-level CDP session (targets, `Extensions.*`). */
  cdp: CDPSession;
  /** Kept when passed to `launchLede`, so a second launch can reuse the profile. */
  userDataDir: string;
  /** The extension's service worker, to call extension APIs from a test. */
  serviceWorker(): Promise<Worker>;
  /**
   * Evaluates an expression (a string, so the test transpiler adds no helpers the worker lacks)
   * in the service worker, where `chrome.*` is available; promises are awaited.
   */
  inWorker<T>(expression: string): Promise<T>;
  /** A new tab; with `url`, navigated and settled (see `settle`). */
  newPage(url?: string): Promise<Page>;
  /** An extension page such as `popup.html` or `reader.html?id=…`, in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** A real toolbar-button click (grants activeTab like a user's click). */
  clickToolbarButton(page: Page): Promise<void>;
  /** Sends a key chord as raw CDP key events, which reach extension commands. */
  pressShortcut(page: Page, chord: string): Promise<void>;
  /**
   * Reloads the extension from its folder, as an update does: the old service worker and content
   * scripts lose their extension context ("Extension context invalidated"). Resolves once the new
   * service worker answers.
   */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Launches Debian Chromium, headless, on a fresh profile (or `userDataDir`) with the built
 * extension loaded, and connects Playwright over CDP. Chromium is started directly rather than
 * through Playwright's launcher so that its DevTools port (read from `DevToolsActivePort`) gives a
 * browser-level CDP session, which `Extensions.triggerAction` needs.
 */
export async function launchLede(options: { userDataDir?: string; extraArgs?: string[] } = {}): Promise<LedeBrowser> {
  const keepProfile = options.userDataDir !== undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'lede-e2e-')));
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--remote-debugging-port=0',
      // Lets CDP's Extensions.loadUnpacked reload the extension (reloadExtension).
      '--enable-unsafe-extension-debugging',
      `--user-data-dir=${userDataDir}`,
      '--window-size=1280,900',
      ...(options.extraArgs ?? []),
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await readDevToolsPort(userDataDir, child);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium started without a default context');
  const browserSession = await browser.newBrowserCDPSession();
  const extensionId = await findExtensionId(browserSession);

  const lede: LedeBrowser = {
    browser,
    context,
    extensionId,
    cdp: browserSession,
    userDataDir,
    async serviceWorker() {
      const url = `chrome-extension://${extensionId}/background.js`;
      let waker: Page | null = null;
      try {
        for (let attempt = 0; attempt < 100; attempt++) {
          // The newest first: after an extension reload the old worker may linger in the list.
          for (const worker of context
            .serviceWorkers()
            .filter((w) => w.url() === url)
            .reverse()) {
            if (await worker.evaluate('true').catch(() => false)) return worker;
          }
          // A stopped worker is woken by opening any extension page.
          if (!waker && attempt === 10) {
            waker = await context.newPage();
            await waker.goto(`chrome-extension://${extensionId}/popup.html`).catch(() => {});
          }
          await new Promise((done) => setTimeout(done, 100));
        }
        throw new Error('The extension service worker did not start');
      } finally {
        await waker?.close();
      }
    },
    async inWorker<T>(expression: string) {
      const worker = await lede.serviceWorker();
      return (await worker.evaluate(expression)) as T;
    },
    async newPage(url) {
      const page = await context.newPage();
      if (url) {
        await page.goto(url, { waitUntil: 'load' });
        await settle(page);
      }
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async clickToolbarButton(page) {
      await page.bringToFront();
      const targetId = await tabTargetId(browserSession, page);
      await browserSession.send('Extensions.triggerAction' as never, { id: extensionId, targetId } as never);
    },
    async pressShortcut(page, chord) {
      await page.bringToFront();
      await sendChord(context, page, chord);
    },
    async reloadExtension() {
      const before = context
        .serviceWorkers()
        .filter((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`));
      const { id } = (await browserSession.send(
        'Extensions.loadUnpacked' as never,
        { path: EXTENSION_DIR } as never,
      )) as { id: string };
      if (id !== extensionId) throw new Error(`The reload gave a new extension id ${id}, not ${extensionId}`);
      for (
        let attempt = 0;
        attempt < 100 && before.some((worker) => context.serviceWorkers().includes(worker));
        attempt++
      ) {
        await new Promise((done) => setTimeout(done, 100));
      }
      await lede.serviceWorker();
    },
    async close() {
      // A graceful shutdown first, so Chromium's helpers stop writing into the profile.
      await browserSession.send('Browser.close').catch(() => {});
      await browser.close().catch(() => {});
      const exited = new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(null)));
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
  return lede;
}

async function sendChord(context: BrowserContext, page: Page, chord: string): Promise<void> {
  const session = await context.newCDPSession(page);
  const keys = chord.split('+');
  const key = keys.pop() ?? '';
  const modifiers = keys.reduce((bits, name) => bits | (MODIFIERS[name.toLowerCase()] ?? 0), 0);
  const code = key.length === 1 ? `Key${key.toUpperCase()}` : key;
  const keyCode = key.length === 1 ? key.toUpperCase().charCodeAt(0) : 0;
  const event = {
    modifiers,
    key: key.toLowerCase(),
    code,
    windowsVirtualKeyCode: keyCode,
    nativeVirtualKeyCode: keyCode,
  };
  await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
  await session.detach();
}

const MODIFIERS: Record<string, number> = { alt: 1, ctrl: 2, control: 2, meta: 4, command: 4, shift: 8 };

/**
 * Waits until a page has loaded and gone quiet. Right after a navigation the activeTab grant of a
 * toolbar click can race the commit of the new document; a settled page avoids that.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  embedderData?: { tabActive?: boolean };
}

/**
 * `Extensions.triggerAction` wants the *tab* target, which CDP does not link to the page target
 * Playwright knows. The page was just brought to front, so it is the active tab showing its URL.
 */
async function tabTargetId(browserSession: CDPSession, page: Page): Promise<string> {
  const { targetInfos } = (await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: TargetInfo[];
  };
  const sameUrl = targetInfos.filter((target) => target.type === 'tab' && target.url === page.url());
  const active = sameUrl.filter((target) => target.embedderData?.tabActive);
  const match = active.length === 1 ? active[0] : sameUrl.length === 1 ? sameUrl[0] : undefined;
  if (!match) throw new Error(`No single tab target for ${page.url()}`);
  return match.targetId;
}

async function readDevToolsPort(userDataDir: string, child: ChildProcess): Promise<number> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`Chromium exited (${child.exitCode}):\n${stderr}`);
    const text = await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    if (port > 0) return port;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Chromium did not open its DevTools port:\n${stderr}`);
}

async function findExtensionId(session: CDPSession): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: { type: string; url: string }[];
    };
    const worker = targetInfos.find(
      (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
    );
    if (worker) return new URL(worker.url).host;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The extension did not start (no service worker target)');
}
