import { describe, expect, it } from 'vitest';
import { extract } from './page';

const TEXT =
  'The ministers met on Monday in Tokyo to discuss closer cooperation between the two countries, which have never signed a peace treaty.';
const para = (n: number): string => Array.from({ length: n }, () => `<p>${TEXT}</p>`).join('');

describe('sanitising the body', { timeout: 60_000 }, () => {
  const a = extract({
    body: `${para(2)}
      <p onclick="steal()">Click <a href="javascript:alert(1)">here</a> or <a href="data:text/html,x">there</a> or <a href="/ok">ok</a>.</p>
      <script>steal()</script><style>p{}</style><form action="/x"><input name="q"><button>Go</button></form>
      <img src="/pic.jpg" onerror="steal()"><img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">
      <iframe src="https://www.youtube.com/embed/abc123"></iframe><iframe src="https://ads.example/frame"></iframe>
      <a href="vbscript:msgbox(1)">vb</a>${para(2)}`,
  });

  it('strips scripts, styles, forms and event handlers', () => {
    expect(a.content).not.toMatch(/<script|<style|<form|<input|<button|onclick|onerror|steal/);
  });
  it('strips javascript:, vbscript: and non-image data: URLs but keeps data: images', () => {
    expect(a.content).not.toMatch(/javascript:|vbscript:|data:text/);
    expect(a.content).toContain('src="data:image/png;base64,');
  });
  it('shows no <title> the body holds as a line of text, as a browser shows none', () => {
    const titled = extract({ body: `${para(2)}<title>Tide tables — Harbour News</title>${para(2)}` });
    expect(titled.text).toContain(TEXT);
    expect(titled.text).not.toContain('Harbour News');
    expect(titled.content).not.toContain('<title');
  });
  it('keeps only video iframes', () => {
    expect(a.content).toContain('https://www.youtube.com/embed/abc123');
    expect(a.content).not.toContain('ads.example');
  });
  it('opens links in a new tab without referrer and loads images lazily without referrer', () => {
    expect(a.content).toMatch(/<a href="https:\/\/news\.example\/ok" rel="noopener noreferrer" target="_blank">/);
    expect(a.content).toMatch(
      /<img src="https:\/\/news\.example\/pic\.jpg" referrerpolicy="no-referrer" loading="lazy">/,
    );
  });
});
