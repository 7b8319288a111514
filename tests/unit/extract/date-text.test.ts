import { describe, expect, it } from 'vitest';
import { datesInText } from '../../../utils/extract/date-text';

const first = (text: string, lang?: string): string | undefined => datesInText(text, lang)[0]?.iso;

describe('dates printed in text', () => {
  it('reads English month names and abbreviations, with ordinals and 12-hour times', () => {
    expect(first('Published: Dec. 22, 2016, 6:47 p.m.')).toBe('2016-12-22T18:47:00');
    expect(first('Apr 27th, 2020')).toBe('2020-04-27');
    expect(first('Tue November 29, 2016')).toBe('2016-11-29');
    expect(first('September 26, 2016')).toBe('2016-09-26');
  });

  it('turns a named time zone into an offset, and keeps an ambiguous one local', () => {
    expect(first('Written by M. Larabel on 1 June 2019 at 08:34 PM EDT. 51 Comments')).toBe(
      '2019-06-01T20:34:00-04:00',
    );
    expect(first('Published 22:00, 11 July 2021 BST')).toBe('2021-07-11T22:00:00+01:00');
    expect(first('11/28/2016 04:23 pm ET')).toBe('2016-11-28T16:23:00');
    expect(first('3 March 2019 10:00 GMT+2')).toBe('2019-03-03T10:00:00+02:00');
  });

  it('reads German, French and Spanish dates', () => {
    expect(first('Veröffentlicht am 28. April 2023 um 14:05 Uhr')).toBe('2023-04-28T14:05:00');
    expect(first('Publié le 07 mai 2019 à 13h59')).toBe('2019-05-07T13:59:00');
    expect(first('1er mars 2019')).toBe('2019-03-01');
    expect(first('5 de marzo de 2019')).toBe('2019-03-05');
  });

  it('reads CJK and ISO-style numeric dates', () => {
    expect(first('ZDNet Japan Staff 2019年04月28日 08時00分')).toBe('2019-04-28T08:00:00');
    expect(first('2019년 4월 28일')).toBe('2019-04-28');
    expect(first('2017-03-01 14:27:02')).toBe('2017-03-01T14:27:00');
    expect(first('最終更新日：2019/02/22')).toBe('2019-02-22');
  });

  it('reads dotted dates day first and slashed ones by their order or the page locale', () => {
    expect(first('Hintergrund19.07.2022Lesedauer')).toBe('2022-07-19');
    expect(first('22/12/2016')).toBe('2016-12-22');
    expect(first('12/22/2016')).toBe('2016-12-22');
    expect(first('10/13/16 12:34PM')).toBe('2016-10-13T12:34:00');
    expect(first('03/04/2019')).toBe('2019-04-03');
    expect(first('03/04/2019', 'en-US')).toBe('2019-03-04');
  });

  it('returns every date in order, with where it starts', () => {
    const text = 'Publié le 07 mai 2019 à 13h59 - Mis à jour le 08 mai 2019 à 09h03';
    expect(datesInText(text)).toEqual([
      { iso: '2019-05-07T13:59:00', index: 10 },
      { iso: '2019-05-08T09:03:00', index: 46 },
    ]);
  });

  it('ignores partial, impossible and ambiguous dates', () => {
    expect(datesInText('May 2019')).toEqual([]);
    expect(datesInText('in May 5 people came')).toEqual([]);
    expect(datesInText('Oct 24-28')).toEqual([]);
    expect(datesInText('February 30, 2019')).toEqual([]);
    expect(datesInText('31.02.2019')).toEqual([]);
    expect(datesInText('03/04/19')).toEqual([]);
    expect(datesInText('December 12, 1850')).toEqual([]);
  });

  it('keeps the date when a time is out of range', () => {
    expect(first('Dec 1, 2019 at 13:30 pm')).toBe('2019-12-01');
  });
});
