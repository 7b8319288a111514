/**
 * Sentences, cut to a length an engine speaks whole: Chrome's engine stops an utterance after
 * about 15 seconds, and some engines cannot pause inside one, so Lede speaks a chunk at a time.
 */
export const MAX_CHUNK = 220;

export interface Span {
  start: number;
  end: number;
}

/** Spans of `text`, each a sentence or part of one, trimmed, none longer than `max`. */
export function chunkText(text: string, lang: string, max = MAX_CHUNK): Span[] {
  const spans: Span[] = [];
  for (const sentence of sentences(text, lang)) {
    let { start } = sentence;
    const { end } = sentence;
    while (end - start > max) {
      const cut = cutPoint(text, start, start + max);
      push(spans, text, start, cut);
      start = cut;
    }
    push(spans, text, start, end);
  }
  return spans;
}

function push(spans: Span[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

function sentences(text: string, lang: string): Span[] {
  if (typeof Intl.Segmenter === 'function') {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Intl.Segmenter(lang || 'en', { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    return [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  }
  // Without a segmenter: after . ! ? followed by a space and a capital or a digit.
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…]["'”»]?\s+(?=[\p{Lu}\d"„“«])/gu)) {
    const end = match.index + match[0].length;
    spans.push({ start, end });
    start = end;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** Where to cut a long sentence: after a clause's punctuation if there is one late enough, else at a space. */
function cutPoint(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit);
  const floor = Math.floor(window.length / 2);
  const clause = Math.max(
    window.lastIndexOf(', '),
    window.lastIndexOf('; '),
    window.lastIndexOf(': '),
    window.lastIndexOf(' – '),
  );
  if (clause >= floor) return start + clause + 1;
  const space = window.lastIndexOf(' ');
  return space > 0 ? start + space : limit;
}
