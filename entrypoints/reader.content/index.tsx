import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  INTENT_KEY,
  READER_KEY,
  type Intent,
  type ReaderInPage,
  type ReaderSlots,
  type RunResult,
} from '@/utils/inject';
import { DEFAULT_SETTINGS, loadSettings, type ReaderSettings } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import { READER_TAG } from '@/utils/reader-tag';
import { failureMessage } from '@/components/LibraryText';
import { sameRule, siteRules } from '@/utils/fixes/store';
import { library } from './library-client';
import { extractInPage, type Extracted } from './extract-in-page';
import { extractHeader } from '@/utils/extract/header';
import { pageSize, readsOffThread } from './page-snapshot';
import { extractOffThread, previewArticle } from './read-off-thread';
import { Overlay, type OverlayContent } from './Overlay';
import type { FixesHost } from '@/components/fixes/useFixMode';
import { holdPage } from './page-lock';
import { showToast } from './toast';
import { acceptOnlyTrustedInput } from './trusted-input';
import { createShadowHost } from './shadow-host';
import { shieldDocument } from './shield-document';
import overlayCss from './overlay.css?inline';

/**
 * Injected on demand by `utils/inject.ts` (never declared for any site, so no host permissions).
 * The first injection leaves a handle on the isolated world's `window`; later clicks talk to it
 * instead of injecting again, so there is only ever one overlay per page.
 */
export default defineContentScript({
  registration: 'runtime',
  // The styles are inlined into the shadow root: no web-accessible CSS file for pages to probe.
  cssInjectionMode: 'manual',
  main(ctx) {
    shieldDocument(document);
    const slots = window as unknown as ReaderSlots;
    // Only an exact 'save' saves: anything else the page may have left there opens the reader.
    const intent: Intent = slots[INTENT_KEY] === 'save' ? 'save' : 'toggle';
    delete slots[INTENT_KEY];
    const reader = createReaderInPage(ctx);
    slots[READER_KEY] = reader;
    return reader.run(intent);
  },
});

interface OpenOverlay {
  close(): void;
  save(): Promise<RunResult>;
  /** Shows the article or the answer in place of the note that Lede is still reading. */
  show(content: OverlayContent): void;
  readonly closed: boolean;
}

function createReaderInPage(ctx: ContentScriptContext): ReaderInPage {
  let open: OpenOverlay | null = null;
  // Open while the page is still being read: a click then closes it, and the reading stops.
  let reading: OpenOverlay | null = null;
  // Runs one after another, so two quick clicks cannot open two overlays.
  let queue: Promise<unknown> = Promise.resolve();

  // An update or uninstall of Lede invalidates this script: take the overlay down quietly.
  ctx.onInvalidated(() => {
    open?.close();
    reading?.close();
  });

  const runNow = async (intent: Intent): Promise<RunResult> => {
    if (intent === 'toggle') {
      if (open) {
        open.close();
        return { ok: true, state: 'closed' };
      }
      return openOverlay();
    }
    return open ? open.save() : saveWithoutOverlay(ctx);
  };

  const openOverlay = async (): Promise<RunResult> => {
    // Storage answers while the page is being read, not after: `storage.sync.get` sends its
    // request when called, so the extraction can start at once.
    const settingsLoaded = loadSettings().catch(() => DEFAULT_SETTINGS);
    const size = pageSize(document);
    if (readsOffThread(size)) return openLargePage(settingsLoaded);
    // Set by `onLong`, a callback: a holder, because the compiler cannot see that assignment.
    const note: { overlay: OpenOverlay | null } = { overlay: null };
    const root = document.documentElement;
    const read = await extractInPage(document, location.href, {
      rules: siteRules(location.href),
      onLong: async () => {
        const settings = await settingsLoaded;
        if (ctx.isInvalid) return;
        note.overlay = reading = mountOverlay({ reading: true }, settings);
        await afterNextFrame();
      },
      cancelled: () => note.overlay?.closed === true || ctx.isInvalid,
    });
    reading = null;
    if (!read) return { ok: true, state: 'closed' };
    const settings = await settingsLoaded;
    // A second injection of this script (or an update of Lede) invalidated this one meanwhile:
    // the newer instance answers the click, so this one must not mount a second overlay.
    if (ctx.isInvalid) {
      note.overlay?.close();
      return { ok: false, reason: 'error' };
    }
    const extracted = unlessReplaced(read, root);
    if (extracted !== read && note.overlay) {
      // `document.open()` took the note's host away with the old document: a new overlay answers.
      note.overlay.close();
      note.overlay = null;
    }
    const content: OverlayContent = extracted.ok
      ? { article: extracted.article, ...(extracted.fixes ? { fixes: extracted.fixes } : {}) }
      : { failure: extracted.reason };
    if (note.overlay) note.overlay.show(content);
    open = note.overlay ?? mountOverlay(content, settings);
    return extracted.ok ? { ok: true, state: 'opened' } : { ok: false, reason: extracted.reason };
  };

  /**
   * A large page: its header is read here and painted at once, with a note that the article is
   * being read; the body is read off the page's main thread meanwhile, and the page keeps running.
   */
  const openLargePage = async (settingsLoaded: Promise<ReaderSettings>): Promise<RunResult> => {
    const startedAt = performance.now();
    const root = document.documentElement;
    const header = extractHeader(document, location.href);
    const settings = await settingsLoaded;
    if (ctx.isInvalid) return { ok: false, reason: 'error' };
    let overlay = mountOverlay(
      header ? { article: previewArticle(header), pending: true } : { reading: true },
      settings,
    );
    reading = overlay;
    await afterNextFrame();
    const replaced = () => document.documentElement !== root;
    const read = await extractOffThread(document, location.href, {
      startedAt,
      rules: siteRules(location.href),
      cancelled: () => overlay.closed || ctx.isInvalid || replaced(),
    }).then((answer) => answer ?? (replaced() && !overlay.closed ? NOT_READ : null));
    reading = null;
    if (!read || overlay.closed) {
      overlay.close();
      return { ok: true, state: 'closed' };
    }
    if (ctx.isInvalid) {
      overlay.close();
      return { ok: false, reason: 'error' };
    }
    const extracted = unlessReplaced(read, root);
    const content: OverlayContent = extracted.ok
      ? { article: extracted.article, ...(extracted.fixes ? { fixes: extracted.fixes } : {}) }
      : { failure: extracted.reason };
    if (extracted === read) overlay.show(content);
    else {
      // `document.open()` took the first overlay's host away with the old document.
      overlay.close();
      overlay = mountOverlay(content, settings);
    }
    open = overlay;
    return extracted.ok ? { ok: true, state: 'opened' } : { ok: false, reason: extracted.reason };
  };

  const mountOverlay = (first: OverlayContent, settings: ReaderSettings): OpenOverlay => {
    let saveThroughOverlay: () => Promise<RunResult> = async () => ({ ok: false, reason: 'error' });
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      if (open === overlay) open = null;
      try {
        ui.remove();
      } finally {
        // Even if unmounting throws (Lede updated under the page), the page gets its scroll back.
        page.restore();
        // The toolbar icon leaves its "open" state (a closed background has nothing to update).
        try {
          sendMessage('readerClosed', undefined).catch(() => {});
        } catch {
          // Lede was updated under the page: there is no background of ours to tell.
        }
      }
    };
    const ui = createShadowHost(ctx, {
      name: READER_TAG,
      css: overlayCss,
      isolateKeys: true,
      onRemove: (container) => render(null, container),
    });
    acceptOnlyTrustedInput(ui.shadow);
    // Looked up now, while it can be: once Lede is updated under this page the i18n API is gone,
    // and "the library is not available" is the one sentence the overlay will need then.
    failureMessage('unavailable');
    const page = holdPage();
    ui.mount();
    const fixesHost = pageForFixes();
    const show = (content: OverlayContent) =>
      render(
        <Overlay
          content={content}
          initialSettings={settings}
          onClose={close}
          onPainted={page.freeze}
          exposeSave={(save) => (saveThroughOverlay = save)}
          fixesHost={fixesHost}
        />,
        ui.container,
      );
    show(first);
    const overlay: OpenOverlay = {
      close,
      save: () => saveThroughOverlay(),
      show: (content) => {
        if (!closed) show(content);
      },
      get closed() {
        return closed;
      },
    };
    return overlay;
  };

  return {
    alive() {
      // `isValid` notices a dead extension context and fires onInvalidated, which closes the overlay.
      return ctx.isValid;
    },
    run(intent) {
      if (intent === 'toggle' && reading) {
        // The click that closes the "still reading" note must not wait behind the reading.
        reading.close();
        return Promise.resolve({ ok: true, state: 'closed' });
      }
      const result = queue.then(() => runNow(intent)).catch((): RunResult => ({ ok: false, reason: 'error' }));
      queue = result;
      return result;
    },
  };
}

async function saveWithoutOverlay(ctx: ContentScriptContext): Promise<RunResult> {
  const root = document.documentElement;
  const read = readsOffThread(pageSize(document))
    ? await extractOffThread(document, location.href, {
        startedAt: performance.now(),
        rules: siteRules(location.href),
        cancelled: () => false,
      })
    : await extractInPage(document, location.href, { rules: siteRules(location.href) });
  const extracted = unlessReplaced(read ?? { ok: false, reason: 'error' }, root);
  if (!extracted.ok) {
    showToast(ctx, failureMessage(extracted.reason), 'error');
    return extracted;
  }
  const answer = await library.save(extracted.article);
  if (!answer.ok) {
    showToast(ctx, failureMessage(answer.error, 'excess' in answer ? answer.excess : undefined), 'error');
    return { ok: false, reason: answer.error };
  }
  showToast(ctx, t('saveDone'), 'done');
  return { ok: true, state: 'saved' };
}

/**
 * What fix mode (issue 16) needs of the page: the live document its rules describe, a reading of
 * it again (without the site's rules, or traced for the header fields' candidates) and its site.
 */
function pageForFixes(): Omit<FixesHost, 'report'> {
  return {
    page: document,
    async read({ rules, trace, except = [] }) {
      const url = location.href;
      const applied = async () => (await siteRules(url)).filter((rule) => !except.some((r) => sameRule(r, rule)));
      const read = await extractInPage(document, url, { ...(rules ? { rules: applied() } : {}), trace });
      return read?.ok ? { article: read.article, ...(read.trace ? { trace: read.trace } : {}) } : null;
    },
    site: () => sendMessage('fixesSite', location.href),
  };
}

/** Stands in for the reading stopped because the page replaced itself: `unlessReplaced` answers. */
const NOT_READ: Extracted = { ok: false, reason: 'error' };

/**
 * A page that replaced itself while Lede read it (`document.open()` swaps the whole document,
 * <html> element and all) has no article Lede could stand by: the phases read part of the old
 * page and part of the new one. It gets the no-article answer, and nothing to save.
 */
function unlessReplaced(extracted: Extracted, root: Element | null): Extracted {
  return document.documentElement === root ? extracted : { ok: false, reason: 'no-article' };
}

/**
 * Lets the "still reading" note be painted before the next phase takes the thread; a hidden tab
 * paints no frames, hence the timer.
 */
function afterNextFrame(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, 100);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(timer);
        done();
      };
      channel.port2.postMessage(null);
    });
  });
}
