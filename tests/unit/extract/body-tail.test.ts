import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-file';
import { extractArticle } from '../../../utils/extract';
import { extract, URL } from './page';

const TEXT =
  'The ministers met on Monday in Tokyo to discuss closer cooperation between the two countries, which have never signed a peace treaty.';
const para = (n: number, from = 1): string =>
  Array.from({ length: n }, (_, i) => `<p>${TEXT} Paragraph ${i + from}.</p>`).join('');

describe('body boilerplate', { timeout: 60_000 }, () => {
  it('drops a subscribe box with its list of perks mid-article, and keeps the paragraphs after it', () => {
    const a = extract({
      body: `${para(2)}<section><div><p>Subscribe now to read the latest news in your city and across the country.</p>
        <ul><li>Unlimited digital access to the paper.</li><li>Analysis on all things local by our award-winning reporters, newsletters and virtual events.</li></ul></div>
        <h2>Sign in or create an account</h2></section>${para(4, 3)}`,
    });
    expect(a.text).not.toMatch(/Subscribe now|Unlimited digital access|award-winning|Sign in/);
    expect(a.text).toContain('Paragraph 6.');
  });

  it('keeps a paragraph that only starts like a call to act', () => {
    const a = extract({
      body: `${para(2)}<p>Subscribers to the service complained on Monday that prices rose by a third, the regulator said.</p>${para(2, 3)}`,
    });
    expect(a.text).toContain('Subscribers to the service complained');
  });

  it('drops "Sign in to continue reading" and a bare "Donate" button line, and keeps news that starts with "Sign up" or "Donate"', () => {
    const a = extract({
      body: `${para(2)}<p>Sign in to continue reading this story.</p><p>Donate</p>
        <p>Sign up for the vaccine at your local pharmacy, the health office said on Monday after the first cases.</p>
        <p>Donate blood if you can, the Red Cross urged on Tuesday as reserves fell to a ten-year low.</p>${para(2, 3)}`,
    });
    expect(a.text).not.toMatch(/continue reading|^Donate$/m);
    expect(a.text).toContain('Sign up for the vaccine');
    expect(a.text).toContain('Donate blood if you can');
  });

  it('drops lines that only credit a picture, and keeps captions, source lines and news about picture agencies', () => {
    const a = extract({
      body: `${para(2)}<figure><img src="/a.jpg"><figcaption><span>The harbour at dawn.</span> <span>© BART DEWAELE</span></figcaption></figure>
        <p>Getty Images</p><p><em>(Image: Getty Images/iStockphoto)</em></p><p>Foto: Andreas Kahl</p>
        <p>Getty Images shares fell five percent on Monday.</p>${para(2, 3)}<p>Quelle: ntv.de, dpa</p>`,
    });
    expect(a.text).not.toMatch(/BART DEWAELE|^Getty Images$|iStockphoto|Andreas Kahl/m);
    expect(a.text).toContain('The harbour at dawn.');
    expect(a.text).toContain('Getty Images shares fell');
    expect(a.text).toContain('Quelle: ntv.de');
  });

  it('drops a newsletter call that ends with its sign-up, and keeps a quote asking to sign up for something else', () => {
    const a = extract({
      body: `${para(2)}<p>For free real time breaking news alerts sent straight to your inbox sign up to our breaking news emails</p>
        <p>The union asked its members to sign up for our campaign against the closures, its leader said on Monday.</p>${para(2, 3)}`,
    });
    expect(a.text).not.toContain('breaking news alerts');
    expect(a.text).toContain('sign up for our campaign');
  });

  it('cuts a donation box and what follows it after the last paragraph', () => {
    const a = extract({
      body: `${para(5)}<div><p>Links lesen, Rechts bekämpfen</p><p>Gerade jetzt braucht es Zusammenhalt und Solidarität mit allen, die sich vor Ort engagieren. <a href="/spenden">Jetzt unterstützen</a></p></div>
        <div><p>Nicole Beispiel</p><p>Redakteurin</p><p>Seit 2019 bei der Zeitung, schreibt über Gesundheit und soziale Ungleichheit.</p></div>`,
    });
    expect(a.text).toContain('Paragraph 5.');
    expect(a.text).not.toMatch(/Links lesen|Zusammenhalt|Redakteurin|Seit 2019/);
  });

  it('keeps the article when such a box stands in its middle', () => {
    const a = extract({
      body: `${para(3)}<div><p>Gerade jetzt braucht es Zusammenhalt und Solidarität mit allen, die sich vor Ort engagieren. <a href="/spenden">Jetzt unterstützen</a></p></div>${para(3, 4)}`,
    });
    expect(a.text).toContain('Paragraph 6.');
  });

  it('drops "Read more" lines that link to other stories, and keeps prose that starts alike', () => {
    const a = extract({
      body: `${para(2)}<p>Read more: <a href="/other">Second day of protests in the capital after the minister resigned</a></p>
        <p>More than a hundred people were arrested over the weekend, the police said on Sunday evening in a statement.</p>${para(2, 3)}`,
    });
    expect(a.text).not.toContain('Second day of protests');
    expect(a.text).toContain('More than a hundred people were arrested');
  });

  it('cuts a related-stories block under a label at the tail, but not a label between posts of a live blog', () => {
    const tail = extract({
      body: `${para(4)}<h3>Mehr zum Thema</h3><ul><li><a href="/a">Regierung beschließt neues Gesetz</a></li><li><a href="/b">Opposition kündigt Klage an</a></li></ul>`,
    });
    expect(tail.text).toContain('Paragraph 4.');
    expect(tail.text).not.toMatch(/Mehr zum Thema|Regierung beschließt|Opposition/);

    const blog = extract({ body: `${para(6)}<h3>Related</h3>${para(1, 7)}` });
    expect(blog.text).toContain('Paragraph 7.');
  });

  it('drops a share toolbar with the typo form it opens, and keeps a list of networks the story is about', () => {
    const a = extract({
      body: `<ul><li>E-Mail</li><li>Teilen</li><li>Twitter</li><li>Drucken</li><li>Fehler melden<div><p>Sie haben einen Fehler gefunden?</p>
        <p>Bitte markieren Sie die entsprechenden Wörter im Text.</p></div></li></ul>${para(2)}
        <ul><li>Facebook</li><li>WhatsApp</li><li>Telegram</li><li>Signal</li></ul>${para(2, 3)}`,
    });
    expect(a.text).not.toMatch(/E-Mail|Drucken|Fehler gefunden|markieren/);
    expect(a.text).toContain('Telegram');

    // A button's whole text, not the start of a point: "Delhi police…", "Share prices fell."
    const points = extract({
      body: `${para(2)}<ul><li>Delhi police closed the roads.</li><li>Mail deliveries stopped.</li><li>Share prices fell.</li><li>Print</li></ul>${para(2, 3)}`,
    });
    expect(points.text).toContain('Delhi police closed the roads.');
    expect(points.text).toContain('Share prices fell.');
  });

  it('drops comment rules and consent notes at any length, and calls to report a typo or join a channel', () => {
    const a = extract({
      body: `${para(2)}<p>Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.</p>
        <p>Eine Newsübersicht am Morgen und Breaking News: Abonniere den Whatsapp-Kanal und du bekommst regelmässige Updates.</p>${para(2, 3)}
        <p>Fehler auf news.example entdeckt?</p><p>Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind. ${TEXT} ${TEXT}</p>`,
    });
    expect(a.text).not.toMatch(/einverstanden|Whatsapp|Fehler auf|Kommentare themenbezogen/);
    expect(a.text).toContain('Paragraph 4.');
  });

  it('keeps prose about comments, typos and channels', () => {
    const a = extract({
      body: `${para(2)}<p>Bitte achten Sie darauf, sagte der Minister, dass die Gespräche vertraulich bleiben, bis beide Seiten zustimmen.</p>
        <p>Die Behörde hat den Fehler entdeckt, nachdem ein Bürger sich beschwert hatte, und die Bescheide korrigiert.</p>${para(2, 3)}`,
    });
    expect(a.text).toContain('Bitte achten Sie darauf, sagte der Minister');
    expect(a.text).toContain('den Fehler entdeckt');
  });

  it('drops navigation menus Readability kept', () => {
    const a = extract({
      body: `<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>${para(4)}`,
    });
    expect(a.text.startsWith(TEXT)).toBe(true);
  });
});

describe('next story of an endless-scroll page', { timeout: 60_000 }, () => {
  const story = (h1: string, n: number, word: string): string =>
    `<article><h1>${h1}</h1>${Array.from({ length: n }, (_, i) => `<p>${word} ${TEXT} Paragraph ${i + 1}.</p>`).join('')}</article>`;

  it('drops the next story that the page appended in an <article> with its own <h1>, even when it is longer', () => {
    const html = `<!DOCTYPE html><html><head><title>Ministers agree on closer ties</title></head><body>
      <div id="main">${story('Ministers agree on closer ties', 4, 'First')}<div>${story('Coach returns to his old club', 6, 'Second')}</div></div></body></html>`;
    const result = extractArticle(parseHtml(html, URL), URL);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.text).toContain('First');
    expect(result.article.text).not.toMatch(/Second|Coach returns/);
  });

  it('keeps the sections of a long page that gives each section an <h1>', () => {
    const html = `<!DOCTYPE html><html><head><title>Ministers agree on closer ties</title></head><body><main>
      <section><h1>The talks</h1>${para(3)}</section><section><h1>The summit</h1>${para(3, 4)}</section></main></body></html>`;
    const result = extractArticle(parseHtml(html, URL), URL);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.text).toContain('Paragraph 6.');
  });
});

describe('prompts, app calls and polls', { timeout: 60_000 }, () => {
  it('drops an app prompt that a close button ends, with its perks; keeps a sentence that starts with "No thanks" and an answer "Not now."', () => {
    const a = extract({
      body: `${para(3)}<div class="prompt"><div><div>You are reading the second-best way!</div></div>
        <ul><li>More comfort on the go</li><li>The paper and the news in one app</li><li>Alerts through the day</li></ul>
        <div><a href="/app">Install for free</a></div><div>No thanks. Keep reading here</div></div>
        <p>No thanks were given to the council, the mayor said on Monday, after the budget had passed without a vote.</p>
        <p>Will you stand again?</p><p>Not now.</p>${para(2, 4)}`,
    });
    expect(a.text).toContain('Will you stand again?\n\nNot now.');
    expect(a.text).not.toMatch(/second-best|More comfort|Install for free|Keep reading here/);
    expect(a.text).toContain('No thanks were given to the council');
    expect(a.text).toContain('Paragraph 5.');
  });

  it('drops calls to download the app, in English, German and Arabic, and keeps news about an app', () => {
    const a = extract({
      body: `${para(3)}<div><p>Download our free app</p><p>Get the news first, wherever you are.</p></div>
        <p>Jetzt die App kostenlos herunterladen</p><p>حمل الآن تطبيق الأخبار للهواتف المحمولة</p><p>إشترك لمشاهدة الفيديوهات عبر الانترنت</p>
        <p>Download numbers for the new app doubled in the first week, the company said on Monday in a statement.</p>${para(2, 4)}`,
    });
    expect(a.text).not.toMatch(/Download our free app|news first|herunterladen|تطبيق|إشترك/);
    expect(a.text).toContain('Download numbers for the new app doubled');
  });

  it('drops a poll set in the article (question and answers), and keeps a slideshow switched by radio buttons', () => {
    const poll = `<div class="poll"><p>Should platforms be regulated more strictly?</p><div>
      ${['Yes, at once.', 'No, that is censorship.', 'Not sure.'].map((t, i) => `<label><input type="radio" name="vote" id="v${i}"><label for="v${i}">${t}</label></label>`).join('')}
      </div></div>`;
    const slides = `<div class="slider">${[1, 2].map((i) => `<input type="radio" name="slide" id="s${i}"><figure><img src="/s${i}.jpg"><figcaption>The harbour at dawn, picture ${i}.</figcaption></figure>`).join('')}</div>`;
    const a = extract({ body: `${para(2)}${poll}${para(2, 3)}${slides}${para(2, 5)}` });
    expect(a.text).not.toMatch(/regulated more strictly|censorship|Not sure/);
    expect(a.text).toContain('Paragraph 4.');
    expect(a.content).toContain('/s2.jpg');
    expect(a.text).toContain('The harbour at dawn, picture 1.');
  });
});
