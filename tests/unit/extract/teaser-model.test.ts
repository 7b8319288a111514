import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { fit } from '../../../scripts/train/logistic';
import { train } from '../../../scripts/train/teaser-fit';
import type { TeaserPage } from '../../../scripts/train/teaser-pages';
import { extractArticle } from '../../../utils/extract';
import { FEATURE_NAMES, type TeaserCandidate } from '../../../utils/extract/teaser-features';
import { pickTeaser, TEASER_WEIGHTS } from '../../../utils/extract/teaser-model';
import { EN_BODY, URL, page } from './page';

const STANDFIRST =
  'The two governments want closer ties on security, and a summit between their leaders is planned for April.';

/** The candidates findTeaser offers the learned scorer on a page, as the training script hears them. */
function candidatesOn(html: string): TeaserCandidate[] {
  let seen: TeaserCandidate[] = [];
  extractArticle(parseHtml(html, URL), URL, { teaserScorer: { onCandidates: (c) => (seen = c) } });
  return seen;
}

const feature = (c: TeaserCandidate, name: string): number => c.features[FEATURE_NAMES.indexOf(name)]!;

/** A small synthetic study set: one feature (index 1) says which candidate is the teaser. */
function syntheticPages(): TeaserPage[] {
  const f = (x: number, noise: number): number[] => [1, x, noise, ...new Array(FEATURE_NAMES.length - 3).fill(0)];
  return Array.from({ length: 12 }, (_, i) => ({
    id: `p${i}`,
    publisher: `site${i % 4}`,
    expected: i % 3 === 0 ? [] : [`standfirst number ${i} of the synthetic set`],
    candidates: [
      { bullets: [`standfirst number ${i} of the synthetic set`], features: f(i % 3 === 0 ? 0 : 1, (i * 7) % 5) },
      { bullets: [`body paragraph ${i} that is not it`], features: f(0, (i * 3) % 4) },
    ],
  }));
}

describe('learned teaser scorer', { timeout: 60_000 }, () => {
  it('trains to the same weights from the same pages', () => {
    const a = train(syntheticPages());
    const b = train(syntheticPages());
    expect(a.model).toEqual(b.model);
    // It learnt the signal: the marked candidate is chosen, and a page without one gets no teaser.
    expect(a.study.model).toBe(1);
    expect(a.study.none).toBeLessThan(1);
  });

  it('fits a separable set with the positive side above one half', () => {
    const examples = [0, 1, 0, 1].map((x) => ({ features: [1, x], label: x, weight: 1 }));
    const w = fit(examples, 2, { epochs: 500, rate: 1, l2: 0 });
    expect(w[1]!).toBeGreaterThan(2);
    expect(w[0]! + w[1]!).toBeGreaterThan(0);
    expect(w[0]!).toBeLessThan(0);
  });

  it('describes a standfirst by its place, its mark and the description repeating it', () => {
    const candidates = candidatesOn(
      page({
        head: `<meta name="description" content="${STANDFIRST}">`,
        header: `<h1>Ministers meet in Tokyo</h1><p class="article-standfirst">${STANDFIRST}</p>`,
        body: EN_BODY,
      }),
    );
    const dek = candidates.find((c) => c.bullets[0] === STANDFIRST);
    expect(dek).toBeDefined();
    expect(feature(dek!, 'right after headline')).toBe(1);
    expect(feature(dek!, 'dek class')).toBe(1);
    expect(feature(dek!, 'description echoes it')).toBe(1);
    expect(feature(dek!, 'tag:P')).toBe(1);
    expect(feature(dek!, 'inside body container')).toBe(0);
    expect(feature(dek!, 'link density')).toBe(0);
    const body = candidates.find((c) => c.bullets[0]?.startsWith('The ministers met on Monday'));
    expect(body).toBeDefined();
    expect(feature(body!, 'first body paragraph')).toBe(1);
    expect(feature(body!, 'description echoes it')).toBe(0);
    // The rules' votes: the subtitle rule found the standfirst first, so it is the cascade's choice.
    expect(feature(dek!, 'rule: subtitle')).toBe(1);
    expect(feature(dek!, 'rule: the cascade choice')).toBe(1);
    expect(feature(body!, 'rule: the cascade choice')).toBe(0);
    expect(candidates.every((c) => c.features.length === FEATURE_NAMES.length)).toBe(true);
  });

  it('with the shipped weights, shows a marked standfirst and invents none where the page has none', () => {
    const learned = { teaserScorer: { learned: true } };
    const html = (header: string): string =>
      page({ head: `<meta name="description" content="${STANDFIRST}">`, header, body: EN_BODY });
    const withDek = extractArticle(
      parseHtml(html(`<h1>Ministers meet in Tokyo</h1><p class="article-standfirst">${STANDFIRST}</p>`), URL),
      URL,
      learned,
    );
    expect(withDek.ok && withDek.article.teaser).toEqual([STANDFIRST]);
    const without = extractArticle(parseHtml(html('<h1>Ministers meet in Tokyo</h1>'), URL), URL, learned);
    expect(without.ok && without.article.teaser).toEqual([]);
  });

  it('shows no teaser when no candidate clears the threshold, and the likeliest one otherwise', () => {
    const model = {
      features: FEATURE_NAMES,
      weights: [-2, 4, ...new Array(FEATURE_NAMES.length - 2).fill(0)],
      threshold: 0.5,
    };
    const c = (x: number): { features: number[] } => ({
      features: [1, x, ...new Array(FEATURE_NAMES.length - 2).fill(0)],
    });
    expect(pickTeaser([c(0), c(0.2)], model)).toBeNull();
    const best = c(1);
    expect(pickTeaser([c(0.6), best, c(0)], model)).toBe(best);
  });

  it('ships weights of the features the core computes, in a few KB', async () => {
    const file = join(__dirname, '../../../utils/extract/teaser-weights.json');
    expect((await readFile(file)).length).toBeLessThan(4096);
    expect(TEASER_WEIGHTS.features).toEqual(FEATURE_NAMES);
    expect(TEASER_WEIGHTS.weights).toHaveLength(FEATURE_NAMES.length);
    expect(TEASER_WEIGHTS.weights.every(Number.isFinite)).toBe(true);
    expect(TEASER_WEIGHTS.threshold).toBeGreaterThan(0);
    expect(TEASER_WEIGHTS.threshold).toBeLessThan(1);
  });
});
