import type { Page } from 'playwright-core';
import type { LedeBrowser } from './harness';

/**
 * A stand-in for `speechSynthesis` that records utterances and lets the test fire their boundary
 * and end events. The overlay's content script runs in an isolated world with its own globals, so
 * a page script (page.addInitScript) cannot reach its `speechSynthesis`: the stand-in is installed
 * into that world over CDP, after injection and before Listen is pressed (the player looks the
 * engine up on each use). Nothing in the extension knows about it: there is no hook to ship.
 * On Lede's own pages (article.html) the page's world is the extension's, so addInitScript does.
 */
export const STAND_IN = `(() => {
  if (globalThis.__ledeSpeech) return;
  const log = { utterances: [], current: null, cancels: 0 };
  const voices = [
    { name: 'Anna', lang: 'de-DE', voiceURI: 'stand-in-anna', default: false, localService: true },
    { name: 'Petra', lang: 'de-DE', voiceURI: 'stand-in-petra', default: false, localService: true },
    { name: 'Sam', lang: 'en-US', voiceURI: 'stand-in-sam', default: true, localService: true },
  ];
  class Utterance extends EventTarget {
    constructor(text) { super(); this.text = text; this.lang = ''; this.voice = null; this.rate = 1; this.pitch = 1; this.volume = 1; }
  }
  const fire = (u, type, extra) => u.dispatchEvent(Object.assign(new Event(type), { utterance: u, charIndex: 0, charLength: 0, name: 'word' }, extra));
  const synth = Object.assign(new EventTarget(), {
    speaking: false, pending: false, paused: false,
    getVoices: () => voices,
    speak(u) { log.utterances.push({ text: u.text, rate: u.rate, voice: u.voice && u.voice.voiceURI, lang: u.lang }); log.current = u; },
    cancel() { const u = log.current; log.current = null; log.cancels++; if (u) fire(u, 'error', { error: 'interrupted' }); },
    pause() {}, resume() {},
  });
  globalThis.__ledeSpeech = {
    log,
    boundary(charIndex, charLength) { if (log.current) fire(log.current, 'boundary', { charIndex, charLength }); },
    end() { const u = log.current; log.current = null; if (u) fire(u, 'end'); },
    speaking() { return log.current ? log.current.text : null; },
  };
  Object.defineProperty(globalThis, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
})()`;

/** Evaluates expressions in Lede's content-script world of a page. */
export interface ContentWorld {
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function contentWorld(lede: LedeBrowser, page: Page): Promise<ContentWorld> {
  const session = await lede.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) =>
    contexts.push(event.context),
  );
  await session.send('Runtime.enable');
  const origin = `chrome-extension://${lede.extensionId}`;
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === origin);
  if (!world) throw new Error(`no content-script world of Lede among ${contexts.length} contexts`);
  return {
    async evaluate<T>(expression: string) {
      const { result, exceptionDetails } = (await session.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        returnByValue: true,
        awaitPromise: true,
      })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    close: () => session.detach(),
  };
}
