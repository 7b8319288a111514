import { describe, expect, it } from 'vitest';
import { DE_BODY, EN_BODY, extract } from './page';

const H1 = '<h1>Ministers agree on closer ties</h1>';
const DE_H1 = '<h1>Spitzentreffen in Tokio: Minister beraten</h1>';

describe('a subscription or app offer is never a teaser', { timeout: 60_000 }, () => {
  it('takes no price offer set where a standfirst goes, and no "read on without ads" button', () => {
    const a = extract({
      header: `${H1}<p class="article-standfirst">First month for $1. Unlimited digital access, cancel anytime.</p>`,
      body: EN_BODY,
    });
    expect(a.teaser).toEqual([]);
    const b = extract({
      header: `${DE_H1}<div class="teaser"><p>Jetzt abonnieren und alle Artikel ohne Werbung lesen.</p></div>`,
      body: DE_BODY,
    });
    expect(b.teaser).toEqual([]);
    const c = extract({
      header: `${DE_H1}<p class="intro">Mit PUR ohne Werbung weiterlesen, monatlich kündbar</p>`,
      body: DE_BODY,
    });
    expect(c.teaser).toEqual([]);
  });

  it("takes no list of an offer's perks as key points, and still takes a summary box of points", () => {
    const perks =
      '<ul class="summary"><li>Unbegrenzter Zugang zu allen Artikeln</li><li>Nur 4,99 € im Monat, jederzeit kündbar</li><li>Ohne Werbung weiterlesen auf allen Geräten</li></ul>';
    expect(extract({ header: `${DE_H1}${perks}`, body: DE_BODY }).teaser).toEqual([]);
    const points =
      '<ul class="summary"><li>Die Minister beraten über Sicherheit.</li><li>Ein Gipfel ist für April geplant.</li></ul>';
    expect(extract({ header: `${DE_H1}${points}`, body: DE_BODY }).teaser).toEqual([
      'Die Minister beraten über Sicherheit.',
      'Ein Gipfel ist für April geplant.',
    ]);
  });

  it('keeps a standfirst that reports a price', () => {
    const dek =
      'Rents in the city rose to 1,200 euro a month on average last year, the highest level since records began.';
    expect(extract({ header: `${H1}<p class="article-standfirst">${dek}</p>`, body: EN_BODY }).teaser).toEqual([dek]);
  });
});
