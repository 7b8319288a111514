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

const para = (text: string, cls = 'text-18'): string => `<div class="px-24"><p class="${cls}">${text}</p></div>`;
const ads =
  '<aside class="column"><div>Headlines</div><a href="/1">Vance booed on stage at a rally in Ohio</a><a href="/2">Lottery winner found dead in his flat</a></aside>';
const section = (texts: string[], heading = ''): string =>
  `<div class="flex">${heading}<div class="w-full">${texts.map((t) => para(t)).join('')}</div>${ads}</div>`;

function extract(stream: string, after = ''): string {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><main><article><h1>US forces board a Russian tanker</h1>
    <div class="stream">${stream}</div>${after}</article></main></body></html>`;
  const result = extractArticle(parseHtml(html, URL), URL);
  if (!result.ok) throw new Error(result.reason);
  return result.article.text;
}

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
  });
});
