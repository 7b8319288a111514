import { describe, expect, it } from 'vitest';
import { extract } from './page';

const TEXT =
  'The ministers met on Monday in Tokyo to discuss closer cooperation between the two countries, which have never signed a peace treaty.';
const para = (n: number): string => Array.from({ length: n }, (_, i) => `<p>${TEXT} Paragraph ${i + 1}.</p>`).join('');

describe('body', { timeout: 60_000 }, () => {
  it('resolves lazy images (data-src, data-srcset, noscript fallback) before Readability', () => {
    const a = extract({
      body: `${para(2)}<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/photo.jpg"><figcaption>Photo caption</figcaption></figure>
        ${para(1)}<figure><img class="lazy" data-srcset="/img/b-400.jpg 400w, /img/b-800.jpg 800w"></figure>
        ${para(1)}<figure><img src="/img/placeholder.gif"><noscript><img src="/img/real.jpg"></noscript></figure>${para(2)}`,
    });
    expect(a.content).toContain('src="https://news.example/img/photo.jpg"');
    expect(a.content).toContain('https://news.example/img/b-800.jpg 800w');
    expect(a.content).toContain('src="https://news.example/img/real.jpg"');
    expect(a.content).not.toContain('placeholder.gif');
  });

  it('drops a placeholder set beside the real picture', () => {
    const a = extract({
      body: `${para(2)}<figure><div><img src="/static/grey-placeholder.png" class="hide-when-no-script"><img srcset="https://cdn.news.example/p/a-480.jpg 480w, https://cdn.news.example/p/a-976.jpg 976w" alt="A"></div><figcaption>The harbour at dawn.</figcaption></figure>${para(2)}`,
    });
    expect(a.content).not.toContain('grey-placeholder.png');
    expect(a.content).toContain('a-976.jpg 976w');
  });

  it("gives a <picture>'s placeholder <img> its last source, which the page showed only on wide screens", () => {
    const a = extract({
      body: `${para(2)}<figure><picture>
<source type="image/webp" media="(min-width: 1000px)" srcset="/img/hero.webp 2x, /img/hero-small.webp 1x">
<source type="image/png" media="(min-width: 1000px)" srcset="/img/hero.png 2x, /img/hero-small.png 1x">
<img src="data:image/gif;base64,R0lGODlhAQABAPAAAPLy8gAAACH5BAAAAAAALAAAAAABAAEAAAICRAEAOw==" alt="The harbour at dawn.">
</picture><figcaption>The harbour at dawn.</figcaption></figure>${para(2)}`,
    });
    const img = /<img[^>]*alt="The harbour at dawn."[^>]*>/.exec(a.content)?.[0] ?? '';
    expect(img).toContain('src="https://news.example/img/hero.png"');
    expect(img).toContain('https://news.example/img/hero-small.png 1x');
    expect(img).not.toContain('data:image');
  });

  it('finds an image parked under an attribute no list names, and leaves a real source alone', () => {
    const svg = `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 768 432'%3E%3C/svg%3E`;
    const a = extract({
      body: `${para(2)}<figure><img src="${svg}" data-image-loader="https://cdn.news.example/p/17.png" data-image-path="p/17.png" alt="A"></figure>
        ${para(1)}<figure><img data-li-set="https://cdn.news.example/p/b-400.webp 400w, https://cdn.news.example/p/b-800.webp 800w" alt="B"></figure>
        ${para(1)}<figure><img src="https://cdn.news.example/p/c.jpg" data-zoom="https://cdn.news.example/p/c-huge.jpg" alt="C"></figure>${para(2)}`,
    });
    expect(a.content).toContain('src="https://cdn.news.example/p/17.png"');
    expect(a.content).not.toContain('data:image/svg');
    expect(a.content).toContain('https://cdn.news.example/p/b-800.webp 800w');
    expect(a.content).toContain('src="https://cdn.news.example/p/c.jpg"');
    expect(a.content).not.toContain('src="https://cdn.news.example/p/c-huge.jpg"');
  });

  it('makes relative links, sources and posters absolute', () => {
    const a = extract({
      body: `${para(2)}<p>See <a href="../other.html">the other story</a> for more on this.</p><video poster="/p.jpg" src="v.mp4"></video>${para(2)}`,
    });
    expect(a.content).toContain('href="https://news.example/politik/2017/03/other.html"');
    expect(a.content).toContain('poster="https://news.example/p.jpg"');
  });

  it('removes headline, byline and date repeated at the top of the body', () => {
    const a = extract({
      header: '<h1>Ministers agree on closer ties</h1>',
      body: `<div><h2>Ministers agree on closer ties</h2><p>By Jane Doe</p><p><time datetime="2017-03-21">21.03.2017</time></p></div>${para(4)}`,
      head: '<meta name="author" content="Jane Doe">',
    });
    expect(a.text.startsWith(TEXT)).toBe(true);
    expect(a.text).not.toContain('Jane Doe');
    expect(a.text).not.toContain('21.03.2017');
  });

  it('removes the headline’s copy below a menu of links Readability kept above it', () => {
    const menu = Array.from({ length: 14 }, (_, i) => `<li><a href="/s${i}"><span>Section ${i}</span></a></li>`).join(
      '',
    );
    const a = extract({
      header: '<h1>Ministers agree on closer ties</h1>',
      body: `<div><ul>${menu}</ul><h2>Ministers agree on closer ties</h2>${para(4)}</div>`,
    });
    expect(a.text.split('\n\n')).not.toContain('Ministers agree on closer ties');
    expect(a.text).toContain(TEXT);
  });

  it('leaves out a heading’s permalink symbol, in the headline and in the body', () => {
    const a = extract({
      header:
        '<h1 id="t">Ministers agree on closer ties<a class="headerlink" href="#t" title="Permanent link">¶</a></h1>',
      body: `${para(2)}<h2 id="s">The next round<a href="#s">#</a></h2>${para(2)}`,
    });
    expect(a.title).toBe('Ministers agree on closer ties');
    expect(a.text).toContain('\n\nThe next round\n\n');
    expect(a.content).not.toContain('href="#s"');
  });

  it('removes the label of a date line at the top ("Publiziert"), and keeps prose that starts with one', () => {
    const a = extract({
      body: `<div><span>Publiziert</span><time datetime="2024-12-17T12:17">17. Dezember 2024, 12:17</time></div>${para(3)}`,
    });
    expect(a.text.startsWith(TEXT)).toBe(true);
    const b = extract({
      body: `<p>Published in 1911, the report was the first to describe the islands in detail.</p>${para(3)}`,
    });
    expect(b.text.startsWith('Published in 1911')).toBe(true);
  });

  it('keeps a separator hidden from screen readers as text, and drops hidden words', () => {
    const a = extract({
      body: `${para(2)}<h2><span>Europe<span aria-hidden="true">: </span></span>Brussels opens a case against the platform</h2>
        <p><span aria-hidden="true">Advertisement</span></p>${para(2)}`,
    });
    expect(a.text).toContain('Europe: Brussels opens a case against the platform');
    expect(a.text).not.toContain('Advertisement');
  });

  it('removes wrappers left empty', () => {
    const a = extract({ body: `${para(2)}<div><span> </span><div></div></div>${para(2)}` });
    expect(a.content).not.toMatch(/<div><\/div>|<span>\s*<\/span>/);
  });
});
