import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { EN_BODY, URL } from './page';

/** A consent manager's privacy centre: longer than the story, hidden only by the site's style sheet. */
const PURPOSES = [
  'We and our partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers, for personalised advertising, content measurement, audience research and services development.',
  'Strictly necessary cookies are needed for the website to function, and they cannot be switched off in our systems, although you can set your browser to block or alert you about these cookies, but some parts of the site will not then work.',
  'Performance cookies allow us to count visits and traffic sources, so that we can measure and improve the performance of our site, and they help us to know which pages are the most and least popular and see how visitors move around the site.',
  'Functional cookies enable the website to provide enhanced functionality and personalisation, and they may be set by us or by third party providers whose services we have added to our pages, such as video players, maps and comment systems.',
  'Targeting cookies may be set through our site by our advertising partners, and they may be used by those companies to build a profile of your interests and show you relevant adverts on other sites, based on uniquely identifying your browser.',
  'You can change your choices at any time by returning to this centre, where you can also withdraw consent, object to processing based on legitimate interest, and see the full list of our partners, their purposes and how long they keep data.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

const CONSENT_CENTRE = (name: string) =>
  `<div ${name}><div class="pc-sdk ot-hide" role="region"><h2>Privacy Preference Center</h2>${PURPOSES}<button>Allow All</button></div></div>`;

const story = (around: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ministers agree on closer ties</title></head><body>
<header><a href="/">Home</a></header>
<div class="story"><h1>Ministers agree on closer ties</h1><p class="byline">By Anna Muster</p>
${EN_BODY.split('\n')
  .map((p) => `<div class="paragraph"><div>${p}</div></div>`)
  .join('\n')}</div>
${around}</body></html>`;

describe('consent managers', () => {
  it('are not read as part of the article, where plain Readability reads one', () => {
    const html = story(CONSENT_CENTRE('id="onetrust-consent-sdk"'));
    // The shape this pass is for: Readability alone reads the privacy centre as part of the story.
    const plain = new Readability(parseHtml(html, URL)).parse();
    expect(plain?.textContent).toContain('Strictly necessary cookies');

    const read = extractArticle(parseHtml(html, URL), URL, { trace: true });
    if (!read.ok) throw new Error(read.reason);
    expect(read.article.text).toContain('The ministers met on Monday');
    expect(read.article.text).not.toContain('cookies');
    expect(read.trace.passes.find((p) => p.pass === 'consent notices')?.text).toContain('Privacy Preference Center');
  });

  it('are recognised by any name a consent tool gives them', () => {
    for (const name of ['class="CookieConsent"', 'id="cookie-banner"', 'class="gdpr-modal"']) {
      const read = extractArticle(parseHtml(story(CONSENT_CENTRE(name)), URL), URL);
      expect(read.ok && read.article.text).toContain('The ministers met on Monday');
    }
  });

  it('a page wrapper named after the consent state is kept whole, and the consent box inside it still goes', () => {
    const html = story(CONSENT_CENTRE('id="onetrust-consent-sdk"')).replace(
      /<body>([\s\S]*)<\/body>/,
      '<body><div class="page cookies-accepted">$1</div></body>',
    );
    const read = extractArticle(parseHtml(html, URL), URL);
    expect(read.ok && read.article.text).toContain('The ministers met on Monday');
    expect(read.ok && read.article.text).not.toContain('Strictly necessary cookies');
  });

  it('a cookie policy page keeps its policy: it stands in <main> under its headline', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Cookie policy</title></head><body>
<main class="cookie-policy"><h1>Cookie policy</h1>${PURPOSES}</main></body></html>`;
    const read = extractArticle(parseHtml(html, URL), URL);
    expect(read.ok && read.article.text).toContain('Strictly necessary cookies are needed');
  });
});
