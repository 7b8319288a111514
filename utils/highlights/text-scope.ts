import type { Chunk, Chunker, ChunkRange } from '@apache-annotator/selector';

/**
 * The article's text as one chunk, for the annotator library's text algorithms. Its DOM chunker
 * walks text nodes through `Range.intersectsNode`, which costs a walk of the tree per node: on a
 * long article with thousands of text nodes, describing one selection took half a minute. Our
 * offsets map the one string back to the DOM instead (`offsets.ts`), in a single walk.
 */
export type TextChunk = Chunk<string>;

export class WholeText implements Chunker<TextChunk> {
  readonly currentChunk: TextChunk;

  constructor(text: string) {
    // Each use of the library makes its own chunker; all of them hold the same one chunk.
    this.currentChunk = { data: text, equals: (other) => other.data === text };
  }

  nextChunk(): null {
    return null;
  }

  previousChunk(): null {
    return null;
  }

  precedesCurrentChunk(): boolean {
    return false;
  }
}

/** The span `start`–`end` (UTF-16 offsets) of the chunker's one chunk. */
export function spanOf(chunker: WholeText, start: number, end: number): ChunkRange<TextChunk> {
  const chunk = chunker.currentChunk;
  return { startChunk: chunk, startIndex: start, endChunk: chunk, endIndex: end };
}
