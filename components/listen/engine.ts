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

/**
 * Resolves once a `voiceschanged` brings voices that `enough` accepts, or after `ms`. Linux's
 * speech-dispatcher lists its voices in stages: thousands of voices may be there while a
 * language's own are still to come, one or more lists later.
 */
export function voicesArriving(
  synth: SpeechSynthesis,
  enough: (voices: SpeechSynthesisVoice[]) => boolean,
  ms: number,
): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      clearTimeout(timer);
      synth.removeEventListener?.('voiceschanged', changed);
      done();
    };
    const changed = () => {
      if (enough(synth.getVoices())) finish();
    };
    const timer = setTimeout(finish, ms);
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
