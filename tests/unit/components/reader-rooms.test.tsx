import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Article } from '@/utils/article';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { Reader } from '@/components/Reader';
import { ReaderRoomsContext, type BodyDecorationProps, type ReaderRoom } from '@/components/reader-rooms';
import { installDom, useEnglishMessages } from './dom';

const article: Article = {
  url: 'https://news.example/2024/05/ferry',
  title: 'Harbour town votes to keep its ferry',
  authors: [],
  teaser: [],
  content: '<p>The council voted on Tuesday.</p><p>A second-hand vessel is to be found.</p>',
  text: 'The council voted on Tuesday. A second-hand vessel is to be found.',
  excerpt: '',
  publishedTime: null,
  siteName: 'The Harbour Post',
  leadImage: null,
  lang: 'en',
  dir: 'ltr',
  wordCount: 13,
  readingMinutes: 1,
};

function MarkFirstParagraph({ body }: BodyDecorationProps) {
  useEffect(() => {
    body.current?.querySelector('p')?.classList.add('marked');
  }, [body]);
  return null;
}

const fixRoom: ReaderRoom = {
  id: 'fix',
  Bar: () => (
    <button type="button" class="lede-button">
      Fix
    </button>
  ),
  Body: MarkFirstParagraph,
};

let host: HTMLElement;
beforeAll(installDom);
beforeEach(() => {
  useEnglishMessages();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function show(rooms: readonly ReaderRoom[], bodyPending = false) {
  act(() =>
    render(
      <ReaderRoomsContext.Provider value={rooms}>
        <Reader article={article} bodyPending={bodyPending} settings={DEFAULT_SETTINGS} onSettingsChange={() => {}} />
      </ReaderRoomsContext.Provider>,
      host,
    ),
  );
}

describe('a feature plugs into the reader as a room', () => {
  test("its bar button sits between the spacer and the settings button, in the reader's toolbar", () => {
    show([fixRoom]);
    const bar = [...host.querySelectorAll('.lede-toolbar > *')].map((el) => el.textContent?.trim() || el.className);
    expect(bar).toEqual(['lede-toolbar-spacer', 'Fix', 'Aa Reading settings']);
  });

  test('its body decoration reaches the rendered body once the body is shown', () => {
    show([fixRoom], true);
    expect(host.querySelector('.marked')).toBeNull();
    show([fixRoom]);
    expect(host.querySelector('.lede-body p.marked')?.textContent).toBe('The council voted on Tuesday.');
  });

  test('without rooms the reader shows no extra button and leaves the body as sanitised', () => {
    show([]);
    expect(host.querySelectorAll('.lede-toolbar button')).toHaveLength(1);
    expect(host.querySelector('.marked')).toBeNull();
  });
});
