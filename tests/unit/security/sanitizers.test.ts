import { beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitize } from '@/utils/extract/sanitize';
import { sanitizeBody } from '@/utils/sanitize-body';
import { PAYLOADS, tokens } from '../../security/payloads';
import { renderLive } from '../../security/live';
import { findResidues } from '../../security/residue';

// Each sanitising layer on its own, payload by payload: on the hostile page Readability already
// throws much away, which would hide a hole in the sanitiser behind the heuristics of the day.
// The body sanitiser of the core guards what gets stored; the Reader's guards what gets shown,
// also when a stored copy was tampered with, so each must hold alone.
const PORT = 8123;

// The Reader's sanitiser runs in a page and reads the global window; give it one.
const { window } = new JSDOM('<!DOCTYPE html><body></body>');
beforeAll(() => {
  Object.assign(globalThis, { window, document: window.document });
});

const layers: Array<[string, (html: string) => string]> = [
  [
    'core sanitize()',
    (html) => {
      const root = window.document.createElement('div');
      root.innerHTML = html;
      return sanitize(root, window as unknown as Window).html;
    },
  ],
  ['Reader sanitizeBody()', (html) => sanitizeBody(html)],
];

describe.each(layers)('%s', { timeout: 60_000 }, (_name, clean) => {
  it.each(PAYLOADS.map((p) => [p.id, p] as const))('neutralises %s on its own', async (id, payload) => {
    const html = clean(`<p>Before.</p>${payload.html(tokens(id, PORT))}<p>After.</p>`);
    const holder = window.document.createElement('div');
    holder.innerHTML = html;
    expect(findResidues(holder).map((r) => r.what)).toEqual([]);
    const live = await renderLive(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
    try {
      expect(live.fired.get(id), 'flag set').toBeUndefined();
      expect(live.hit.has(id), 'hit URL requested').toBe(false);
    } finally {
      live.close();
    }
  });

  // Mutation XSS lives in the gap between what a sanitiser saw and what the next parse builds:
  // clean output must parse back to itself, so sanitising it again changes nothing.
  it.each(PAYLOADS.map((p) => [p.id, p] as const))(
    'gives output that is stable when parsed again: %s',
    (id, payload) => {
      const once = clean(`<p>Before.</p>${payload.html(tokens(id, PORT))}<p>After.</p>`);
      expect(clean(once)).toBe(once);
    },
  );
});
