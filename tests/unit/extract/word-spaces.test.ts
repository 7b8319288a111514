import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { doc, EN_BODY, extract } from './page';

const header = '<h1>Ministers agree on closer ties</h1>';
/** Two spans with no white space between them, the space between their words inside an `<i>` of its own. */
const SPLIT_SENTENCE =
  '<p><span class="fb">The film<i> </i></span><span class="fb">strains considerably under the weight of all these plot lines, and it is never fun to be the movie with the origin story.</span></p>';
const HIGHLIGHTED_CODE = [
  '<pre><code>',
  '<span class="k">def</span><span class="w"> </span><span class="nf">total</span>(<span class="n">prices</span>):\n',
  '<span class="w">    </span><span class="k">return</span><span class="w"> </span><span class="nb">sum</span>(<span class="n">prices</span>)',
  '</code></pre>',
].join('');

describe('the white space between words', () => {
  it('is kept when an element of its own holds it, as plain Readability keeps it', () => {
    const parts = { header, body: `${SPLIT_SENTENCE}\n${EN_BODY}` };
    expect(new Readability(doc(parts)).parse()?.textContent).toContain('The film strains considerably');

    const article = extract(parts);
    expect(article.text).toContain('The film strains considerably');
    expect(article.text).not.toContain('filmstrains');
  });

  it('is kept in highlighted code, with the indentation of each line', () => {
    const article = extract({ header, body: `${EN_BODY}\n${HIGHLIGHTED_CODE}` });
    expect(article.text).toContain('def total(prices):');
    expect(article.content).toContain('\n    <span>return</span> <span>sum</span>');
  });

  it('does not keep elements left empty once the cleanup has taken their content', () => {
    const article = extract({ header, body: `${EN_BODY}\n<div class="slot"><span></span><em></em></div>` });
    expect(article.content).not.toMatch(/<span><\/span>|<em><\/em>|<div><\/div>/);
  });
});
