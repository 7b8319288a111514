import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Article } from '@/utils/article';
import { extractArticle } from '@/utils/extract';
import { INTENT_KEY, READER_KEY, type Intent, type ReaderInPage, type ReaderSlots, type RunFailure, type RunResult } from '@/utils/inject';
import { DEFAULT_SETTINGS, loadSettings } from '@/utils/settings';
import { t } from '@/components/i18n';
import { sendMessage } from '@/utils/messages';
import { failureMessage, library } from './library-client';
import { Overlay } from './Overlay';
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
}

function createReaderInPage(ctx: ContentScriptContext): ReaderInPage {
  let open: OpenOverlay | null = null;
  // Runs one after another, so two quick clicks cannot open two overlays.
  let queue: Promise<unknown> = Promise.resolve();

  // An update or uninstall of Lede invalidates this script: take the overlay down quietly.
  ctx.onInvalidated(() => open?.close());

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
    // request when called, so the long, synchronous extraction can start at once. (A yielded task
    // here waited behind the page's own tasks: up to 80 ms on a busy page.)
    const settingsLoaded = loadSettings().catch(() => DEFAULT_SETTINGS);
    const extracted = extract();
    const settings = await settingsLoaded;
    if (ctx.isInvalid) return { ok: false, reason: 'error' };
    let saveThroughOverlay: () => Promise<RunResult> = async () => ({ ok: false, reason: 'error' });
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      open = null;
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
      name: 'lede-reader',
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
    render(
      <Overlay
        content={extracted.ok ? { article: extracted.article } : { failure: extracted.reason }}
        initialSettings={settings}
        onClose={close}
        onPainted={page.freeze}
        exposeSave={(save) => (saveThroughOverlay = save)}
      />,
      ui.container,
    );
    open = { close, save: () => saveThroughOverlay() };
    return extracted.ok ? { ok: true, state: 'opened' } : { ok: false, reason: extracted.reason };
  };

  return {
    alive() {
      // `isValid` notices a dead extension context and fires onInvalidated, which closes the overlay.
      return ctx.isValid;
    },
    run(intent) {
      const result = queue.then(() => runNow(intent)).catch((): RunResult => ({ ok: false, reason: 'error' }));
      queue = result;
      return result;
    },
  };
}

async function saveWithoutOverlay(ctx: ContentScriptContext): Promise<RunResult> {
  const extracted = extract();
  const outcome: RunResult = extracted.ok ? await saveArticle(extracted.article) : extracted;
  showToast(ctx, outcome.ok ? t('saveDone') : failureMessage(outcome.reason), outcome.ok ? 'done' : 'error');
  return outcome;
}

async function saveArticle(article: Article): Promise<RunResult> {
  const answer = await library.save(article);
  return answer.ok ? { ok: true, state: 'saved' } : { ok: false, reason: answer.error };
}

type Extracted = { ok: true; article: Article } | { ok: false; reason: RunFailure };

function extract(): Extracted {
  try {
    return extractArticle(document, location.href);
  } catch {
    // A page the core chokes on gets the "something went wrong" message, not a console error.
    return { ok: false, reason: 'error' };
  }
}
