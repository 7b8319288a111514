import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Article } from '@/utils/article';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { Reader, type ReaderProps } from '@/components/Reader';
import { previewArticle } from '@/entrypoints/reader.content/read-off-thread';
import { installDom, useEnglishMessages } from './dom';

const article: Article = {
  url: 'https://news.example/2024/05/ferry',
  title: 'Harbour town votes to keep its ferry',
  authors: ['Mara Quell', 'Jon Ode', 'Ana Lim'],
  teaser: ['The council voted nine to four', 'A new boat is to be found', 'The region is asked to share the cost'],
  content:
    '<p>The council of the small harbour town voted on Tuesday.</p><h2>What next</h2><p>A second-hand vessel.</p>',
  text: 'The council of the small harbour town voted on Tuesday. What next A second-hand vessel.',
  excerpt: 'The council voted.',
  publishedTime: '2024-05-02T12:00:00Z',
  siteName: 'The Harbour Post',
  leadImage: 'https://news.example/img/ferry.jpg',
  lang: 'en-GB',
  dir: 'ltr',
  wordCount: 16,
  readingMinutes: 1,
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
  vi.restoreAllMocks();
});

function show(props: Partial<ReaderProps> & { article?: Article } = {}) {
  const all: ReaderProps = { article, settings: DEFAULT_SETTINGS, onSettingsChange: () => {}, ...props };
  act(() => render(<Reader {...all} />, host));
  return host;
}
const text = (selector: string) => host.querySelector(selector)?.textContent ?? null;
const buttons = () => [...host.querySelectorAll('button')].map((b) => b.textContent?.trim());

describe('what the reader shows', () => {
  test('site, date, headline, every author, reading time, teaser bullets, body and the original link', () => {
    show();
    expect(text('.lede-kicker')).toBe('The Harbour PostMay 2, 2024');
    expect(text('h1')).toBe(article.title);
    expect(text('.lede-byline')).toBe('By Mara Quell, Jon Ode, and Ana Lim');
    expect(text('.lede-reading-time')).toBe('1 min read');
    expect([...host.querySelectorAll('.lede-teaser li')].map((li) => li.textContent)).toEqual(article.teaser);
    expect(host.querySelector('.lede-body h2')?.textContent).toBe('What next');
    expect(host.querySelector<HTMLAnchorElement>('.lede-footer a')?.href).toBe(article.url);
    expect(text('.lede-footer')).toBe('Read the original on The Harbour Post');
  });

  test('the article carries its language and direction', () => {
    show({ article: { ...article, lang: 'fa', dir: 'rtl' } });
    const element = host.querySelector('article')!;
    expect(element.getAttribute('lang')).toBe('fa');
    expect(element.getAttribute('dir')).toBe('rtl');
  });

  test('metadata containing markup is shown as text', () => {
    show({
      article: {
        ...article,
        title: 'Vote <img src=x onerror=alert(1)>',
        authors: ['<b>Eve</b>'],
        teaser: ['<script>x</script>'],
      },
    });
    expect(text('h1')).toBe('Vote <img src=x onerror=alert(1)>');
    expect(host.querySelector('header img, header b, header script')).toBeNull();
    expect(text('.lede-teaser li')).toBe('<script>x</script>');
  });

  test('no byline, teaser box or kicker when the article has none', () => {
    show({ article: { ...article, authors: [], teaser: [], siteName: null, publishedTime: null, url: 'not a url' } });
    expect(host.querySelector('.lede-byline')).toBeNull();
    expect(host.querySelector('.lede-teaser')).toBeNull();
    expect(host.querySelector('.lede-kicker')).toBeNull();
    expect(host.querySelector('.lede-footer a')).toBeNull();
  });

  test('the body is sanitised again: scripts, handlers and script links go, video embeds stay', () => {
    const content =
      '<p onclick="x()">Text <a href="javascript:alert(1)">bad</a> <a href="https://ok.example/">good</a></p>' +
      '<script>alert(1)</script><img src="https://ok.example/a.jpg" onerror="x()">' +
      '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe><iframe src="https://evil.example/"></iframe>';
    show({ article: { ...article, content } });
    const body = host.querySelector('.lede-body')!;
    expect(body.querySelector('script, [onclick], [onerror]')).toBeNull();
    expect(body.querySelector('a[href^="javascript"]')).toBeNull();
    const good = body.querySelector<HTMLAnchorElement>('a[href="https://ok.example/"]')!;
    expect([good.target, good.rel]).toEqual(['_blank', 'noopener noreferrer']);
    expect([...body.querySelectorAll('iframe')].map((f) => f.getAttribute('src'))).toEqual([
      'https://www.youtube-nocookie.com/embed/abc',
    ]);
  });

  test('the lead image is shown unless the body already shows it, or opens with the same photo cropped for the page', () => {
    show();
    expect(host.querySelector<HTMLImageElement>('.lede-lead img')?.src).toBe(article.leadImage);
    show({ article: { ...article, content: `<figure><img src="${article.leadImage}?w=800"></figure><p>Text</p>` } });
    expect(host.querySelector('.lede-lead')).toBeNull();
    // Further down, the same picture is still a duplicate.
    const text = '<p>A first paragraph long enough to be the opening of the article.</p>';
    show({ article: { ...article, content: `${text}<img src="${article.leadImage}">` } });
    expect(host.querySelector('.lede-lead')).toBeNull();
    // The same photo cropped for the page, opening the body under another name ("Image" label before it).
    const crop = (name: string) => `<figure><p><span>Image</span><img src="https://news.example/${name}"></p></figure>`;
    const cropped = { ...article, leadImage: 'https://news.example/2026/21ferry4/ferry4-facebookJumbo.jpg' };
    show({
      article: { ...cropped, content: `<p> </p>${crop('2026/21ferry4/merlin_1504983-articleLarge.jpg')}${text}` },
    });
    expect(host.querySelector('.lede-lead')).toBeNull();
    // A placeholder or another picture at the top is not the lead, nor is an author's portrait.
    show({ article: { ...cropped, content: `${crop('img/grey-placeholder.png')}${text}` } });
    expect(host.querySelector('.lede-lead')).not.toBeNull();
    const portrait = '<img src="https://news.example/2026/21ferry4/author.jpg" width="75" height="75">';
    show({ article: { ...cropped, content: `${portrait}${text}` } });
    expect(host.querySelector('.lede-lead')).not.toBeNull();
    show({ article: { ...article, content: `${text}<img src="https://news.example/other.jpg">` } });
    expect(host.querySelector('.lede-lead')).not.toBeNull();
  });

  test('with the body pending, the header is shown and the body and footer follow', () => {
    show({ bodyPending: true });
    expect(host.querySelector('.lede-headline')?.textContent).toBe(article.title);
    expect(host.querySelector('.lede-teaser, ul')?.textContent).toContain('The council voted nine to four');
    expect(host.querySelector('.lede-body, .lede-footer')).toBeNull();
    show({ bodyPending: false });
    expect(host.querySelector('.lede-body')?.textContent).toContain('The council of the small harbour town');
    expect(host.querySelector('.lede-footer')).not.toBeNull();
  });

  test("a large page's header, shown before its body is read, gives no reading time until the body comes", () => {
    const header = previewArticle({
      url: article.url,
      title: article.title,
      authors: article.authors,
      teaser: article.teaser,
      publishedTime: article.publishedTime,
      siteName: article.siteName,
      leadImage: article.leadImage,
      lang: article.lang,
      dir: article.dir,
    });
    show({ article: header, bodyPending: true });
    expect(text('h1')).toBe(article.title);
    expect(host.querySelector('.lede-reading-time')).toBeNull();
    show({ article, bodyPending: false });
    expect(text('.lede-reading-time')).toBe('1 min read');
  });
});

describe("the header speaks the article's language when the reader reads it", () => {
  const german: Article = { ...article, lang: 'de', authors: ['Mara Quell', 'Jon Ode'] };
  const prefers = (languages: string[]) => vi.stubGlobal('navigator', { languages });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('a German article, for someone whose browser also prefers German: "Von", German date', () => {
    prefers(['en-US', 'de-DE']);
    show({ article: german });
    expect(text('.lede-byline')).toBe('Von Mara Quell und Jon Ode');
    expect(text('.lede-kicker')).toBe('The Harbour Post2. Mai 2024');
    expect(text('.lede-reading-time')).toBe('1 Min. Lesezeit');
    // The controls stay in the browser's language.
    expect(buttons()).toContain('Aa Reading settings');
  });

  test('the same article for someone who does not read German: the UI language', () => {
    prefers(['en-US']);
    show({ article: german });
    expect(text('.lede-byline')).toBe('By Mara Quell and Jon Ode');
    expect(text('.lede-kicker')).toBe('The Harbour PostMay 2, 2024');
  });

  test('an article in a language Lede does not speak: the UI language', () => {
    prefers(['en-US', 'fr']);
    show({ article: { ...article, lang: 'fr' } });
    expect(text('.lede-byline')).toBe('By Mara Quell, Jon Ode, and Ana Lim');
  });
});

describe('controls', () => {
  test('buttons appear only for the callbacks a host gives', () => {
    show();
    expect(buttons()).toEqual(['Aa Reading settings']);
    show({ saved: false, onToggleSave: () => {}, onShowLibrary: () => {}, onClose: () => {} });
    expect(buttons()).toEqual(['×', 'Aa Reading settings', 'Save', 'Saved articles']);
  });

  test('Save reflects the saved state and reports a failure', () => {
    const onToggleSave = vi.fn();
    show({ saved: true, onToggleSave, saveError: 'Not saved: the storage is full.' });
    const save = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Saved')!;
    expect(save.getAttribute('aria-pressed')).toBe('true');
    act(() => save.click());
    expect(onToggleSave).toHaveBeenCalledOnce();
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Not saved: the storage is full.');
  });

  test('the settings panel changes font, theme and size', () => {
    const onSettingsChange = vi.fn();
    show({ onSettingsChange });
    const toggle = host.querySelector<HTMLButtonElement>('button[aria-controls]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    const radio = (label: string) =>
      [...host.querySelectorAll('label')].find((l) => l.textContent === label)!.querySelector('input')!;
    act(() => radio('Dark').click());
    expect(onSettingsChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' });
    act(() => radio('Legible').click());
    expect(onSettingsChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, font: 'legible' });

    const size = host.querySelector<HTMLInputElement>('#lede-size')!;
    size.value = '26';
    act(() => {
      size.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onSettingsChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, fontSize: 26 });
  });

  test('Esc closes the settings panel first, returns focus to its button, and goes no further', () => {
    const onClose = vi.fn();
    const heardByHost = vi.fn();
    show({ onClose });
    host.addEventListener('keydown', heardByHost);
    const toggle = host.querySelector<HTMLButtonElement>('button[aria-controls]')!;
    act(() => toggle.click());
    const size = host.querySelector<HTMLInputElement>('#lede-size')!;
    size.focus();
    const esc = new host.ownerDocument.defaultView!.KeyboardEvent('keydown', {
      key: 'Escape',
      bubbles: true,
      cancelable: true,
    });
    act(() => {
      size.dispatchEvent(esc);
    });
    expect(host.querySelector('#lede-settings-panel')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    // Cancelled and stopped: the overlay's dialog gets no close request from this key.
    expect(esc.defaultPrevented).toBe(true);
    expect(heardByHost).not.toHaveBeenCalled();

    // With the panel closed, Esc is the host's again.
    const second = new host.ownerDocument.defaultView!.KeyboardEvent('keydown', {
      key: 'Escape',
      bubbles: true,
      cancelable: true,
    });
    act(() => {
      toggle.dispatchEvent(second);
    });
    expect(second.defaultPrevented).toBe(false);
    expect(heardByHost).toHaveBeenCalledOnce();
  });

  test('settings become the theme and typography of the article', () => {
    show({ settings: { font: 'sans', fontSize: 24, lineWidth: 70, lineHeight: 1.8, theme: 'sepia' } });
    const root = host.querySelector<HTMLElement>('.lede-root')!;
    expect(root.dataset.theme).toBe('sepia');
    expect(root.style.getPropertyValue('--lede-size')).toBe('24px');
    expect(root.style.getPropertyValue('--lede-measure')).toBe('70');
    expect(root.style.getPropertyValue('--lede-leading')).toBe('1.8');
    expect(root.style.getPropertyValue('--lede-reading-font')).toBe('var(--lede-sans)');
  });
});
