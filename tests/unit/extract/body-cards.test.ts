import { describe, expect, it } from 'vitest';
import { extract } from './page';

const TEXT =
  'The ministers met on Monday in Tokyo to discuss closer cooperation between the two countries, which have never signed a peace treaty.';
const para = (n: number, from = 1): string =>
  Array.from({ length: n }, (_, i) => `<p>${TEXT} Paragraph ${i + from}.</p>`).join('');

describe('teaser cards of other stories in the body', { timeout: 60_000 }, () => {
  it('drops a card whose link wraps a picture and a headline, and keeps a paragraph with a link inside its prose', () => {
    const a = extract({
      body: `${para(2)}<article><a href="https://news.example/world/coach-returns/123"><figure><img src="https://news.example/c.jpg"></figure>
        <header><h3>Coach returns to his old club after ten years</h3></header></a></article>
        <p>The talks were <a href="https://news.example/world/earlier-talks/99">prepared in earlier rounds</a> that lasted until the spring, officials said.</p>${para(2, 3)}`,
    });
    expect(a.text).not.toContain('Coach returns');
    expect(a.content).not.toContain('c.jpg');
    expect(a.text).toContain('prepared in earlier rounds that lasted until the spring');
    expect(a.text).toContain('Paragraph 4.');
  });

  it('keeps a subheading that links to its own section or to another site, and a picture linked to its full size', () => {
    const a = extract({
      body: `${para(2)}<h2><a href="https://example.org/project">The project behind the talks</a></h2>${para(1, 3)}
        <p><a href="https://news.example/full/photo.jpg"><img src="https://news.example/photo.jpg"> The harbour at dawn</a></p>${para(2, 4)}`,
    });
    expect(a.text).toContain('The project behind the talks');
    expect(a.text).toContain('The harbour at dawn');
  });

  it('drops a teaser sentence closed by a lone "mehr", and keeps prose that ends with the word', () => {
    const a = extract({
      htmlAttrs: 'lang="de"',
      body: `${para(2)}<div><p>Für die Ministerpräsidentin ist es ein herber Schlag: der Rücktritt ihres Innenministers. <span>mehr</span></p></div>
        <p>Auf dem Markt gibt es Kunsthandwerk, Schmuck, Hüte und vieles <em>mehr</em>.</p>
        <p>Die Frage der Opposition lautete, ob die Regierung für die Schulen ausgeben wolle: <em>mehr</em></p>${para(2, 3)}`,
    });
    expect(a.text).not.toContain('herber Schlag');
    expect(a.text).toContain('und vieles mehr.');
    expect(a.text).toContain('ausgeben wolle: mehr');
  });
});

describe("the author's bio after the article", { timeout: 60_000 }, () => {
  const header = '<h1>Ministers agree on closer ties</h1><p class="byline">By Lance Ulanoff</p>';

  it("drops a bio that opens with the author's name, with the lines under it, and keeps the story", () => {
    const a = extract({
      header,
      body: `${para(5)}<div><p>A 38-year industry veteran and award-winning journalist, Lance has covered technology since PCs were the size of suitcases.</p>
        <p>Lance Ulanoff makes frequent appearances on national, international and local news programs.</p><p>First published in The Weekly.</p></div>`,
    });
    expect(a.authors).toEqual(['Lance Ulanoff']);
    expect(a.text).toContain('Paragraph 5.');
    expect(a.text).not.toMatch(/industry veteran|frequent appearances|First published/);
  });

  it('keeps paragraphs that mention the author inside the story or last, when no block opens with the name', () => {
    const a = extract({
      header,
      body: `${para(2)}<p>Lance Ulanoff asked the minister on Monday whether the talks would go on, and he said they would.</p>${para(2, 3)}
        <p>When we spoke again in the evening, the minister told Lance that the next round would take place in Moscow.</p>`,
    });
    expect(a.text).toContain('Lance Ulanoff asked the minister');
    expect(a.text).toContain('the minister told Lance');
  });
});
