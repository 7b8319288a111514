import { describe, expect, it } from 'vitest';
import { EN_BODY, extract } from './page';

const lines = (text: string): string[] => text.split(/\n+/).map((l) => l.trim());

describe("a picture's labels for screen readers", { timeout: 60_000 }, () => {
  it('leaves out the word beside the picture and the label glued to the credit, and keeps the caption', () => {
    const a = extract({
      body: `${EN_BODY}<figure role="group"><span>Picture</span><div><p><img src="/i/camp.jpg" alt=""></p></div>
        <figcaption><span>Peacekeepers at a refugee camp on Monday.</span><span><span>Credit</span>Ann Lee/Agency</span></figcaption>
        </figure>${EN_BODY.replace(/Tokyo/g, 'Osaka')}`,
    });
    const shown = lines(a.text);
    expect(shown).not.toContain('Picture');
    expect(a.text).not.toMatch(/CreditAnn|Credit Ann/);
    expect(a.text).toContain('Peacekeepers at a refugee camp on Monday.');
    expect(a.text).toContain('Ann Lee/Agency');
  });

  it('leaves out a lone word left in a figure outside its caption', () => {
    const a = extract({
      body: `${EN_BODY}<figure><div><p><span>Bildansicht</span></p></div><figcaption>Water mains break often in winter.</figcaption>
        <img src="/i/water.jpg" alt=""></figure>${EN_BODY.replace(/Tokyo/g, 'Osaka')}`,
    });
    expect(lines(a.text)).not.toContain('Bildansicht');
    expect(a.text).toContain('Water mains break often in winter.');
  });

  it('keeps a one-word caption and words with a space after them', () => {
    const a = extract({
      body: `${EN_BODY}<figure><img src="/i/a.jpg" alt=""><figcaption><em>Above</em> the harbour at dawn.</figcaption></figure>
        <figure><img src="/i/b.jpg" alt=""><figcaption>Chemnitz</figcaption></figure>${EN_BODY.replace(/Tokyo/g, 'Osaka')}`,
    });
    expect(a.text).toContain('Above the harbour at dawn.');
    expect(lines(a.text)).toContain('Chemnitz');
  });
});
