/**
 * The timed runs of timed.ts, bundled for a page in Chromium (scale-browser.ts): the same core
 * the content script runs, timed without the extension's messaging around it.
 */
import { timedRuns } from './timed';

(globalThis as Record<string, unknown>).__ledeBench = { timedRuns };
