import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { EN_BODY, extract, URL } from './page';

const shown = (html: string): Document => parseHtml(`<body>${html}</body>`, URL);

describe('pictures kept as a list', { timeout: 60_000 }, () => {
  it('shows an opening picture in a one-item list as a figure with its caption, not a bullet', () => {
    const a = extract({
      body: `<div class="slides"><ul><li><p><img src="/img/fest.jpg" alt="The festival"></p>
        <span>Last year the festival drew thousands of visitors. Photo: Anna Muster</span></li></ul></div>${EN_BODY}`,
    });
    const body = shown(a.content);
    expect(body.querySelector('li')).toBeNull();
    expect(body.querySelector('figure img')?.getAttribute('src')).toBe('https://news.example/img/fest.jpg');
    expect(body.querySelector('figure figcaption')?.textContent).toBe(
      'Last year the festival drew thousands of visitors. Photo: Anna Muster',
    );
  });

  it('keeps a list of points, and of linked stories, as a list', () => {
    const a = extract({
      body: `${EN_BODY}<ul><li><img src="/i/a.png" alt="">The first point the article makes about the summit.</li>
        <li>The second point, about the missile programme, with no picture at all.</li></ul>`,
    });
    expect(shown(a.content).querySelectorAll('li')).toHaveLength(2);
    const b = extract({
      body: `${EN_BODY}<ul><li><img src="/i/b.png" alt=""><a href="/other">Ministers meet again in Osaka next spring</a></li></ul>`,
    });
    expect(shown(b.content).querySelector('figure')).toBeNull();
  });
});
