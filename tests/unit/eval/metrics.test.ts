import { describe, expect, it } from 'vitest';
import {
  authorsF1,
  bodyAggregate,
  isLabelLine,
  normalize,
  precisionOf,
  recallOf,
  sameDay,
  shingleCounts,
  splitAuthors,
  teaserScore,
  titleExact,
  tokenF1,
  tokens,
} from '../../../scripts/eval/metrics';

describe('normalize', () => {
  it('makes typographic variants of the same headline equal', () => {
    const a = '„Der zweite Papst aus Amerika“ – Trump\u2019s  Golf';
    const b = '"der zweite papst aus amerika" – trump\'s golf';
    expect(normalize(a)).toBe(normalize(b));
  });

  it('drops soft hyphens that German headlines carry', () => {
    expect(normalize('Bundes\u00adverfassungs\u00adgericht')).toBe('bundesverfassungsgericht');
  });

  it('applies NFKC, so a no-break space and full-width letters read as plain ones', () => {
    expect(normalize('Nathan\u00a0Tempey')).toBe('nathan tempey');
    expect(normalize('ＡＢＣ')).toBe('abc');
  });

  it('keeps combining marks inside a token', () => {
    expect(tokens('हिन्दी भाषा')).toEqual(['हिन्दी', 'भाषा']);
  });
});

describe('title', () => {
  it('is exact after normalisation, not a substring', () => {
    expect(titleExact('Nennen wir ihn doch Golf von Nordamerika', 'Nennen wir ihn doch Golf von Nordamerika ')).toBe(1);
    expect(
      titleExact('Nennen wir ihn doch Golf von Nordamerika', 'Nennen wir ihn doch Golf von Nordamerika | Die Presse'),
    ).toBe(0);
  });
});

describe('tokenF1', () => {
  it('is 1 for two empty strings and 0 when only one side is empty', () => {
    expect(tokenF1('', '')).toBe(1);
    expect(tokenF1('a b', '')).toBe(0);
    expect(tokenF1('', 'a b')).toBe(0);
  });

  it('counts repeated tokens as a multiset', () => {
    // got "a a a" shares one "a" with "a b": P = 1/3, R = 1/2, F1 = 0.4
    expect(tokenF1('a b', 'a a a')).toBeCloseTo(0.4);
  });
});

describe('authors', () => {
  it('splits bylines on both sides and strips "By"/"Von"', () => {
    expect(splitAuthors(['By JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL'])).toEqual([
      'josh haskell',
      'david caplan',
      'patrick reevell',
    ]);
    expect(splitAuthors(['Von Anna Müller und Jan Berg'])).toEqual(['anna müller', 'jan berg']);
    expect(
      authorsF1(
        ['Josh Haskell, David Caplan and Patrick Reevell'],
        ['Josh Haskell', 'David Caplan', 'Patrick Reevell'],
      ),
    ).toBe(1);
  });

  it('gives partial credit for a partial list and none for a wrong name', () => {
    // 1 of 1 returned is right (P 1), 1 of 3 expected found (R 1/3): F1 0.5
    expect(authorsF1(['A One', 'B Two', 'C Three'], ['A One'])).toBeCloseTo(0.5);
    expect(authorsF1(['A One'], ['Someone Else'])).toBe(0);
    expect(authorsF1(['A One'], [])).toBe(0);
  });

  it('rewards returning no author only when none is expected', () => {
    expect(authorsF1([], [])).toBe(1);
    expect(authorsF1([], ['Staff'])).toBe(0);
  });

  it('counts the same name twice once', () => {
    expect(authorsF1(['Hannah Janz'], ['Hannah Janz', 'hannah janz'])).toBe(1);
  });
});

describe('teaser', () => {
  const points = [
    'Tiktok steht im Verdacht, ausländische Einmischung nicht ausreichend zu bekämpfen.',
    'Tiktok weist die Vorwürfe zurück.',
  ];

  it('matches bullets one to one, in any order', () => {
    expect(teaserScore(points, [...points].reverse()).f1).toBe(1);
  });

  it('accepts a bullet that differs a little (token F1 ≥ 0.8) and rejects a different one', () => {
    const close = 'Tiktok steht im Verdacht, ausländische Einmischung nicht ausreichend zu bekämpfen';
    expect(teaserScore([points[0]!], [close]).f1).toBe(1);
    expect(teaserScore([points[0]!], ['Tiktok steht im Verdacht.']).f1).toBe(0);
  });

  it('does not let one returned bullet match two expected ones', () => {
    const s = teaserScore([points[1]!, points[1]!], [points[1]!]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
  });

  it('ignores label lines on both sides', () => {
    expect(isLabelLine('In Kürze:')).toBe(true);
    expect(isLabelLine(points[0]!)).toBe(false);
    expect(teaserScore(['In Kürze:', ...points], points).f1).toBe(1);
    expect(teaserScore(points, ['Das Wichtigste in Kürze:', ...points]).f1).toBe(1);
  });

  it('scores an expected empty teaser 1 only for an empty answer', () => {
    expect(teaserScore([], []).f1).toBe(1);
    expect(teaserScore([], ['A meta description the page repeats everywhere.']).f1).toBe(0);
  });

  it('scores a missing teaser 0 when one is expected', () => {
    expect(teaserScore(points, []).f1).toBe(0);
  });
});

describe('sameDay', () => {
  it('reads an expected day written out in English as that bare day', () => {
    expect(sameDay('February 26, 2026', '2026-02-26T00:00:00Z')).toBe(1);
    expect(sameDay('26 Feb 2026', '2026-02-26T09:00:00+01:00')).toBe(1);
    expect(sameDay('February 26, 2026', '2026-02-27T09:00:00+01:00')).toBe(0);
    // Not a month: no date, so no match.
    expect(sameDay('Mars 26, 2026', '2026-03-26')).toBe(0);
  });

  it('reads the day in the expected value’s own offset', () => {
    // 23:30 UTC on the 4th is 01:30 on the 5th in +02:00, the day the expected value names.
    expect(sameDay('2025-06-05 14:46:12+02:00', '2025-06-04T23:30:00Z')).toBe(1);
    expect(sameDay('2025-06-05 00:10:00+02:00', '2025-06-05T00:10:00+02:00')).toBe(1);
    expect(sameDay('2025-06-05 14:46:12+02:00', '2025-06-05T22:30:00Z')).toBe(0);
  });

  it('reads an expected UTC value in the predicted value’s zone, since UTC there is a normalisation', () => {
    // Midnight in Tokyo, normalised to UTC: the page says 13 February.
    expect(sameDay('2019-02-12T15:00:00.000Z', '2019-02-13T12:00:00+09:00')).toBe(1);
    expect(sameDay('2016-12-09T09:13:00.000Z', '2016-12-09T04:13:00-05:00')).toBe(1);
    expect(sameDay('2016-12-09T09:13:00.000Z', '2016-12-08T18:00:00-05:00')).toBe(0);
    expect(sameDay('2016-12-09T09:13:00.000Z', '2016-12-09T09:13:00Z')).toBe(1);
  });

  it('accepts a bare day against a UTC instant only if that instant falls on it in some real zone', () => {
    // 15:00Z is already the next day in Tokyo (UTC+9); 12:00Z is the same day everywhere but UTC+14.
    expect(sameDay('2019-04-25T15:00:00.000Z', '2019-04-26')).toBe(1);
    expect(sameDay('2019-04-25T15:00:00.000Z', '2019-04-25')).toBe(1);
    expect(sameDay('2019-04-25T09:00:00.000Z', '2019-04-26')).toBe(0);
    expect(sameDay('2019-04-25T15:00:00.000Z', '2019-04-27')).toBe(0);
    // 11:00Z is the 24th in UTC−12 and the 26th in UTC+14: all three days are right somewhere.
    expect(sameDay('2019-04-25T11:00:00.000Z', '2019-04-24')).toBe(1);
    expect(sameDay('2019-04-25T11:00:00.000Z', '2019-04-25')).toBe(1);
    expect(sameDay('2019-04-25T11:00:00.000Z', '2019-04-26')).toBe(1);
    expect(sameDay('2019-04-25T11:00:00.000Z', '2019-04-27')).toBe(0);
  });

  it('takes a predicted value without offset as the page’s local day', () => {
    expect(sameDay('2025-06-05 14:46:12+02:00', '2025-06-05')).toBe(1);
    expect(sameDay('2025-06-05 14:46:12+02:00', '2025-06-04T23:00:00')).toBe(0);
  });

  it('scores an expected absent date 1 only when none is returned', () => {
    expect(sameDay(null, null)).toBe(1);
    expect(sameDay(null, '2017-03-21T09:30:00+01:00')).toBe(0);
    expect(sameDay('2017-03-21T09:30:00+01:00', null)).toBe(0);
  });

  it('does not accept a value it cannot read', () => {
    expect(sameDay('2017-03-21T09:30:00+01:00', '21. März 2017')).toBe(0);
  });
});

describe('body shingles', () => {
  const expected = 'one two three four five six seven eight';

  it('is perfect for the same text and tolerant of punctuation and case', () => {
    const c = shingleCounts(expected, 'One, two; three four. Five six seven eight!');
    expect(precisionOf(c)).toBe(1);
    expect(recallOf(c)).toBe(1);
  });

  it('loses precision for extra text and recall for missing text', () => {
    const extra = shingleCounts(expected, `${expected} share this article on social media now`);
    expect(recallOf(extra)).toBe(1);
    expect(precisionOf(extra)).toBeLessThan(1);
    const missing = shingleCounts(expected, 'one two three four five');
    expect(precisionOf(missing)).toBe(1);
    expect(recallOf(missing)).toBeCloseTo(2 / 5);
  });

  it('aggregates like the benchmark: an empty answer lowers recall but is left out of precision', () => {
    const good = shingleCounts(expected, expected);
    const empty = shingleCounts(expected, '');
    const agg = bodyAggregate([good, empty]);
    expect(agg.precision).toBe(1);
    expect(agg.recall).toBe(0.5);
    expect(agg.f1).toBeCloseTo(2 / 3);
  });
});
