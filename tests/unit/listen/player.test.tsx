import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Article } from '@/utils/article';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { Reader } from '@/components/Reader';
import { Listen } from '@/components/listen/Listen';
import { STAND_IN } from '../../e2e/speech-stand-in';
import { installDom, useEnglishMessages } from '../components/dom';

const article: Article = {
  url: 'https://news.example/a',
  title: 'Harbour town votes to keep its ferry',
  authors: ['Mara Quell'],
  teaser: ['The council voted nine to four'],
  content: '<p>The council met on Tuesday. It voted late.</p><h2>What next</h2><p>A second-hand vessel.</p>',
  text: '',
  excerpt: '',
  publishedTime: null,
  siteName: null,
  leadImage: null,
  lang: 'en-GB',
  dir: 'ltr',
  wordCount: 16,
  readingMinutes: 1,
};

interface Speech {
  log: { utterances: { text: string; rate: number; voice: string | null }[]; cancels: number };
  end(): void;
  boundary(charIndex: number, charLength: number): void;
  speaking(): string | null;
}

let host: HTMLElement;
const speech = () => (globalThis as unknown as { __ledeSpeech: Speech }).__ledeSpeech;
beforeAll(() => {
  installDom();
  Object.assign(globalThis, { EventTarget: window.EventTarget, KeyboardEvent: window.KeyboardEvent });
});
beforeEach(() => {
  useEnglishMessages();
  delete (globalThis as Record<string, unknown>).__ledeSpeech;
  new Function(STAND_IN)();
  host = document.createElement('div');
  document.body.append(host);
  act(() =>
    render(
      <Listen article={article} host={() => host}>
        <Reader article={article} settings={DEFAULT_SETTINGS} onSettingsChange={() => {}} />
      </Listen>,
      host,
    ),
  );
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.restoreAllMocks();
});

const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
const click = (name: string) => act(() => button(name)!.click());
const flush = () => act(() => new Promise((done) => setTimeout(done, 0)));

/** The stand-in engine's voice list: voices taken out, then brought back as a late `voiceschanged` list. */
function engineList() {
  const synth = (globalThis as unknown as { speechSynthesis: SpeechSynthesis }).speechSynthesis;
  const voices = synth.getVoices() as unknown as { lang: string }[];
  return {
    take(which: (voice: { lang: string }) => boolean) {
      const taken = voices.filter(which);
      voices.splice(0, voices.length, ...voices.filter((v) => !which(v)));
      return taken;
    },
    bringBack: (taken: { lang: string }[]) =>
      act(async () => {
        voices.push(...taken);
        synth.dispatchEvent(new window.Event('voiceschanged'));
        await Promise.resolve();
      }),
  };
}

describe('the player', () => {
  test('speaks chunk after chunk, and a speed change restarts the sentence at the last word', async () => {
    await flush();
    click('Listen');
    expect(speech().speaking()).toBe(article.title);
    act(() => speech().end());
    expect(speech().speaking()).toBe('By Mara Quell');
    act(() => speech().end());
    act(() => speech().end());
    expect(speech().speaking()).toBe('The council met on Tuesday.');
    act(() => speech().boundary(12, 3));
    const select = host.querySelector('select')!;
    act(() => {
      select.value = '1.5';
      select.dispatchEvent(new window.Event('change', { bubbles: true }));
    });
    expect(speech().log.utterances.at(-1)).toMatchObject({ text: 'met on Tuesday.', rate: 1.5 });
    click('Pause');
    expect(speech().speaking()).toBeNull();
    click('Resume');
    expect(speech().speaking()).toBe('met on Tuesday.');
    act(() => speech().end());
    expect(speech().speaking()).toBe('It voted late.');
    click('Next paragraph');
    expect(speech().speaking()).toBe('What next');
  });

  test('waits for voices still arriving before saying there is none, and then says so', async () => {
    await flush();
    const list = engineList();
    const english = list.take((v) => v.lang.startsWith('en'));
    click('Listen');
    expect(speech().speaking()).toBeNull();
    expect(host.querySelector('[role="alert"]')).toBeNull();
    // The English voice arrives, as speech-dispatcher's staged lists bring them.
    await list.bringBack(english);
    expect(speech().speaking()).toBe(article.title);
    click('Stop');

    // A staged list may first bring other languages' voices only: the wait goes on for the next.
    list.take((v) => v.lang.startsWith('en'));
    click('Listen');
    await list.bringBack([]);
    expect(speech().speaking()).toBeNull();
    expect(host.querySelector('[role="alert"]')).toBeNull();
    await list.bringBack(english);
    expect(speech().speaking()).toBe(article.title);
    click('Stop');

    list.take((v) => v.lang.startsWith('en'));
    click('Listen');
    await act(() => new Promise((done) => setTimeout(done, 1600)));
    expect(speech().speaking()).toBeNull();
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/No voice for British English/);
  });

  test('an engine still starting, with no voice listed yet, is waited for as "Loading voices…"; a click cancels; then it says the engine has none', async () => {
    await flush();
    const list = engineList();
    const all = () => true;
    const listed = list.take(all);
    const listAgain = () => list.bringBack(listed);
    vi.useFakeTimers();
    try {
      click('Listen');
      expect(button('Loading voices')?.getAttribute('aria-busy')).toBe('true');
      // Longer than a later list is given: a cold speech-dispatcher takes seconds to list any.
      await act(async () => void vi.advanceTimersByTime(5000));
      expect(speech().speaking()).toBeNull();
      expect(host.querySelector('[role="alert"]')).toBeNull();
      await listAgain();
      expect(speech().speaking()).toBe(article.title);
      click('Stop');

      list.take(all);
      click('Listen');
      click('Loading voices');
      expect(button('Listen')?.getAttribute('aria-busy')).toBe('false');
      await listAgain();
      expect(speech().speaking()).toBeNull();

      list.take(all);
      click('Listen');
      await act(async () => void vi.advanceTimersByTime(10_000));
      expect(speech().speaking()).toBeNull();
      // No voice of any language: the speech service is down, not a voice for English missing.
      expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/speech service offers no voices/);
    } finally {
      vi.useRealTimers();
    }
  });
});
