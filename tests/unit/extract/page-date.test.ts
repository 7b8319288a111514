import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { EN_BODY, extract } from './page';

const H1 = '<h1>Ministers meet in Tokyo</h1>';
/** A URL without a date in its path, so only the page can give one. */
const PLAIN = 'https://news.example/politics/ministers-meet.html';

describe('printed publication date', { timeout: 60_000 }, () => {
  it('reads the dateline under the headline when the markup gives no date', () => {
    const a = extract(
      {
        header: `${H1}<p class="byline">By Jane Doe</p><ul class="dateline"><li>Published: Dec. 22, 2016, 6:47 p.m.</li></ul>`,
      },
      PLAIN,
    );
    expect(a.publishedTime).toBe('2016-12-22T18:47:00');
  });

  it('reads a <time datetime> under the headline whose text is for people only, on a page with no <article>', () => {
    const dated = (time: string, around = '') =>
      extractArticle(
        parseHtml(
          `<!DOCTYPE html><html><head><title>Ministers meet in Tokyo</title></head><body><div class="page"><div class="post-head">${H1}
<div class="post-meta">by Jane Doe · ${time}</div></div><div class="post-body">${EN_BODY}</div></div>${around}</body></html>`,
          PLAIN,
        ),
        PLAIN,
      );
    const relative = dated('<time datetime="2025-06-15">yesterday</time>');
    expect(relative.ok && relative.article.publishedTime).toBe('2025-06-15');
    // The text gives the day; the machine's value also gives the time.
    const ordinal = dated('<time datetime="2022-09-02T12:45:33Z">2nd Sep 2022</time>');
    expect(ordinal.ok && ordinal.article.publishedTime).toBe('2022-09-02T12:45:33Z');
    // Another story's time, in a list beside the article, is not this one's.
    const other = dated(
      '',
      '<div class="related-stories"><ul><li><a href="/a">Older story</a> <time datetime="2016-06-07">last June</time></li></ul></div>',
    );
    expect(other.ok && other.article.publishedTime).toBeNull();
  });

  it('reads the ISO date a "1 day ago" label or an hAtom <abbr> keeps in its title', () => {
    const dated = (meta: string) => extract({ header: `${H1}<p class="meta">by Jane Doe · ${meta}</p>` }, PLAIN);
    expect(
      dated('<span class="age" title="2025-06-15T12:00:00 1750000000"><a href="/item">1 day ago</a></span>')
        .publishedTime,
    ).toBe('2025-06-15T12:00:00');
    expect(dated('<abbr class="published" title="2005-10-10T14:07:00-07:00">October 10th</abbr>').publishedTime).toBe(
      '2005-10-10T14:07:00-07:00',
    );
    // A title that is a tooltip in words gives no date.
    expect(dated('<span title="Share this story">1 day ago</span>').publishedTime).toBeNull();
  });

  it('reads the date line above a post whose paragraphs are runs of text between <br>s', () => {
    const runs = EN_BODY.replace(/<p>/g, '').replace(/<\/p>/g, '<br><br>');
    const html = `<!DOCTYPE html><html><head><title>Ministers meet in Tokyo</title></head><body><table><tr><td>
<h1>A blog of many things</h1><p>Welcome to my blog.</p><h3>Thursday, May 27, 2004</h3><blockquote>${runs}</blockquote>
</td><td><p>Archives: <a href="/2004/04/">April 2004</a> <a href="/2004/03/">March 2004</a></p></td></tr></table></body></html>`;
    const result = extractArticle(parseHtml(html, PLAIN), PLAIN);
    expect(result.ok && result.article.publishedTime).toBe('2004-05-27');
  });

  it('reads the date above a forum post whose one long paragraph is bare text in a box', () => {
    // No headline element (the title is the <title>'s) and no page <p> long enough to find again:
    // the box holding the post's opening run is where the date is read from.
    const html = `<!DOCTYPE html><html><head><title>Ask: how do you keep notes? | Forum</title></head><body><table><tr><td>
<div class="head"><a href="/user/jdoe">jdoe</a> <span class="age" title="2025-06-15T12:00:00"><a href="/item/1">1 day ago</a></span></div>
<div class="post">I have tried paper notebooks, plain text files and three different apps over the years without luck.<p>What finally worked for you?<p>Links welcome.</div>
</td></tr></table></body></html>`;
    const result = extractArticle(parseHtml(html, PLAIN), PLAIN);
    expect(result.ok && result.article.publishedTime).toBe('2025-06-15T12:00:00');
  });

  it('takes the published date, not the updated one', () => {
    const a = extract(
      { header: `${H1}<p>Publié le 07 mai 2019 à 13h59 - Mis à jour le 08 mai 2019 à 09h03</p>` },
      PLAIN,
    );
    expect(a.publishedTime).toBe('2019-05-07T13:59:00');
    const b = extract(
      {
        header: `${H1}<div><span>Updated:</span> <span>Mar 6, 2018</span> <span>Original:</span> <span>Dec 21, 2016</span></div>`,
      },
      PLAIN,
    );
    expect(b.publishedTime).toBe('2016-12-21');
  });

  it('falls back to an updated date when it is the only one printed', () => {
    const a = extract(
      { header: `${H1}<div class="timestamp">Updated 11:22 PM EST, Tue November 29, 2016</div>` },
      PLAIN,
    );
    expect(a.publishedTime).toBe('2016-11-29');
  });

  it('ignores dates in related-article lists and in the story text', () => {
    const body = `<p>${'The ministers talked for hours about the treaty and the islands. '.repeat(3)}</p><p>On March 3, 2015, the last round of talks had failed after only one day of meetings in the capital.</p>`;
    const around =
      '<div class="related-stories"><ul><li><a href="/a">Older story</a> <span>June 7, 2016</span></li></ul></div>';
    expect(extract({ header: H1, body, around }, PLAIN).publishedTime).toBeNull();
  });

  it('prefers the dateline to a date printed above the headline', () => {
    const a = extract(
      {
        header: `<div class="issue">December 5, 2016 Issue</div>${H1}<p class="byline">By James Wood · November 27, 2016</p>`,
      },
      PLAIN,
    );
    expect(a.publishedTime).toBe('2016-11-27');
  });

  it('keeps the permalink day when the printed date disagrees with it, and adds the time when it agrees', () => {
    expect(extract({ header: `${H1}<p>March 22, 2017</p>` }).publishedTime).toBe('2017-03-21');
    expect(extract({ header: `${H1}<p>March 21, 2017 at 9:30 am</p>` }).publishedTime).toBe('2017-03-21T09:30:00');
  });

  it('gives a UTC time from the markup back in the zone of the time printed for readers', () => {
    const head = '<meta property="article:published_time" content="2016-12-23T00:47:31Z">';
    const a = extract(
      { head, header: `${H1}<ul class="dateline"><li>Published: Dec. 22, 2016, 6:47 p.m.</li></ul>` },
      PLAIN,
    );
    expect(a.publishedTime).toBe('2016-12-22T18:47:31-06:00');
    // A printed time that is no whole zone offset away is another moment: the markup's UTC stays.
    const b = extract(
      { head, header: `${H1}<ul class="dateline"><li>Updated: Dec. 22, 2016, 6:52 p.m.</li></ul>` },
      PLAIN,
    );
    expect(b.publishedTime).toBe('2016-12-23T00:47:31Z');
  });
});
