import type { Page } from 'playwright-core';
import { JSDOM } from 'jsdom';
import { findResidues, type Residue } from './residue';

/** Helpers for the browser tests: what a payload did on a page, and what a rendering holds. */

/** Payload id → how often its flag was bumped in the page's main world (overlay handlers run there too). */
export function pageFlags(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(window)
        .filter((key) => key.startsWith('__pwned_'))
        .map((key) => [key.slice('__pwned_'.length), Number((window as unknown as Record<string, unknown>)[key])]),
    ),
  );
}

/**
 * Waits until a page stops changing: its flags and the server's hit counts read the same twice
 * in a row. Images error, animations end and frames load at their own pace; the measurement must
 * come after all of them, whatever the machine's speed.
 */
export async function untilQuiet(page: Page, hits: () => Map<string, number>): Promise<void> {
  let last = '';
  for (let round = 0; round < 40; round++) {
    const now = JSON.stringify([await pageFlags(page), [...hits()]]);
    if (now === last) return;
    last = now;
    await page.waitForTimeout(400);
  }
  throw new Error('the page never settled');
}

/** Residues in the parts of a Reader rendering that carry page content (not Lede's own chrome). */
export function readerResidues(readerHtml: string): Residue[] {
  const doc = new JSDOM(readerHtml).window.document;
  const parts = [...doc.querySelectorAll('.lede-body, .lede-article > header, .lede-footer, .lede-lead')];
  if (parts.length < 3) throw new Error('no Reader rendering found');
  return parts.flatMap((part) => findResidues(part));
}

/** Paragraph texts missing from `text`, compared with whitespace and quotes normalised. */
export function missingParagraphs(text: string, paragraphs: readonly string[]): string[] {
  const norm = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\s+/g, ' ');
  const haystack = norm(text);
  return paragraphs.filter((p) => !haystack.includes(norm(p)));
}
