import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { URL } from './page';

const SENTENCES = [
  'US forces boarded the tanker in the North Atlantic on Wednesday after a chase that had lasted for more than two weeks.',
  'The ship is a very large crude carrier that was built in South Korea in 2002 and can carry more than two million barrels.',
  'In its history of almost twenty-five years the tanker sailed under the flags of four different countries and many names.',
  'The crew is said to consist mostly of Russian sailors, whose return home the foreign ministry in Moscow has demanded.',
  'The coast guard had first tried to stop the ship in the Caribbean in December, but the crew refused to let it be boarded.',
  'In the days that followed, the ship repeatedly switched off its tracking systems and changed course several times.',
  'According to the authorities the tanker was part of a network that made the export of sanctioned oil possible.',
  'The finance ministry had already put the ship on its sanctions list in 2024, together with its owner in Istanbul.',
  'What happens to the ship now is open; according to officials it is to be handed over to the law enforcement agencies.',
];

const para = (text: string, cls = 'text-18', wrapper = 'px-24'): string =>
  `<div class="${wrapper}"><p class="${cls}">${text}</p></div>`;
const ads =
  '<aside class="column"><div>Headlines</div><a href="/1">Vance booed on stage at a rally in Ohio</a><a href="/2">Lottery winner found dead in his flat</a></aside>';
const section = (texts: string[], heading = '', wrapper = 'px-24', picture = ''): string =>
  `<div class="flex">${heading}<div class="w-full">${texts.map((t) => para(t, 'text-18', wrapper)).join('')}${picture}</div>${ads}</div>`;

function extractShown(stream: string, after = ''): { teaser: string[]; text: string; content: string } {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><main><article><h1>US forces board a Russian tanker</h1>
    <div class="stream">${stream}</div>${after}</article></main></body></html>`;
  const result = extractArticle(parseHtml(html, URL), URL);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

const extract = (stream: string, after = ''): string => extractShown(stream, after).text;

describe('body continuation', { timeout: 60_000 }, () => {
  it('appends the sections that continue the article, with their subheadings, beside an ad column', () => {
    const text = extract(
      section(SENTENCES.slice(0, 4)) +
        section(SENTENCES.slice(4, 7), '<h3>What is known about the tanker?</h3>') +
        section(SENTENCES.slice(7)),
    );
    for (const s of SENTENCES) expect(text).toContain(s);
    expect(text).toContain('What is known about the tanker?');
    expect(text.indexOf(SENTENCES[8]!)).toBeGreaterThan(text.indexOf(SENTENCES[0]!));
  });

  it('puts back the sections before the one Readability kept, where a wrapper has one more class name', () => {
    // The longer last section is the one Readability keeps; the first two open the article.
    const { teaser, text } = extractShown(
      section(SENTENCES.slice(0, 2)) +
        section(SENTENCES.slice(2, 3), '<h3>Where did the chase start?</h3>', 'px-24 Array') +
        section(SENTENCES.slice(3)),
    );
    // The opening paragraph, set apart above the rest, may be shown as the teaser.
    const shown = [...teaser, text].join('\n\n');
    const order = [...SENTENCES.slice(0, 2), 'Where did the chase start?', ...SENTENCES.slice(2)];
    const at = order.map((s) => shown.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).toContain(SENTENCES[1]);
  });

  it('puts the sections after a picture that ends the kept one, not inside its caption', () => {
    const caption = 'The tanker in the North Atlantic, seen from a coast guard plane on Wednesday.';
    const picture = `<figure><img src="/tanker.jpg" width="800" height="500"><figcaption><p>${caption}</p></figcaption></figure>`;
    const { text, content } = extractShown(
      section(SENTENCES.slice(0, 6), '', 'px-24', picture) + section(SENTENCES.slice(6)),
    );
    const captions = Array.from(parseHtml(`<body>${content}</body>`, URL).querySelectorAll('figcaption'), (c) =>
      (c.textContent ?? '').trim(),
    );
    expect(captions).toEqual([caption]);
    expect(text.indexOf(SENTENCES[6]!)).toBeGreaterThan(text.indexOf(caption));
  });

  it('stops at prose marked up otherwise (comments), and at the next story', () => {
    const comment =
      'I really do not understand why nobody in the government had stopped this ship much earlier than that.';
    const other =
      'Another story in the same feed starts here and tells about something else that happened on the same day.';
    const comments = extract(
      section(SENTENCES.slice(0, 6)) +
        `<div class="flex"><div class="comments">${para(comment, 'comment-text')}</div></div>` +
        section(SENTENCES.slice(6)),
    );
    expect(comments).toContain(SENTENCES[5]);
    expect(comments).not.toContain(comment);
    expect(comments).not.toContain(SENTENCES[6]);
    const next = extract(
      section(SENTENCES.slice(0, 4)) +
        `<div class="flex"><h1>Next story</h1><div class="w-full">${para(other)}</div></div>`,
    );
    expect(next).not.toContain(other);
    // A bare wrapper is no variant of the kept paragraphs' named one.
    const bio =
      'Anna Muster is a reporter on the foreign desk who has covered shipping and sanctions since the year 2019.';
    const withBio = extract(section(SENTENCES) + `<div class="flex"><div><p class="text-18">${bio}</p></div></div>`);
    expect(withBio).toContain(SENTENCES[8]);
    expect(withBio).not.toContain(bio);
  });
});
