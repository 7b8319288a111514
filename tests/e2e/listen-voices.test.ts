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

test('the seed headline is spoken by a German voice, or the reader says there is none', async () => {
  const page = await lede.newPage(server.url('shared', 'seed/seed-article.rich.html'));
  await lede.clickToolbarButton(page);
  await waitForOverlay(page);
  await page.locator('lede-reader .lede-body p').first().waitFor();
  const world = await contentWorld(lede, page);
  // Voices are listed once the engine has answered: give speech-dispatcher a moment.
  const german = await world.evaluate<string[]>(`new Promise((done) => {
    const list = () => speechSynthesis.getVoices().filter((v) => /^de\\b/i.test(v.lang)).map((v) => v.name);
    if (list().length) return done(list());
    speechSynthesis.addEventListener('voiceschanged', () => done(list()));
    setTimeout(() => done(list()), 5000);
  })`);
  const all = await world.evaluate<number>('speechSynthesis.getVoices().length');
  console.log(`voices: ${all}; German: ${german.length ? german.join(', ') : 'none'}`);

  await page.locator('lede-reader').getByRole('button', { name: 'Listen' }).click();
  if (german.length === 0) {
    await expect(page.locator('lede-reader [role="alert"]').textContent()).resolves.toMatch(/No voice for German/);
    return;
  }
  // The engine itself reports that it speaks.
  const speaking = await world.evaluate<boolean>(`new Promise((done) => {
    const t0 = Date.now();
    const poll = () => (speechSynthesis.speaking ? done(true) : Date.now() - t0 > 10000 ? done(false) : setTimeout(poll, 50));
    poll();
  })`);
  expect(speaking).toBe(true);
  await expect(page.locator('lede-reader').getByRole('button', { name: 'Pause' }).isVisible()).resolves.toBe(true);
});
