import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import type { ListenPosition } from '@/utils/library/db';
import {
  DEFAULT_LISTEN,
  loadListenSettings,
  RATE_LIMITS,
  saveListenSettings,
  type ListenSettings,
} from '@/utils/settings';
import { primaryLanguage } from '@/utils/speech/phrases';
import { speechPlan, type SpeechPlan } from '@/utils/speech/plan';
import { isShortcut } from '../shortcuts';
import { clearMarks, markBlock, markWord, readerBlocks } from './dom';
import { engine, loadVoices, voicesArriving, voicesFor, type VoiceWait } from './engine';

/** How long a start waits for a language's voices to arrive before saying there is none. */
const VOICE_WAIT: VoiceWait = { firstList: 10_000, nextList: 1500 };

/**
 * `loading`: started, and waiting for the engine to list a voice for the article's language.
 * `no-voice`: the engine lists voices, none for the language; `no-voices`: it lists none at all
 * (a speech service that is down), where "install a German voice" would send the reader astray.
 */
export type ListenStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'no-voice' | 'no-voices' | 'no-engine';

export interface ListenOptions {
  article: Article | null;
  /** The element that holds the rendered reader (the dialog, or the page's body). */
  host(): Element | null;
  /** Where a saved article's listening stopped last time. */
  resumeFrom?: ListenPosition | null;
  /** Called at every chunk and on pause with the place reached; null once the end is reached. */
  onPosition?(position: ListenPosition | null): void;
  /** The last chunk has been spoken. */
  onFinished?(): void;
  /** Start as soon as the reader is there (the unread playlist). */
  autoplay?: boolean;
}

export interface Listen {
  status: ListenStatus;
  /** The article's language, for the "no voice for …" message. */
  lang: string;
  rate: number;
  voices: SpeechSynthesisVoice[];
  voiceURI: string | null;
  resumeFrom: ListenPosition | null;
  toggle(): void;
  play(from?: ListenPosition | null): void;
  stop(): void;
  nextBlock(): void;
  previousBlock(): void;
  setRate(rate: number): void;
  setVoice(voiceURI: string): void;
}

/**
 * The player: speaks the plan one chunk at a time, so pause, speed and voice changes apply at
 * once (the chunk is started again from the last word boundary) and no utterance is long enough
 * for Chrome to cut it off. Unmounting (the overlay closes) or leaving the page stops speech.
 */
export function useListen(options: ListenOptions): Listen {
  const { article } = options;
  const [status, setStatus] = useState<ListenStatus>('idle');
  const [settings, setSettings] = useState<ListenSettings>(DEFAULT_LISTEN);
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const lang = article?.lang || 'en';
  const languageVoices = useMemo(() => voicesFor(voices, lang), [voices, lang]);
  const voice = pickVoice(languageVoices, settings, lang);

  // What the callbacks of utterances read: always the latest, never a stale render's.
  const live = useRef({ settings, options });
  live.current = { settings, options };
  const plan = useRef<{ plan: SpeechPlan; blocks: (Element | null)[] } | null>(null);
  const at = useRef({ chunk: 0, char: 0 });
  /** Bumped whenever speech is cancelled: events of an older utterance are then ignored. */
  const generation = useRef(0);
  /** Whether this start already waited for late voices (once, then "no voice" is the answer). */
  const voicesAwaited = useRef(false);
  // Read by event handlers between renders, so it changes with the event, not with the next render.
  const statusRef = useRef<ListenStatus>('idle');
  const changeStatus = (next: ListenStatus) => {
    statusRef.current = next;
    setStatus(next);
  };

  useEffect(() => {
    void loadListenSettings().then(setSettings, () => undefined);
    return loadVoices(setVoices);
  }, []);

  const silence = () => {
    generation.current++;
    engine()?.synth.cancel();
  };

  const position = (): ListenPosition | null => {
    const current = plan.current?.plan.chunks[at.current.chunk];
    if (!current) return null;
    const offset = current.words ? current.start + at.current.char : current.start;
    const snippet = current.text
      .slice(current.words ? at.current.char : 0)
      .split(/\s+/)
      .slice(0, 4)
      .join(' ');
    return { block: current.block, offset, snippet };
  };

  const ensurePlan = () => {
    const host = options.host();
    // The overlay paints the body a frame after the header: plan only once the body is there.
    if (!article || !host?.querySelector('.lede-body')) return null;
    plan.current ??= {
      plan: speechPlan(article, host.querySelector('.lede-body')),
      blocks: readerBlocks(article, host),
    };
    return plan.current;
  };

  const speak = (chunkIndex: number, char: number) => {
    const ready = plan.current;
    const found = engine();
    silence();
    if (!ready || !found) return;
    const chunk = ready.plan.chunks[chunkIndex];
    if (!chunk) {
      finish();
      return;
    }
    // Asked of the engine at each chunk: voices arrive late, and may come and go.
    const available = found.synth.getVoices();
    const currentVoice = pickVoice(voicesFor(available, ready.plan.lang), live.current.settings, ready.plan.lang);
    const { rate } = live.current.settings;
    if (!currentVoice) {
      // Before saying there is no voice for the language, wait a while for lists still arriving.
      if (!voicesAwaited.current) {
        voicesAwaited.current = true;
        const waiting = generation.current;
        const lang = ready.plan.lang;
        changeStatus('loading');
        void voicesArriving(found.synth, (voices) => voicesFor(voices, lang).length > 0, VOICE_WAIT).then(() => {
          if (waiting === generation.current) speak(chunkIndex, char);
        });
        return;
      }
      setVoices(available);
      changeStatus(available.length > 0 ? 'no-voice' : 'no-voices');
      return;
    }
    // A boundary may point at the space before a word; start on the word itself.
    while (char < chunk.text.length && /\s/.test(chunk.text[char]!)) char++;
    at.current = { chunk: chunkIndex, char };
    const mine = generation.current;
    const element = ready.blocks[chunk.block] ?? null;
    markBlock(element);
    markWord(null, 0, 0);
    const utterance = new found.Utterance(chunk.text.slice(char));
    utterance.lang = ready.plan.lang;
    utterance.voice = currentVoice;
    utterance.rate = rate;
    utterance.addEventListener('boundary', (event) => {
      if (mine !== generation.current || event.name === 'sentence') return;
      at.current.char = char + event.charIndex;
      if (chunk.words) markWord(element, chunk.start + at.current.char, event.charLength ?? 0);
    });
    const done = () => {
      if (mine === generation.current) speak(chunkIndex + 1, 0);
    };
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', (event) => {
      // A cancel fires "interrupted"/"canceled" on the old utterance; those are Lede's own doing.
      if (mine !== generation.current || event.error === 'interrupted' || event.error === 'canceled') return;
      // Chrome refuses to speak in a tab the user has not touched yet (the unread playlist's
      // first article): wait for a click on Resume instead of racing through the chunks.
      if (event.error === 'not-allowed') pause();
      else done();
    });
    found.synth.speak(utterance);
    changeStatus('playing');
    live.current.options.onPosition?.(position());
  };

  const finish = () => {
    silence();
    clearMarks();
    at.current = { chunk: 0, char: 0 };
    changeStatus('idle');
    live.current.options.onPosition?.(null);
    live.current.options.onFinished?.();
  };

  const start = (from?: ListenPosition | null) => {
    if (!engine()) {
      changeStatus('no-engine');
      return;
    }
    const ready = ensurePlan();
    if (!ready) return;
    voicesAwaited.current = false;
    setVoices(engine()?.synth.getVoices() ?? []);
    if (from) {
      const index = ready.plan.chunks.findIndex((c) => c.block === from.block && (from.offset < c.end || !c.words));
      const chunk = ready.plan.chunks[index];
      if (chunk) {
        speak(index, chunk.words ? Math.max(0, from.offset - chunk.start) : 0);
        return;
      }
    }
    speak(0, 0);
  };

  const pause = () => {
    silence();
    changeStatus('paused');
    live.current.options.onPosition?.(position());
  };

  const jumpToBlock = (block: number) => {
    const chunks = plan.current?.plan.chunks ?? [];
    const index = chunks.findIndex((c) => c.block >= block);
    if (index >= 0) speak(index, 0);
  };

  const currentBlock = () => plan.current?.plan.chunks[at.current.chunk]?.block ?? 0;

  const listen: Listen = {
    status,
    lang,
    rate: settings.rate,
    voices: languageVoices,
    voiceURI: voice?.voiceURI ?? null,
    resumeFrom: options.resumeFrom ?? null,
    toggle: () => {
      if (statusRef.current === 'playing') pause();
      else if (statusRef.current === 'paused') speak(at.current.chunk, at.current.char);
      else if (statusRef.current === 'loading') api.current.stop();
      else start();
    },
    play: start,
    stop: () => {
      if (statusRef.current === 'playing' || statusRef.current === 'paused') pause();
      silence();
      clearMarks();
      changeStatus('idle');
    },
    nextBlock: () => jumpToBlock(currentBlock() + 1),
    previousBlock: () => jumpToBlock(Math.max(0, currentBlock() - 1)),
    setRate: (rate) => {
      const next = { ...settings, rate: Math.min(RATE_LIMITS.max, Math.max(RATE_LIMITS.min, rate)) };
      setSettings(next);
      live.current.settings = next;
      void saveListenSettings(next).catch(() => undefined);
      if (statusRef.current === 'playing') speak(at.current.chunk, at.current.char);
    },
    setVoice: (voiceURI) => {
      const next = { ...settings, voices: { ...settings.voices, [primaryLanguage(lang)]: voiceURI } };
      setSettings(next);
      live.current.settings = next;
      void saveListenSettings(next).catch(() => undefined);
      if (statusRef.current === 'playing') speak(at.current.chunk, at.current.char);
    },
  };
  const api = useRef(listen);
  api.current = listen;

  // Nothing keeps talking once the reader is gone: unmount (overlay closed) or the page hidden for good.
  useEffect(() => {
    const onHide = () => api.current.stop();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      silence();
      clearMarks();
    };
  }, []);

  useEffect(() => {
    if (options.autoplay && article) api.current.play(options.resumeFrom ?? null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- autoplay starts once per article, from where it stood then
  }, [article]);

  // Clicking a paragraph while listening jumps there; `l` plays, pauses and resumes.
  useEffect(() => {
    const host = options.host();
    if (!host) return undefined;
    const onClick = (event: Event) => {
      if (statusRef.current !== 'playing' && statusRef.current !== 'paused') return;
      const target = event.composedPath()[0];
      if (!(target instanceof Node) || (target instanceof Element && target.closest('a[href], button, input, select')))
        return;
      const blocks = plan.current?.blocks ?? [];
      const index = blocks.findIndex((block) => block?.contains(target));
      if (index >= 0) jumpToBlock(index);
    };
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      if (!isShortcut(key, 'l')) return;
      key.preventDefault();
      api.current.toggle();
    };
    const keyTarget = host.closest('dialog') ?? host.ownerDocument;
    host.addEventListener('click', onClick);
    keyTarget.addEventListener('keydown', onKey);
    return () => {
      host.removeEventListener('click', onClick);
      keyTarget.removeEventListener('keydown', onKey);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- listeners reach the latest player through refs; one set per article
  }, [article]);

  return listen;
}

/** The voice chosen for the language, else the best one for it; null when the language has none. */
function pickVoice(
  voices: SpeechSynthesisVoice[],
  settings: ListenSettings,
  lang: string,
): SpeechSynthesisVoice | null {
  const chosen = settings.voices[primaryLanguage(lang)];
  return voices.find((v) => v.voiceURI === chosen) ?? voices[0] ?? null;
}
