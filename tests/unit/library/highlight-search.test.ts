import { describe, expect, it } from 'vitest';
import { highlightMatches } from '@/utils/library/highlight-search';

const parts = ['Der Stadtrat in München stimmte für den Radweg', 'Wichtig für die Pendler', 'Radweg-Streit'];

describe('searching highlights', () => {
  it('finds words of the passage, the note and the article, folded like the library index', () => {
    expect(highlightMatches(parts, 'stadtrat')).toBe(true);
    expect(highlightMatches(parts, 'muenchen radweg')).toBe(true);
    expect(highlightMatches(parts, 'MÜNCHEN pendler')).toBe(true);
    expect(highlightMatches(parts, 'streit')).toBe(true);
  });

  it('matches the word being typed as a beginning, and every finished word must be there', () => {
    expect(highlightMatches(parts, 'pend')).toBe(true);
    expect(highlightMatches(parts, 'muen')).toBe(true);
    expect(highlightMatches(parts, 'berlin radweg')).toBe(false);
    expect(highlightMatches(parts, 'radweg berl')).toBe(false);
  });

  it('an empty query lists everything', () => {
    expect(highlightMatches(parts, '  ')).toBe(true);
  });
});
