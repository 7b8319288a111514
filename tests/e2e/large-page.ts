import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const SEED = resolve(import.meta.dirname, '../../../shared/seed/seed-article.bare.html');

/** Where the seed article's body is: its paragraphs and subheadings, between these two markers. */
const BODY_START = '<div class="bd">';
const BODY_END = '\n  </div>\n  <footer class="ft">';

/**
 * A real article grown to about `bytes`: the seed page (masthead, byline, teaser, comments,
 * sidebar as published) with its body repeated, each copy numbered so that no two paragraphs are
 * the same text. The headline stays the seed's, so a test knows what the reader must show.
 */
export async function largeArticle(bytes: number): Promise<{ html: string; headline: string }> {
  const { seed, start, end } = await seedBody();
  const body = seed.slice(start, end);
  const copies: string[] = [];
  let size = seed.length;
  for (let n = 1; size < bytes; n++) {
    const copy = body.replace(/<p>/g, `<p>(${n}) `);
    copies.push(copy);
    size += copy.length;
  }
  return { html: seed.slice(0, start) + copies.join('\n') + seed.slice(end), headline: headlineOf(seed) };
}

/**
 * The seed article with `textChars` of body text in a few long paragraphs (its own sentences
 * repeated): over the library's limit for text, yet few elements for the reader to lay out.
 */
export async function longTextArticle(textChars: number, paragraphs = 60): Promise<{ html: string; headline: string }> {
  const { seed, start, end } = await seedBody();
  const sentences = [...seed.slice(start, end).matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]!);
  const each = Math.ceil(textChars / paragraphs);
  const out: string[] = [];
  for (let i = 0, n = 0; i < paragraphs; i++) {
    let text = '';
    while (text.length < each) text += `${sentences[n++ % sentences.length]} `;
    out.push(`<p>${text}</p>`);
  }
  return { html: seed.slice(0, start) + out.join('\n') + seed.slice(end), headline: headlineOf(seed) };
}

async function seedBody(): Promise<{ seed: string; start: number; end: number }> {
  const seed = await readFile(SEED, 'utf8');
  const start = seed.indexOf(BODY_START) + BODY_START.length;
  const end = seed.indexOf(BODY_END, start);
  if (start < BODY_START.length || end < 0)
    throw new Error('the seed page no longer has the body this generator expects');
  return { seed, start, end };
}

function headlineOf(seed: string): string {
  return /<h1 class="t1">([^<]+)<\/h1>/.exec(seed)?.[1] ?? '';
}
