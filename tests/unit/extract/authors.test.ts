import { describe, expect, it } from 'vitest';
import { splitByline } from '../../../utils/extract/authors';
import { extract } from './page';

describe('authors from byline text', { timeout: 60_000 }, () => {
  it('splits "By A and B" into two people', () => {
    expect(splitByline('By Jane Doe and John Smith', false)).toEqual(['Jane Doe', 'John Smith']);
  });
  it('splits German, French and Spanish conjunctions, commas and ampersands', () => {
    expect(splitByline('Von Anna Berg und Max Muster', false)).toEqual(['Anna Berg', 'Max Muster']);
    expect(splitByline('Par Marie Dupont et Luc Martin', false)).toEqual(['Marie Dupont', 'Luc Martin']);
    expect(splitByline('Por Ana García y Luis Pérez', false)).toEqual(['Ana García', 'Luis Pérez']);
    expect(splitByline('Anna Berg, Max Muster & Eva Klein', false)).toEqual(['Anna Berg', 'Max Muster', 'Eva Klein']);
  });
  it('drops a role, a date, an agency and an e-mail glued to the name', () => {
    expect(splitByline('Hannah Janz, Korrespondentin', false)).toEqual(['Hannah Janz']);
    expect(splitByline('Hannah Janz | 21.03.2017', false)).toEqual(['Hannah Janz']);
    expect(splitByline('Hannah Janz/dpa', false)).toEqual(['Hannah Janz']);
    expect(splitByline('Text: Hannah Janz (hannah.janz@example.com)', false)).toEqual(['Hannah Janz']);
    expect(splitByline('Von unserem Korrespondenten Max Muster', false)).toEqual(['Max Muster']);
  });
  it('keeps an organisation with an ampersand whole instead of splitting off a lone word', () => {
    expect(splitByline('Mac & i', true)).toEqual(['Mac & i']);
  });
  it('strips a "By" glued to the name, but not the start of a name', () => {
    expect(splitByline('ByTravis Haney', false)).toEqual(['Travis Haney']);
    expect(splitByline('Byby JOSH HASKELL', false)).toEqual(['JOSH HASKELL']);
    expect(splitByline('Byron Smith', false)).toEqual(['Byron Smith']);
  });
  it('gives nothing for junk rather than a wrong name', () => {
    expect(splitByline('View All', false)).toEqual([]);
    expect(splitByline('Teilen', false)).toEqual([]);
    expect(splitByline('Updated 21 March 2017, 09:30', false)).toEqual([]);
    expect(splitByline('https://news.example/author/jane', false)).toEqual([]);
  });
});

describe('authors on a page', { timeout: 60_000 }, () => {
  it('reads JSON-LD authors: arrays, objects, strings and @id references in @graph', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'X', author: [{ '@id': '#jane' }, 'John Smith'] },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
      ],
    };
    const a = extract({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` });
    expect(a.authors).toEqual(['Jane Doe', 'John Smith']);
  });

  it('ignores article:author when it is a profile URL and reads the byline instead', () => {
    const a = extract({
      head: '<meta property="article:author" content="https://facebook.com/janedoe">',
      header: '<h1>Title of the story</h1><p class="byline">By Jane Doe and John Smith</p>',
    });
    expect(a.authors).toEqual(['Jane Doe', 'John Smith']);
  });

  it('drops the publisher named in meta author when another tag names the writer, not when it is the only one', () => {
    const head = '<meta name="author" content="Condé Nast"><meta name="copyright" content="Copyright (c) Condé Nast 2022">';
    expect(extract({ head: `${head}<meta property="article:author" content="Alex Hutchinson">` }).authors).toEqual(['Alex Hutchinson']);
    const blog = '<meta name="author" content="Jane Doe"><meta name="copyright" content="© Jane Doe 2020">';
    expect(extract({ head: blog }).authors).toEqual(['Jane Doe']);
  });

  it('reports a name printed twice (avatar alt and link text) once', () => {
    const a = extract({
      header:
        '<h1>Title of the story</h1><div><a href="/author/jane-doe/"><img src="/a.jpg" alt="Jane Doe"></a> <a href="/author/jane-doe/">Jane Doe</a></div>',
    });
    expect(a.authors).toEqual(['Jane Doe']);
  });

  it('prefers the person in the visible byline to an organisation byline that is the site name', () => {
    const a = extract({
      head: '<meta property="og:site_name" content="Daily Example"><meta name="author" content="Daily Example">',
      header: '<h1>Title of the story</h1><p class="byline">By Jane Doe</p>',
    });
    expect(a.authors).toEqual(['Jane Doe']);
  });

  it('prefers the person in the visible byline to a JSON-LD Organization author', () => {
    const ld = { '@type': 'NewsArticle', headline: 'Title of the story', author: { '@type': 'NewsMediaOrganization', name: 'Example Wire' } };
    const a = extract({
      head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      header: '<h1>Title of the story</h1><p class="byline">Von Anna Berg</p>',
    });
    expect(a.authors).toEqual(['Anna Berg']);
  });

  it('names the organisation only when the page names no person', () => {
    const a = extract({ head: '<meta property="og:site_name" content="Daily Example"><meta name="author" content="Daily Example">' });
    expect(a.authors).toEqual(['Daily Example']);
    const ld = { '@type': 'NewsArticle', headline: 'Title of the story', author: { '@type': 'Organization', name: 'Example Wire' } };
    expect(extract({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }).authors).toEqual(['Example Wire']);
  });

  it('takes the byline\'s author links, not those of the "more stories" list further down', () => {
    const card = (n: string): string => `<li><a href="/story-${n}">Another story ${n}</a> <a href="/author/${n}">${n} Writer</a></li>`;
    const a = extract({
      header: '<h1>Title of the story</h1><div class="meta">By <a href="/author/jane-doe">Jane Doe</a> and <a href="/author/john-smith">John Smith</a></div>',
      around: `<div class="more"><ul>${['Anna', 'Ben', 'Carl'].map(card).join('')}</ul></div>`,
    });
    expect(a.authors).toEqual(['Jane Doe', 'John Smith']);
  });

  it('does not take the comment form\'s "author" field or related-article authors', () => {
    const a = extract({
      around:
        '<section id="comments"><form><label for="author">Your Name</label><input id="author" name="author"></form></section>' +
        '<aside><div class="author">Some Other Writer</div></aside>',
    });
    expect(a.authors).toEqual([]);
  });
});
