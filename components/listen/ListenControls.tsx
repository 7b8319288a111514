import { t, uiLanguage } from '@/utils/i18n';
import { RATE_LIMITS } from '@/utils/settings';
import listenCss from './listen.css?inline';
import { useListenContext } from './context';
import type { Listen } from './useListen';

const BAR_ID = 'lede-listen-bar';

/**
 * The Listen button in the reader's toolbar and, while listening, its controls: previous and next
 * paragraph, speed, voice. Renders nothing outside a <Listen> host.
 */
export function ListenControls() {
  const listen = useListenContext();
  if (!listen) return null;
  const active = listen.status === 'playing' || listen.status === 'paused';
  const trouble = problem(listen);
  const label = buttonLabel(listen.status);
  return (
    <>
      <style>{listenCss}</style>
      <button
        type="button"
        class="lede-button lede-listen"
        aria-pressed={listen.status === 'playing'}
        aria-busy={listen.status === 'loading'}
        aria-controls={active ? BAR_ID : undefined}
        aria-keyshortcuts="l"
        onClick={listen.toggle}
      >
        <span aria-hidden="true">{listen.status === 'playing' ? '❚❚' : '▶'}</span> {label}
      </button>
      {listen.status === 'idle' && listen.resumeFrom && (
        <button type="button" class="lede-button" onClick={() => listen.play(listen.resumeFrom)}>
          {t('listenContinue', listen.resumeFrom.snippet)}
        </button>
      )}
      {trouble && (
        <p class="lede-alert" role="alert">
          {trouble}
        </p>
      )}
      {active && (
        <div class="lede-listen-bar" id={BAR_ID} role="group" aria-label={t('listenControls')}>
          <button type="button" class="lede-button" onClick={listen.previousBlock}>
            <span aria-hidden="true">⏮</span> {t('listenPrevious')}
          </button>
          <button type="button" class="lede-button" onClick={listen.nextBlock}>
            {t('listenNext')} <span aria-hidden="true">⏭</span>
          </button>
          <label class="lede-listen-field">
            {t('listenSpeed')}
            <select
              value={String(listen.rate)}
              onChange={(event) => listen.setRate(Number((event.currentTarget as HTMLSelectElement).value))}
            >
              {rates().map((rate) => (
                <option key={rate} value={String(rate)}>
                  {`${rate}×`}
                </option>
              ))}
            </select>
          </label>
          {listen.voices.length > 1 && (
            <label class="lede-listen-field">
              {t('listenVoice')}
              <select
                value={listen.voiceURI ?? ''}
                onChange={(event) => listen.setVoice((event.currentTarget as HTMLSelectElement).value)}
              >
                {listen.voices.map((voice) => (
                  <option key={voice.voiceURI} value={voice.voiceURI}>
                    {voice.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" class="lede-button" onClick={listen.stop}>
            {t('listenStop')}
          </button>
        </div>
      )}
    </>
  );
}

/** The Listen button's words: what a click does next, or what Listen is waiting for. */
function buttonLabel(status: Listen['status']): string {
  if (status === 'playing') return t('listenPause');
  if (status === 'paused') return t('listenResume');
  if (status === 'loading') return t('listenLoading');
  return t('listenPlay');
}

/** Why Listen cannot speak, in words, or null while it can. */
function problem(listen: Pick<Listen, 'status' | 'lang'>): string | null {
  if (listen.status === 'no-voice') return t('listenNoVoice', languageName(listen.lang));
  if (listen.status === 'no-voices') return t('listenNoVoices');
  if (listen.status === 'no-engine') return t('listenNoEngine');
  return null;
}

function rates(): number[] {
  const list: number[] = [];
  for (let rate = RATE_LIMITS.min; rate <= RATE_LIMITS.max; rate += RATE_LIMITS.step) list.push(rate);
  return list;
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
