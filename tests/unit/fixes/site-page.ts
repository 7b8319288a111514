import { extractArticle } from '../../../utils/extract';
import { EN_BODY, page } from '../extract/page';

/** A page of a news site whose rules the fixes tests make on one article and apply to another. */

export const URL_A = 'https://news.example/2024/05/01/a.html';

export const H1 = (title: string) => `<h1>${title}</h1><p class="byline">By Anna Muster</p>`;

/** An article page with `insert` (the block a rule is about) after the body's second paragraph. */
export function sitePage(options: { title: string; insert: string; head?: string; body?: string }): string {
  const lines = (options.body ?? EN_BODY).split('\n');
  return page({
    head: options.head ?? '',
    header: H1(options.title),
    body: `${lines.slice(0, 2).join('\n')}${options.insert}${lines.slice(2).join('\n')}`,
  });
}

/** The extraction's result when it found an article; the test fails with its reason otherwise. */
export function ok<R extends ReturnType<typeof extractArticle>>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(result.reason);
  return result as Extract<R, { ok: true }>;
}
