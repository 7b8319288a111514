import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three kinds of tests, one command (`npm test`):
//  unit   — the pure core and the library, in Node (jsdom, fake-indexeddb, WXT's fakeBrowser)
//  corpus — the extraction core over ../shared (read-only), with figures printed
//  e2e    — the built extension in headless Debian Chromium (needs `npm run build` first)
export default defineConfig({
  test: {
    // Vitest's default leaves one of CI's two cores idle (cores − 1 workers): the corpus files,
    // minutes each, then run one after another. Two workers use both.
    maxWorkers: 2,
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'corpus',
          include: ['tests/corpus/**/*.test.ts'],
          // Every page extracted once, before the corpus tests (see the file).
          globalSetup: ['tests/corpus/warm-extractions.ts'],
          environment: 'node',
          testTimeout: 300_000,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
