import type { Article } from '../article';
import { blockText, bodyBlocks, type BodyBlock } from './blocks';
import { chunkText } from './chunk';
import { bylineWords, phrasesFor } from './phrases';
import { isAside } from './skip';

export type SpeechPart = 'headline' | 'byline' | 'teaser' | 'body';

export interface SpeechChunk {
  part: SpeechPart;
  text: string;
  /** Index into the plan's blocks: the element marked while this chunk is read. */
  block: number;
  /** Offsets of `text` in its block's spoken text (see blocks.ts); word highlights use them. */
  start: number;
  end: number;
  /** false when the words are Lede's own (the byline in words, "table skipped"): no word highlight. */
  words: boolean;
}

export interface SpeechPlan {
  lang: string;
  /** Headline, byline (when there are authors), each teaser point, then the body's blocks. */
  blockCount: number;
  chunks: SpeechChunk[];
}

/** The body's blocks that are read or announced, in order; the reader's DOM side uses the same list. */
export function speakableBodyBlocks(body: Element | null): BodyBlock[] {
  if (!body) return [];
  return bodyBlocks(body).filter((block) => !isAside(block, blockText(block.element).text));
}

/**
 * What Lede says for an article, in news order, cut into chunks. Pure: `body` is the article's
 * rendered or parsed body (`article.content`), read and never changed.
 */
export function speechPlan(article: Article, body: Element | null): SpeechPlan {
  const lang = article.lang || 'en';
  const chunks: SpeechChunk[] = [];
  let block = 0;
  const addText = (part: SpeechPart, text: string) => {
    for (const span of chunkText(text, lang)) {
      chunks.push({
        part,
        text: text.slice(span.start, span.end),
        block,
        start: span.start,
        end: span.end,
        words: true,
      });
    }
    block++;
  };
  const addPhrase = (part: SpeechPart, text: string) => {
    chunks.push({ part, text, block, start: 0, end: 0, words: false });
    block++;
  };

  addText('headline', collapse(article.title));
  if (article.authors.length > 0) addPhrase('byline', bylineWords(article.authors, lang));
  for (const point of article.teaser) addText('teaser', collapse(point));
  for (const item of speakableBodyBlocks(body)) {
    if (item.announce === 'table') addPhrase('body', phrasesFor(lang).tableSkipped);
    else addText('body', blockText(item.element).text);
  }
  return { lang, blockCount: block, chunks };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
