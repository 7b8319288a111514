import { leafBlocks } from './body-tail';
import { AUTHOR_BIO_LABEL } from './patterns';
import { clean, key, PROSE_WORDS, wordCount } from './text';
import { NO_TRACE, type Recorder } from './trace';

/**
 * The author's bio under the article ("John Nichols is a national affairs correspondent…"):
 * the Reader names the author in the byline already. Only a run at the very end of the body
 * counts, where one block opens with an author's full name; a paragraph that mentions the
 * author inside the story, or a last paragraph that only names them in passing, stays.
 */
export function dropAuthorBio(root: Element, authors: readonly string[], rec: Recorder = NO_TRACE): void {
  const names = authors.map(key).filter((n) => n.includes(' '));
  if (!names.length) return;
  const blocks = leafBlocks(root).filter((b) => clean(b.textContent));
  let start = -1;
  let opensWithName = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const text = key(blocks[i]!.textContent);
    const words = wordCount(text);
    const named = names.some((n) => text === n || text.startsWith(`${n} `));
    const mentions =
      named ||
      names.some(
        (n) => ` ${text} `.includes(` ${n.split(' ')[0]} `) || ` ${text} `.includes(` ${n.split(' ').at(-1)} `),
      );
    const label = AUTHOR_BIO_LABEL.test(clean(blocks[i]!.textContent));
    if ((mentions && words <= MAX_BIO_WORDS) || label) start = i;
    else if (words >= PROSE_WORDS) break;
    opensWithName ||= named;
  }
  if (start < 0 || !opensWithName) return;
  const kept = blocks.slice(0, start).reduce((sum, b) => sum + clean(b.textContent).length, 0);
  const cut = blocks.slice(start).reduce((sum, b) => sum + clean(b.textContent).length, 0);
  // A bio is an appendix: the story above it is longer (a profile page is not trimmed to nothing).
  if (kept < 2 * cut) return;
  for (const b of blocks.slice(start)) {
    rec.removed('author bio', "the author's bio at the end, opening with their name", b);
    b.remove();
  }
}

/** A bio runs to a paragraph; a longer block is the story. */
const MAX_BIO_WORDS = 90;
