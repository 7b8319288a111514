import { beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitize } from '@/utils/extract/sanitize';
import { sanitizeBody } from '@/utils/sanitize-body';
import { PAYLOADS, tokens } from '../../security/payloads';

// The reader page renders stored and imported HTML with sanitizeBody(); the core cleans what it
// extracts with sanitize(). They are one policy: the reader page must keep nothing the core would
// remove (it once allowed any youtube.com path and every data: URL).
const { window } = new JSDOM('<!DOCTYPE html><body></body>');
beforeAll(() => {
  Object.assign(globalThis, { window, document: window.document });
});

function core(html: string): string {
  const root = window.document.createElement('div');
  root.innerHTML = html;
  return sanitize(root, window as unknown as Window).html;
}

describe('one sanitising policy', () => {
  // A <noscript> is read as raw text where scripting is on (the page the core reads) and as
  // markup where it is off (the inert document the reader page parses stored HTML in), so its
  // mutation payloads come out differently, though inert on both paths (sanitizers.test.ts).
  const sameParse = PAYLOADS.filter((p) => !/noscript/i.test(p.id));

  it('compares all but the few payloads that hinge on how <noscript> is parsed', () => {
    expect(PAYLOADS.length - sameParse.length).toBeLessThanOrEqual(3);
  });

  it.each(sameParse.map((p) => [p.id, p] as const))('core and reader page agree on %s', (id, payload) => {
    const html = `<p>Before.</p>${payload.html(tokens(id, 8123))}<p>After.</p>`;
    expect(sanitizeBody(html)).toBe(core(html));
  });

  it('keeps only the video players the core keeps, on the reader page too', () => {
    const html =
      '<iframe src="https://www.youtube.com/embed/abc"></iframe>' +
      '<iframe src="https://www.youtube.com/redirect?q=https://evil.example/"></iframe>' +
      '<video src="data:video/mp4;base64,AAAA"></video><img src="data:image/png;base64,iVBORw0KGgo=" alt="x">';
    const shown = sanitizeBody(html);
    expect(shown).toContain('youtube.com/embed/abc');
    expect(shown).not.toContain('redirect');
    expect(shown).not.toContain('data:video');
    expect(shown).toContain('data:image/png');
  });
});
