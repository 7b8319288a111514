/**
 * The browser's speech engine, looked up on every use rather than once: the engine's voices
 * arrive late (`voiceschanged`), and tests replace the engine after the reader has opened.
 */
export interface Engine {
  synth: SpeechSynthesis;
  Utterance: typeof SpeechSynthesisUtterance;
}

export function engine(): Engine | null {
  const scope = globalThis as {
    speechSynthesis?: SpeechSynthesis;
    SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
  };
  if (!scope.speechSynthesis || !scope.SpeechSynthesisUtterance) return null;
  return { synth: scope.speechSynthesis, Utterance: scope.SpeechSynthesisUtterance };
}

/** Voices that speak `lang` (by primary subtag: a de-AT article may use a de-DE voice), best first. */
export function voicesFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice[] {
  const want = lang.toLowerCase();
  const primary = want.split(/[-_]/)[0] ?? '';
  const matching = voices.filter(
    (voice) => (voice.lang.toLowerCase().replace('_', '-').split('-')[0] ?? '') === primary,
  );
  // The exact regional match first, then the engine's default, then local voices (no network).
  const score = (voice: SpeechSynthesisVoice) =>
    (voice.lang.toLowerCase().replace('_', '-') === want ? 4 : 0) +
    (voice.default ? 2 : 0) +
    (voice.localService ? 1 : 0);
  return [...matching].sort((a, b) => score(b) - score(a));
}

/** How long a start waits: for the engine's first list of voices, and for each list after one. */
export interface VoiceWait {
  firstList: number;
  nextList: number;
}

/**
 * Resolves once a `voiceschanged` brings voices that `enough` accepts, or when the wait is over.
 * An engine that lists no voice yet is still starting (speech-dispatcher takes seconds on a cold
 * start, longer on a busy machine): that wait is long. Once it lists some, a language's own may
 * still come in a later list: each list gives the next one a short while.
 */
export function voicesArriving(
  synth: SpeechSynthesis,
  enough: (voices: SpeechSynthesisVoice[]) => boolean,
  wait: VoiceWait,
): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      clearTimeout(timer);
      clearTimeout(cap);
      synth.removeEventListener?.('voiceschanged', changed);
      done();
    };
    const changed = () => {
      const voices = synth.getVoices();
      if (enough(voices)) finish();
      else if (voices.length > 0) {
        clearTimeout(timer);
        timer = setTimeout(finish, wait.nextList);
      }
    };
    let timer = setTimeout(finish, synth.getVoices().length > 0 ? wait.nextList : wait.firstList);
    const cap = setTimeout(finish, Math.max(wait.firstList, wait.nextList));
    synth.addEventListener?.('voiceschanged', changed);
  });
}

/** The engine's voices, waiting briefly for them: Chrome lists none until `voiceschanged`. */
export function loadVoices(onChange: (voices: SpeechSynthesisVoice[]) => void): () => void {
  const found = engine();
  if (!found) {
    onChange([]);
    return () => undefined;
  }
  const { synth } = found;
  const update = () => onChange(synth.getVoices());
  update();
  synth.addEventListener?.('voiceschanged', update);
  return () => synth.removeEventListener?.('voiceschanged', update);
}
