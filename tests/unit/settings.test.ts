import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normalizeSettings,
  saveSettings,
  watchSettings,
  type ReaderSettings,
} from '@/utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('normalizeSettings', () => {
  test('keeps valid settings as they are', () => {
    const settings: ReaderSettings = { font: 'legible', fontSize: 24, lineWidth: 70, lineHeight: 1.8, theme: 'sepia' };
    expect(normalizeSettings(settings)).toEqual(settings);
  });

  test('replaces unknown choices and non-numbers field by field', () => {
    expect(
      normalizeSettings({ font: 'comic', fontSize: '22', lineWidth: null, lineHeight: NaN, theme: 'dark' }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
    });
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  test('clamps to the limits and snaps to the step', () => {
    expect(
      normalizeSettings({ ...DEFAULT_SETTINGS, fontSize: 200, lineWidth: 1, lineHeight: 1.2000000000000002 }),
    ).toMatchObject({
      fontSize: 32,
      lineWidth: 40,
      lineHeight: 1.2,
    });
    expect(normalizeSettings({ ...DEFAULT_SETTINGS, lineHeight: 1.74 }).lineHeight).toBe(1.7);
  });
});

describe('the stored item', () => {
  test('starts at the defaults and round-trips a change through sync storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const next: ReaderSettings = { ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 26 };
    await saveSettings(next);
    expect(await loadSettings()).toEqual(next);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: next });
  });

  test('a bad value written by someone else is read back normalised', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'neon', fontSize: 99 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, fontSize: 32 });
  });

  test('watchers hear every change, already normalised, until they unsubscribe', async () => {
    const heard: ReaderSettings[] = [];
    const stop = watchSettings((next) => heard.push(next));
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, font: 'bogus' } });
    stop();
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(heard).toEqual([{ ...DEFAULT_SETTINGS, theme: 'sepia' }, DEFAULT_SETTINGS]);
  });
});
