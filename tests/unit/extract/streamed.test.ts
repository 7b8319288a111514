import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { EN_BODY, URL } from './page';

/**
 * Pages rendered by React's streaming server: the article waits in a hidden part at the end of
 * the body until an inline script moves it into its placeholder. Read before the script ran (a
 * saved page, a page read as it loads), the reader must still show the article.
 */
const SKELETON = '<div class="skeleton"><div class="line"></div><div class="line"></div></div>';
const MOVE_SCRIPT = '<script>$RC=function(b,c){/* React moves part c into boundary b */};</script>';

function streamedPage(shell: string, parts: string, scripts = ''): Document {
  return parseHtml(
    `<!DOCTYPE html><html lang="en"><head><title>Tide tables - Harbour News</title></head><body>
<div id="root"><nav><a href="/">Home</a><a href="/sea">Sea</a></nav>${shell}<footer><p>© Harbour News</p></footer></div>
${parts}${scripts}</body></html>`,
    URL,
  );
}

function article(doc: Document) {
  const result = extractArticle(doc, URL);
  if (!result.ok) throw new Error(`no article: ${result.reason}`);
  return result.article;
}

const FIRST_SENTENCE = 'The ministers met on Monday in Tokyo';

describe('an article that waits in a part streamed after the page', () => {
  it('is shown in its place, without the loading skeleton, as the page script would put it', () => {
    const doc = streamedPage(
      `<main><article><h1>Tide tables</h1><p class="byline">By Anna Muster</p>
<div class="article-body"><!--$?--><template id="B:0"></template>${SKELETON}<!--/$--></div></article></main>`,
      `<div hidden id="S:0">${EN_BODY}</div>`,
      `${MOVE_SCRIPT}<script>$RC("B:0","S:0")</script>`,
    );
    const before = doc.body.innerHTML;
    const shown = article(doc);
    expect(shown.text.startsWith(FIRST_SENTENCE)).toBe(true);
    expect(shown.text).toContain('next round of talks would take place in Moscow');
    expect(shown.content).not.toContain('skeleton');
    expect(shown.authors).toEqual(['Anna Muster']);
    // The page is read, never changed: its own script may still run.
    expect(doc.body.innerHTML).toBe(before);
  });

  it('goes where the script says, even when its number differs from the placeholder’s', () => {
    const doc = streamedPage(
      `<main><article><h1>Tide tables</h1><div class="article-body"><template id="B:0"></template>${SKELETON}</div></article></main>`,
      `<div hidden id="S:0"><p>Your session has expired. Please sign in again to keep reading Harbour News.</p></div>
<div hidden id="S:7">${EN_BODY}</div>`,
      `${MOVE_SCRIPT}<script>$RC("B:0","S:7")</script>`,
    );
    const shown = article(doc);
    expect(shown.text.startsWith(FIRST_SENTENCE)).toBe(true);
    expect(shown.text).not.toContain('session has expired');
  });

  it('on a page saved without scripts or comments, fills each placeholder with the part of its number, the header too', () => {
    // The whole layout is one late part, whose placeholder follows another's: filling the first
    // must not take the next placeholder for a skeleton.
    const doc = streamedPage(
      '<template id="B:2"></template><template id="B:1"></template><div style="opacity:0.001">x</div>',
      `<div hidden id="S:2"></div>
<div hidden id="S:1"><main><article><header><h1>Tide tables</h1><p class="byline">By Anna Muster</p>
<time datetime="2024-03-14T08:00:00Z">14 March 2024</time></header>
<div class="article-body"><template id="P:5"></template></div></article></main></div>
<div hidden id="S:5">${EN_BODY}</div>`,
    );
    const shown = article(doc);
    expect(shown.title).toBe('Tide tables');
    expect(shown.authors).toEqual(['Anna Muster']);
    expect(shown.publishedTime?.slice(0, 10)).toBe('2024-03-14');
    expect(shown.text.startsWith(FIRST_SENTENCE)).toBe(true);
    expect(shown.text).toContain('next round of talks would take place in Moscow');
  });

  it('leaves hidden a box that no placeholder asks for', () => {
    const doc = streamedPage(
      `<main><article><h1>Tide tables</h1><div class="article-body">${EN_BODY}</div></article></main>`,
      '<div hidden id="S:0"><p>Your session has expired. Please sign in again to keep reading Harbour News.</p></div>',
    );
    expect(article(doc).text).not.toContain('session has expired');
  });
});
