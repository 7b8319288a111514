/** How the reader looks; one value shared by every tab and by the saved-article page. */
export interface ReaderSettings {
  font: ReaderFont;
  /** Body text size in CSS px (not rem: a page's `html { font-size }` must not scale the overlay). */
  fontSize: number;
  /** Line length in `ch` of the body font. */
  lineWidth: number;
  /** Unitless line height. */
  lineHeight: number;
  theme: ReaderTheme;
}

export type ReaderFont = 'serif' | 'sans' | 'legible';
export type ReaderTheme = 'auto' | 'light' | 'sepia' | 'dark';

export const FONTS: readonly ReaderFont[] = ['serif', 'sans', 'legible'];
export const THEMES: readonly ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];

/** Bounds of the numeric settings; the controls use them as their min/max/step. */
export const LIMITS = {
  fontSize: { min: 14, max: 32, step: 1 },
  lineWidth: { min: 40, max: 90, step: 5 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
} as const;

export const DEFAULT_SETTINGS: ReaderSettings = {
  font: 'serif',
  fontSize: 20,
  lineWidth: 65,
  lineHeight: 1.6,
  theme: 'auto',
};

/**
 * Synced storage may hold anything: a value written by a newer Lede, or edited by hand. Every
 * field is checked and clamped so a bad value costs one setting, never the reader.
 */
export function normalizeSettings(raw: unknown): ReaderSettings {
  const value = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    font: oneOf(value.font, FONTS, DEFAULT_SETTINGS.font),
    fontSize: clamp(value.fontSize, LIMITS.fontSize, DEFAULT_SETTINGS.fontSize),
    lineWidth: clamp(value.lineWidth, LIMITS.lineWidth, DEFAULT_SETTINGS.lineWidth),
    lineHeight: clamp(value.lineHeight, LIMITS.lineHeight, DEFAULT_SETTINGS.lineHeight),
    theme: oneOf(value.theme, THEMES, DEFAULT_SETTINGS.theme),
  };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function clamp(value: unknown, range: { min: number; max: number; step: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const bounded = Math.min(range.max, Math.max(range.min, value));
  // Snap to the step so 1.2000000000000002 from repeated increments never reaches storage.
  const steps = Math.round((bounded - range.min) / range.step);
  return Number((range.min + steps * range.step).toFixed(2));
}

/**
 * One value in `storage.sync`, so the choice follows the user to their other machines. Read
 * through `normalizeSettings`, which is the schema's migration: whatever an older or newer Lede
 * (or a hand edit) left there comes back as valid settings, field by field. Plain
 * `storage.sync` rather than a storage wrapper: this file is injected into every page the
 * reader opens on, and one key needs no framework.
 */
const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<ReaderSettings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(next: ReaderSettings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: normalizeSettings(next) });
}

/** Calls back with every change made in any tab or extension page; returns the unsubscribe. */
export function watchSettings(onChange: (next: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) onChange(normalizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Listen's choices: the speed, and the voice picked for each language (by primary subtag). */
export interface ListenSettings {
  rate: number;
  /** Language ("de") → the voice's `voiceURI`. */
  voices: Record<string, string>;
}

export const RATE_LIMITS = { min: 0.5, max: 3, step: 0.25 } as const;
export const DEFAULT_LISTEN: ListenSettings = { rate: 1, voices: {} };

/** Like the reader's settings, a stored value is only a suggestion: checked field by field. */
export function normalizeListen(raw: unknown): ListenSettings {
  const value = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const voices: Record<string, string> = {};
  if (value.voices !== null && typeof value.voices === 'object') {
    for (const [lang, uri] of Object.entries(value.voices as Record<string, unknown>)) {
      if (/^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri.length <= 500) voices[lang] = uri;
    }
  }
  return { rate: clamp(value.rate, RATE_LIMITS, DEFAULT_LISTEN.rate), voices };
}

// Its own key: the reader's typography settings are read before the first paint, Listen's are not.
const LISTEN_KEY = 'listen';

export async function loadListenSettings(): Promise<ListenSettings> {
  const stored = await browser.storage.sync.get(LISTEN_KEY);
  return normalizeListen(stored[LISTEN_KEY]);
}

export async function saveListenSettings(next: ListenSettings): Promise<void> {
  await browser.storage.sync.set({ [LISTEN_KEY]: normalizeListen(next) });
}
