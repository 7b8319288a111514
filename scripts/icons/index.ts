import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { stateIcon, themeIcon, type IconState, type IconTheme } from './design';

/**
 * `npm run icons`: writes the icon's SVG sources into public/icon/ and renders each at the sizes
 * the browsers ask for, with Debian's Chromium (the one the e2e tests use). The PNGs are
 * committed, so a build needs neither this script nor a browser.
 */
const OUT = resolve(import.meta.dirname, '../../public/icon');
const SIZES = [16, 32, 48, 128];
const STATES: IconState[] = ['closed', 'open', 'saved', 'open-saved'];
const THEMES: IconTheme[] = ['dark', 'light'];

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const sources: Record<string, string> = {};
  for (const state of STATES) sources[state === 'closed' ? 'lede' : `lede-${state}`] = stateIcon(state);
  for (const theme of THEMES) sources[`lede-theme-${theme}`] = themeIcon(theme);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    for (const [name, source] of Object.entries(sources)) {
      await writeFile(resolve(OUT, `${name}.svg`), source);
      for (const size of SIZES) {
        await page.setViewportSize({ width: size, height: size });
        const sized = source.replace('width="32" height="32"', `width="${size}" height="${size}"`);
        await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
        await page.screenshot({ path: resolve(OUT, `${name}-${size}.png`), omitBackground: true });
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
