// @vitest-environment jsdom
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { withPictures } from '@/components/body-pictures';
import { getArticle, removeArticle, restoreArticle, saveArticle } from '@/utils/library/articles';
import { DB_NAME, type SavedArticle } from '@/utils/library/db';
import { articlesToHtml } from '@/utils/library/html-export';
import { fetchPictures, MAX_PICTURE_BYTES } from '@/utils/library/picture-fetch';
import { bestCandidate, pictureSources } from '@/utils/library/picture-sources';
import { getPictures, picturesByArticle, storePictures } from '@/utils/library/pictures';
import { upgradeSteps } from '@/utils/library/schema';
import { withLeadInBody } from '@/utils/library/lead-picture';
import { makeArticle, numbered, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill).buffer;
const png = (n = 4) => ({ type: 'image/png', bytes: bytes(n) });

describe('which pictures a body has', () => {
  it('takes the largest srcset candidate that fits, keyed by the src the body names', () => {
    const html =
      '<p>x</p><img src="https://i.example/a.jpg?w=400" srcset="https://i.example/a-800.jpg 800w, https://i.example/a-1600.jpg 1600w, https://i.example/a-4000.jpg 4000w" alt="A">' +
      '<img src="https://i.example/b.jpg?x=1&amp;y=2"><img src="https://i.example/a.jpg?w=400"><img src="data:image/gif;base64,AA">';
    expect(pictureSources(html)).toEqual([
      { src: 'https://i.example/a.jpg?w=400', fetchUrl: 'https://i.example/a-1600.jpg' },
      { src: 'https://i.example/b.jpg?x=1&y=2', fetchUrl: 'https://i.example/b.jpg?x=1&y=2' },
    ]);
    expect(bestCandidate(undefined, 'https://i.example/1x.jpg 1x, https://i.example/2x.jpg 2x')).toBe(
      'https://i.example/2x.jpg',
    );
  });
});

describe('downloading pictures', () => {
  const respond = (type: string, size: number) => new Response(bytes(size), { headers: { 'content-type': type } });

  it('keeps images within the caps and leaves out failures, non-images and oversized ones', async () => {
    const served: Record<string, () => Response> = {
      'https://i.example/lead.jpg': () => respond('image/jpeg', 10),
      'https://i.example/a.jpg': () => respond('image/png', 20),
      'https://i.example/page.html': () => respond('text/html', 5),
      'https://i.example/huge.jpg': () => respond('image/jpeg', MAX_PICTURE_BYTES + 1),
      'https://i.example/evil.svg': () => respond('image/svg+xml', 5),
    };
    const fetcher = (async (url: string) =>
      (served[url] ?? (() => new Response('', { status: 404 })))()) as typeof fetch;
    const html = ['a.jpg', 'page.html', 'huge.jpg', 'evil.svg', 'gone.jpg']
      .map((f) => `<img src="https://i.example/${f}">`)
      .join('');
    const kept = await fetchPictures(html, 'https://i.example/lead.jpg', fetcher);
    expect(kept.map((p) => [p.src, p.type, p.bytes.byteLength])).toEqual([
      ['https://i.example/lead.jpg', 'image/jpeg', 10],
      ['https://i.example/a.jpg', 'image/png', 20],
    ]);
  });
});

describe('pictures in the library', () => {
  it('are stored with the article, replaced on a new save, and deleted with it', async () => {
    const { id } = await saveArticle(makeArticle());
    const other = await saveArticle(numbered(2));
    await storePictures(id, [
      { src: 'https://i.example/a.jpg', ...png() },
      { src: 'https://i.example/b.jpg', ...png() },
    ]);
    await storePictures(other.id, [{ src: 'https://i.example/a.jpg', ...png() }]);
    expect((await getPictures(id)).map((p) => p.src)).toEqual(['https://i.example/a.jpg', 'https://i.example/b.jpg']);
    expect(new Uint8Array((await getPictures(id))[0]!.bytes)).toEqual(new Uint8Array(4).fill(1));

    await storePictures(id, [{ src: 'https://i.example/c.jpg', ...png() }]);
    expect((await getPictures(id)).map((p) => p.src)).toEqual(['https://i.example/c.jpg']);

    await removeArticle(id);
    expect(await getPictures(id)).toEqual([]);
    expect(await getPictures(other.id)).toHaveLength(1);
  });

  it('come back with their article when a delete is undone', async () => {
    const { id } = await saveArticle(makeArticle());
    await storePictures(id, [
      { src: 'https://i.example/a.jpg', ...png(3) },
      { src: 'https://i.example/b.jpg', ...png(5) },
    ]);
    const removed = await removeArticle(id);
    expect(await getPictures(id)).toEqual([]);
    expect(await restoreArticle(removed)).toBe(id);
    const back = await getPictures(id);
    expect(back.map((p) => [p.src, p.type, p.bytes.byteLength])).toEqual([
      ['https://i.example/a.jpg', 'image/png', 3],
      ['https://i.example/b.jpg', 'image/png', 5],
    ]);
    // The pictures live in their own store, never inside the record.
    expect(Object.keys((await getArticle(id))!)).not.toContain('pictures');
  });

  it('are not stored for an article deleted while they downloaded', async () => {
    const { id } = await saveArticle(makeArticle());
    await removeArticle(id);
    expect(await storePictures(id, [{ src: 'https://i.example/a.jpg', ...png() }])).toBe(false);
    expect(await getPictures(id)).toEqual([]);
  });

  it('a v3 library opens as v4 with every article kept', async () => {
    const db = await openDB(DB_NAME, 3, {
      upgrade: async (database, _o, _n, tx) => {
        for (let v = 0; v < 3; v++) await upgradeSteps[v]!(database, tx);
      },
    });
    const old: SavedArticle = {
      id: 'v3',
      article: makeArticle(),
      savedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      read: true,
      readProgress: 0.4,
    };
    await db.put('articles', old);
    db.close();
    expect(await getArticle('v3')).toEqual(old);
    expect(await getPictures('v3')).toEqual([]);
  });
});

describe('showing and exporting kept pictures', () => {
  const body =
    '<figure><img src="https://i.example/a.jpg" alt="Der Hafen"><figcaption>Hafen bei Nacht</figcaption></figure><p>Text</p><img src="https://i.example/b.jpg" alt="Ein Schiff"><picture><source srcset="https://i.example/c.webp"><img src="https://i.example/c.jpg"></picture>';

  it('the reader page: kept ones from the library, the others as a placeholder with their description', () => {
    const html = withPictures(body, {
      urls: new Map([['https://i.example/a.jpg', 'blob:lede/1']]),
      missingLabel: 'Picture not saved',
    });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['blob:lede/1']);
    expect([...doc.querySelectorAll('.lede-picture-missing')].map((s) => s.textContent)).toEqual([
      'Picture not saved: Ein Schiff',
      'Picture not saved',
    ]);
    // Label and description each isolated, so in an RTL article neither reorders into the other.
    expect(
      [...doc.querySelectorAll('.lede-picture-missing')].map((s) =>
        [...s.querySelectorAll('bdi')].map((b) => b.textContent),
      ),
    ).toEqual([['Picture not saved', 'Ein Schiff'], ['Picture not saved']]);
    expect(doc.querySelector('source')).toBeNull();
    expect(doc.querySelector('figcaption')?.textContent).toBe('Hafen bei Nacht');
  });

  it('the reader page: no placeholder for what the reader never showed as a picture, no request for a data: picture', () => {
    const dot =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const html = withPictures(
      `<p>Text</p><img width="1" height="1" src="https://track.example/p.gif"><img width="1" height="1">` +
        `<img src="${dot}" alt="Chart" srcset="data:image/png;base64,AAAA 2x"><img alt="Karte"><p>More</p>`,
      { urls: new Map(), missingLabel: 'Picture not saved' },
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('.lede-picture-missing')).toHaveLength(0);
    expect([...doc.querySelectorAll('img')].map((i) => [i.getAttribute('src'), i.getAttribute('alt')])).toEqual([
      [dot, 'Chart'],
      [null, 'Karte'],
    ]);
    expect(doc.querySelector('[srcset]')).toBeNull();
  });

  it('the HTML export embeds kept pictures as data: URLs', async () => {
    const { id } = await saveArticle(makeArticle({ content: body, leadImage: null }));
    await storePictures(id, [
      { src: 'https://i.example/a.jpg', type: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]).buffer },
    ]);
    const record = (await getArticle(id))!;
    const html = articlesToHtml([record], { source: 'Source' }, 'x', await picturesByArticle([id]));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const srcs = [...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'));
    expect(srcs[0]).toBe('data:image/png;base64,iVBORw==');
    expect(srcs[1]).toBe('https://i.example/b.jpg');
  });
});

describe('the lead picture on the saved page', () => {
  const lead = 'https://www.news.example/DYNIMG/22/17/13862217_W2040C2040x1360o0x0.jpg';
  const bodyCopy =
    '<figure><img src="https://pics.news.example/DYNIMG/hutfestival/w213Ko8B/22/17/13862217_M400x267.jpg" ' +
    'srcset="https://pics.news.example/DYNIMG/hutfestival/w213Ko8B/22/17/13862217_M400x267.jpg 400w, ' +
    'https://pics.news.example/DYNIMG/hutfestival/w213Ko8B/22/17/13862217_M2040x1530.jpg 2040w" alt="Hutfestival">' +
    '<figcaption>Im Vorjahr zog das Hutfestival Tausende an.</figcaption></figure><p>Text.</p>';

  it('shows once when the body has it at another size on another host', () => {
    const shown = withLeadInBody(makeArticle({ leadImage: lead, content: bodyCopy }));
    expect(shown.leadImage).toBeNull();
    expect(shown.content).toBe(bodyCopy);
    const pictures = withPictures(shown.content, { urls: new Map(), missingLabel: 'Picture not saved' });
    expect(pictures.match(/lede-picture-missing/g)).toHaveLength(1);
  });

  it('is downloaded once, as the body names it', async () => {
    const fetched: string[] = [];
    const fetcher = (async (url: string) => {
      fetched.push(url);
      return new Response(bytes(4), { headers: { 'content-type': 'image/jpeg' } });
    }) as typeof fetch;
    const kept = await fetchPictures(bodyCopy, lead, fetcher);
    expect(kept.map((p) => p.src)).toEqual([
      'https://pics.news.example/DYNIMG/hutfestival/w213Ko8B/22/17/13862217_M400x267.jpg',
    ]);
    expect(fetched).toHaveLength(1);
  });

  it('leads the HTML export as it leads the saved page, embedded', async () => {
    const { id } = await saveArticle(makeArticle({ leadImage: lead, content: '<p>Text.</p>' }));
    await storePictures(id, [{ src: lead, type: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]).buffer }]);
    const html = articlesToHtml([(await getArticle(id))!], { source: 'Source' }, 'x', await picturesByArticle([id]));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
      'data:image/png;base64,iVBORw==',
    ]);
  });

  it('still leads the page when the body has other pictures only, after its text begins', () => {
    const text = '<p>A first paragraph long enough to be the opening of the article.</p>';
    const other = text + bodyCopy.replaceAll('13862217', '13862218');
    const shown = withLeadInBody(makeArticle({ leadImage: lead, content: other }));
    expect(shown.content).toBe(`<figure class="lede-lead"><img src="${lead}" alt=""></figure>${other}`);
    // Sizes alone name no picture: "image-1024x683.jpg" and "image-800x600.jpg" may differ.
    const generic = withLeadInBody(
      makeArticle({
        leadImage: 'https://a.example/image-1024x683.jpg',
        content: `${text}<img src="https://a.example/x/image-800x600.jpg">`,
      }),
    );
    expect(generic.content.startsWith('<figure class="lede-lead">')).toBe(true);
  });

  it('is not added above a body that opens with the same photo cropped for the page', () => {
    const crop = bodyCopy
      .replace('13862217_M400x267.jpg', '13862217-crop_articleLarge.jpg')
      .replaceAll('/22/17/13862217_M2040x1530.jpg', '/22/17/13862217-crop_superJumbo.jpg');
    expect(withLeadInBody(makeArticle({ leadImage: lead, content: crop })).content).toBe(crop);
    // A placeholder or a logo opening the body shares no identifier with the lead: the lead still leads.
    const placeholder =
      '<figure><img src="https://www.news.example/resources/161/img/placeholder.png"></figure><p>Text.</p>';
    expect(withLeadInBody(makeArticle({ leadImage: lead, content: placeholder })).content).toBe(
      `<figure class="lede-lead"><img src="${lead}" alt=""></figure>${placeholder}`,
    );
  });
});
