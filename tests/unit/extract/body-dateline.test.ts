import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { DE_BODY, EN_BODY, extract, URL } from './page';

const paragraphs = (html: string): string[] =>
  Array.from(parseHtml(`<body>${html}</body>`, URL).querySelectorAll('p'), (p) =>
    (p.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

describe('a dateline on its own line', { timeout: 60_000 }, () => {
  it('opens the first paragraph, as in print, instead of standing as a one-word paragraph', () => {
    const a = extract({ body: `<div><p><span>Chemnitz. </span></p>${DE_BODY}</div>` });
    const shown = paragraphs(a.content);
    expect(shown[0]).toMatch(/^Chemnitz\. Am Montag trafen sich/);
    expect(shown).not.toContain('Chemnitz.');
  });

  it('takes a city of several words and an agency with its dash', () => {
    const a = extract({ body: `<p>NEW YORK (AP) —</p>${EN_BODY}` });
    expect(paragraphs(a.content)[0]).toMatch(/^NEW YORK \(AP\) — The ministers met/);
  });

  it('leaves a short line further down, and a label, as they are', () => {
    const a = extract({ body: `${EN_BODY}<p>Washington.</p>${EN_BODY.replace(/Tokyo/g, 'Osaka')}` });
    expect(paragraphs(a.content)).toContain('Washington.');
    const b = extract({ body: `<p>Update:</p>${EN_BODY}` });
    expect(paragraphs(b.content)).toContain('Update:');
  });
});
