import { browser } from 'wxt/browser';
import type { RunFailure } from '@/utils/inject';

/**
 * What a report about a missed article needs, as plain text the user sees before copying it:
 * Lede sends nothing itself. The page's title is page text and is only ever shown as text.
 */
export function pageDetails(reason: RunFailure): string {
  let version = '?';
  try {
    version = browser.runtime.getManifest().version;
  } catch {
    // Lede was updated under the page: the details are still worth copying.
  }
  return [
    `URL: ${location.href}`,
    `Title: ${document.title.trim()}`,
    `Lede: ${version}, no article (${reason})`,
    `Browser: ${navigator.userAgent}`,
    `Language: ${document.documentElement.lang || '-'}`,
  ].join('\n');
}

/** Copies through the async clipboard (the click is the user's gesture); false if refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
