import type { LedeBrowser } from '../../tests/e2e/harness';

/**
 * Closes a browser without letting its cleanup sink the run: Chromium's helper processes can
 * still be writing to the temporary profile when it is removed, and the figures are already taken.
 */
export async function closeQuietly(lede: LedeBrowser): Promise<void> {
  await lede.close().catch((error: unknown) => process.stderr.write(`(browser cleanup: ${String(error)})\n`));
}
