import { describe, expect, it } from 'vitest';
import { extract } from './page';

// The page is at news.example (see page.ts): its host says "news".
const publisher = (name: string) =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Ministers meet in Tokyo', publisher: { '@type': 'Organization', name } })}</script>`;
const og = (name: string) => `<meta property="og:site_name" content="${name}">`;
const title = (suffix: string) => `<title>Ministers meet in Tokyo | ${suffix}</title>`;
const h1 = '<h1>Ministers meet in Tokyo</h1>';

describe('site name', { timeout: 60_000 }, () => {
  it('prefers the publisher when og:site_name is a section and the title names the publisher too', () => {
    const a = extract({ head: og('Security') + publisher('Daily Courier') + title('Daily Courier'), header: h1 });
    expect(a.siteName).toBe('Daily Courier');
  });

  it('prefers the publisher named by the host over a section', () => {
    expect(extract({ head: og('Security') + publisher('news online'), header: h1 }).siteName).toBe('news online');
    expect(
      extract({ head: og('Politik') + '<meta name="application-name" content="News Online">', header: h1 }).siteName,
    ).toBe('News Online');
  });

  it('keeps og:site_name when another name backs it, or it is the host', () => {
    expect(
      extract({ head: og('Courier') + publisher('Courier Media Group GmbH') + title('Courier'), header: h1 }).siteName,
    ).toBe('Courier');
    expect(
      extract({
        head: og('news.example') + publisher('Example Newspaper Group') + title('Example Newspaper Group'),
        header: h1,
      }).siteName,
    ).toBe('news.example');
  });

  it('keeps og:site_name when nothing backs the other name', () => {
    expect(extract({ head: og('Courier') + publisher('Courier Media Group GmbH'), header: h1 }).siteName).toBe(
      'Courier',
    );
  });
});

describe('site name given as a company', { timeout: 60_000 }, () => {
  it('shows the brand beside the legal name, not the company', () => {
    const a = extract({ head: publisher('Daily Courier - Courier Verlag und Druck GmbH & Co. KG'), header: h1 });
    expect(a.siteName).toBe('Daily Courier');
  });

  it("takes the brand from the logo's alt text when the host backs it", () => {
    const logo =
      '<header><a href="/"><img class="site-logo" src="/logo.svg" alt="Nachrichten: Region | News Daily"></a></header>';
    const a = extract({ head: publisher('Example Verlagsgesellschaft mbH'), header: h1, around: logo });
    expect(a.siteName).toBe('News Daily');
  });

  it('keeps a legal name that nothing else replaces, and a brand that only looks like one', () => {
    expect(extract({ head: publisher('Courier Media Group Inc.'), header: h1 }).siteName).toBe(
      'Courier Media Group Inc.',
    );
    expect(extract({ head: publisher('Agenda Cosmos Times'), header: h1 }).siteName).toBe('Agenda Cosmos Times');
  });
});
