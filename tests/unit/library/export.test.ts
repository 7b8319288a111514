// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { SavedArticle } from '@/utils/library/db';
import { articlesToHtml } from '@/utils/library/html-export';
import { articleToMarkdown, articlesToMarkdown, htmlToMarkdown } from '@/utils/library/markdown';
import { makeArticle } from './helpers';

const saved = (overrides = {}): SavedArticle => ({
  id: 'a',
  article: makeArticle(overrides),
  savedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  read: false,
  readProgress: 0,
});

describe('Markdown export', () => {
  it('writes front matter, headline, teaser as a list, then the body', () => {
    const md = articleToMarkdown(saved({ authors: ['Hannah Janz', 'Ken "KS" Sato'] }).article);
    expect(md).toBe(
      [
        '---',
        'title: "Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit"',
        'authors:',
        '  - "Hannah Janz"',
        '  - "Ken \\"KS\\" Sato"',
        'date: "2017-03-20T10:00:00+01:00"',
        'site: "Japan Digest"',
        'url: "https://news.example/2017/03/japan-russland"',
        '---',
        '',
        '# Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit',
        '',
        '- Nordkorea als Bedrohung: Russlands und Japans Außen- und Verteidigungsminister beraten\n- Stärkere Zusammenarbeit wird angepeilt',
        '',
        'Am Montag trafen sich Japans und Russlands Außen- und Verteidigungsminister.',
      ].join('\n') + '\n',
    );
  });

  it('leaves out what the article does not have', () => {
    const md = articleToMarkdown(saved({ authors: [], publishedTime: null, siteName: null, teaser: [] }).article);
    expect(md).not.toMatch(/^(authors|date|site):/m);
    expect(md).toContain('\n---\n\n# Spitzentreffen');
  });

  it('converts the body HTML', () => {
    const html = `<h2>Zwischentitel</h2><p>Ein <strong>fetter</strong> und <em>kursiver</em> Satz mit
      <a href="https://x.example/a">Link</a>.<br>Neue Zeile</p>
      <ul><li>eins</li><li>zwei <ol><li>innen</li></ol></li></ul>
      <blockquote><p>Zitat</p><p>zweiter Absatz</p></blockquote>
      <figure><img src="https://img.example/p.jpg" alt="Bild"><figcaption>Die Unterschrift</figcaption></figure>
      <pre><code>let x = 1;</code></pre>
      <table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>
      <p>Das ist <del>falsch</del> richtig.</p>
      <p><img src="data:image/png;base64,AAA"><script>alert(1)</script><a href="javascript:alert(1)">nur Text</a></p>`;
    expect(htmlToMarkdown(html)).toBe(
      [
        '## Zwischentitel',
        'Ein **fetter** und *kursiver* Satz mit [Link](https://x.example/a).\\\nNeue Zeile',
        '-   eins\n-   zwei\n    1.  innen',
        '> Zitat\n>\n> zweiter Absatz',
        '![Bild](https://img.example/p.jpg)\n\n*Die Unterschrift*',
        '```\nlet x = 1;\n```',
        '| A | B |\n| --- | --- |\n| 1 | 2 |',
        'Das ist ~falsch~ richtig.',
        'nur Text',
      ].join('\n\n'),
    );
  });

  it('keeps the lines of code set with <br> between them', () => {
    const html =
      '<pre><code><span>#include &lt;emscripten.h&gt;</span><br><br><span>int add(int x, int y) {</span><br>  return x + y;<br>}</code></pre>';
    expect(htmlToMarkdown(html)).toBe(
      '```\n#include <emscripten.h>\n\nint add(int x, int y) {\n  return x + y;\n}\n```',
    );
  });

  it('never recurses on elements it has no rule for (span, time, custom ones)', () => {
    const html =
      '<p><span>Am <time datetime="2017-03-20">Montag</time></span> <x-widget><abbr>EU</abbr></x-widget> <mark>neu</mark></p><section><span><span>tief</span></span></section>';
    expect(htmlToMarkdown(html)).toBe('Am Montag EU neu\n\ntief');
  });

  it('makes the first row the header of a table without one, and keeps cells on one line', () => {
    const html =
      '<table><tbody><tr><td>Jahr</td><td>Wert</td></tr><tr><td><p>2017</p><p>(vorläufig)</p></td><td>a|b</td></tr></tbody></table><table></table>';
    expect(htmlToMarkdown(html)).toBe('| Jahr | Wert |\n| --- | --- |\n| 2017 (vorläufig) | a\\|b |');
  });

  it('escapes text that would read as Markdown syntax', () => {
    expect(htmlToMarkdown('<p>1. Liga *nicht* fett [kein](link) # und &lt;b&gt;</p>')).toBe(
      '1\\. Liga \\*nicht\\* fett \\[kein\\](link) # und <b>',
    );
  });

  it('joins all articles into one file, each with its front matter', () => {
    const md = articlesToMarkdown([saved(), saved({ title: 'Zweiter' })]);
    expect(md.match(/^title: /gm)).toHaveLength(2);
    expect(md).toContain('# Zweiter');
  });
});

describe('HTML export', () => {
  it('is a standalone document with a strict CSP, the text escaped and the body sanitised', () => {
    const html = articlesToHtml(
      [
        saved({
          title: 'A <b>bold</b> claim',
          content: '<p>Body</p><script>alert(1)</script><img src="https://i.example/x.jpg" onerror="alert(2)">',
          leadImage: null,
        }),
      ],
      { source: 'Source' },
      'A <b>bold</b> claim',
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('[onerror]')).toBeNull();
    expect(doc.querySelector('h1')?.textContent).toBe('A <b>bold</b> claim');
    expect(doc.querySelector('article p')?.textContent).toBe('Hannah Janz · Japan Digest · 2017-03-20');
    expect([...doc.querySelectorAll('.teaser li')].map((li) => li.textContent)).toEqual(makeArticle().teaser);
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://i.example/x.jpg');
    expect(doc.querySelector('a[href="https://news.example/2017/03/japan-russland"]')).not.toBeNull();
    expect(doc.documentElement.lang).toBe('de');
  });
});
