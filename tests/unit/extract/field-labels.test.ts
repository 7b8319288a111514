import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { doc, EN_BODY, extract, URL } from './page';

const header = '<h1>Ministers agree on closer ties</h1>';
const SIGNUP = `<div class="newsletter"><p>Get the morning briefing in your inbox, every weekday before seven.</p>
<label for="salutation">Salutation</label><select id="salutation"><option>Ms</option><option>Mr</option></select>
<label for="first-name">First name</label><input id="first-name" type="text">
<label>Email address <input type="email" name="email"></label>
<label for="consent-token">Token</label><input id="consent-token" type="hidden" value="x1"></div>`;

describe('labels of form fields', () => {
  it('are not printed in the article: its fields are not there to fill in', () => {
    const article = extract({ header, body: `${EN_BODY}\n${SIGNUP}` });
    expect(article.text).toContain('Officials said that the meeting had been friendly');
    for (const label of ['Salutation', 'First name', 'Email address']) expect(article.text).not.toContain(label);
  });

  it('stay when what they name is no field a reader sees: a hidden input, or nothing', () => {
    const article = extract({
      header,
      body: `${EN_BODY}\n<p><label for="consent-token">Token</label><input id="consent-token" type="hidden"> and <label>the summit's agenda</label> were published on Tuesday by both foreign ministries.</p>`,
    });
    expect(article.text).toContain("Token and the summit's agenda were published");
  });

  it('are shown in the trace as what they are', () => {
    const read = extractArticle(doc({ header, body: `${EN_BODY}\n${SIGNUP}` }), URL, { trace: true });
    if (!read.ok) throw new Error(read.reason);
    const labels = read.trace.passes.filter((p) => p.pass === 'form labels').map((p) => p.text);
    expect(labels).toEqual(['Salutation', 'First name', 'Email address']);
  });
});
