import { describe, expect, it } from 'vitest';
import { dateFromUrl, normalizeDate } from '../../../utils/extract/dates';
import { extract } from './page';

describe('metadata', { timeout: 60_000 }, () => {
  it('normalises dates to ISO 8601 and keeps a given offset', () => {
    expect(normalizeDate('2017-03-21T09:30:00+01:00')).toBe('2017-03-21T09:30:00+01:00');
    expect(normalizeDate('2017-03-21T09:30:00+0100')).toBe('2017-03-21T09:30:00+01:00');
    expect(normalizeDate('2017-03-21')).toBe('2017-03-21');
    expect(normalizeDate('Tue, 21 Mar 2017 08:30:00 GMT')).toBe('2017-03-21T08:30:00Z');
    expect(normalizeDate('gestern')).toBeNull();
  });
  it('reads the date from a permalink path', () => {
    expect(dateFromUrl('https://x.example/2017/03/21/story')).toBe('2017-03-21');
    expect(dateFromUrl('https://x.example/story-2017')).toBeNull();
  });
  it('takes date, site, image and canonical URL from JSON-LD in @graph with a publisher', () => {
    const ld = {
      '@graph': [
        {
          '@type': ['NewsArticle'],
          headline: 'H',
          datePublished: '2020-05-01T10:00:00Z',
          image: [{ '@type': 'ImageObject', url: '/lead.jpg' }],
          publisher: { '@id': '#org' },
        },
        { '@type': 'Organization', '@id': '#org', name: 'Example Times' },
      ],
    };
    const a = extract({
      head: `<link rel="canonical" href="/canonical/story"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    });
    expect(a.publishedTime).toBe('2020-05-01T10:00:00Z');
    expect(a.siteName).toBe('Example Times');
    expect(a.leadImage).toBe('https://news.example/lead.jpg');
    expect(a.url).toBe('https://news.example/canonical/story');
  });
  it('falls back to meta tags, <time datetime> in the header and the URL for the date', () => {
    expect(
      extract({ head: '<meta property="article:published_time" content="2019-01-02T03:04:05+02:00">' }).publishedTime,
    ).toBe('2019-01-02T03:04:05+02:00');
    expect(
      extract({ header: '<header><h1>T</h1><time datetime="2018-06-07T08:00:00Z">7 June</time></header>' })
        .publishedTime,
    ).toBe('2018-06-07T08:00:00Z');
    expect(
      extract({ head: '<meta value="2016-12-14T06:02:15Z" name="og:article:published_time">' }).publishedTime,
    ).toBe('2016-12-14T06:02:15Z');
    expect(extract().publishedTime).toBe('2017-03-21');
    expect(extract({}, 'https://news.example/story.html').publishedTime).toBeNull();
  });
  it('falls back to the host as site name and the first body image as lead image', () => {
    const a = extract({
      body: `<p>${'Words of the story that go on and on about the meeting. '.repeat(10)}</p><img src="/first.jpg">`,
    });
    expect(a.siteName).toBe('news.example');
    expect(a.leadImage).toBe('https://news.example/first.jpg');
  });
  it('counts words and reading minutes', () => {
    const a = extract({ body: `<p>${'word '.repeat(690)}</p>` });
    expect(a.wordCount).toBe(690);
    expect(a.readingMinutes).toBe(3);
  });
});
