import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchLede, startServer, type LedeBrowser, type StaticServer } from './harness';
import { waitForOverlay } from './overlay-helpers';
import { contentWorld } from './speech-stand-in';

// Real speech: Chromium with speech-dispatcher (Debian's speech-dispatcher + espeak-ng). Where the
// engine lists a German voice, Listen speaks the seed headline through it; where it lists none,
// the reader must say so instead of reading German with another language's voice.
let lede: LedeBrowser;
let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
  lede = await launchLede({ extraArgs: ['--enable-speech-dispatcher'] });
});
afterAll(async () => {
  await lede?.close();
  await server?.close();
});

test('the seed headline is spoken by a German voice, or the reader says there is none, or no voice at all', async () => {
  const page = await lede.newPage(server.url('shared', 'seed/seed-article.rich.html'));
  await lede.clickToolbarButton(page);
  await waitForOverlay(page);
  await page.locator('lede-reader .lede-body p').first().waitFor();
  const world = await contentWorld(lede, page);
  // speech-dispatcher lists no voice for seconds after a cold start, and may list them in stages,
  // so the test reads the list only once the reader has answered: a spoken headline or a notice.
  await page.locator('lede-reader').getByRole('button', { name: 'Listen' }).click();
  const answer = await world.evaluate<'speaking' | 'notice' | 'none'>(`new Promise((done) => {
    const t0 = Date.now();
    const notice = () => document.querySelector('lede-reader')?.shadowRoot?.querySelector('[role="alert"]');
    const poll = () =>
      speechSynthesis.speaking ? done('speaking') : notice() ? done('notice') : Date.now() - t0 > 15000 ? done('none') : setTimeout(poll, 50);
    poll();
  })`);
  const german = await world.evaluate<string[]>(
    `speechSynthesis.getVoices().filter((v) => /^de\\b/i.test(v.lang)).map((v) => v.name)`,
  );
  const all = await world.evaluate<number>('speechSynthesis.getVoices().length');
  const notice = answer === 'notice' ? await page.locator('lede-reader [role="alert"]').textContent() : '';
  console.log(
    `answer: ${answer} ${notice}; voices: ${all}; German: ${german.length ? german.slice(0, 5).join(', ') : 'none'}`,
  );
  if (german.length === 0) {
    expect(answer).toBe('notice');
    // A speech service listing no voice at all (down, or deaf to a second browser) is not a missing German voice.
    await expect(page.locator('lede-reader [role="alert"]').textContent()).resolves.toMatch(
      all === 0 ? /speech service offers no voices/ : /No voice for German/,
    );
    return;
  }
  // The engine itself reports that it speaks.
  expect(answer).toBe('speaking');
  await expect(page.locator('lede-reader').getByRole('button', { name: 'Pause' }).isVisible()).resolves.toBe(true);
});
