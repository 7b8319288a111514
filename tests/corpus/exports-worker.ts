/**
 * A child process of exports.test.ts: checks its share of the corpus pages (every `lanes`-th
 * from `lane`) and sends the outcomes back. Vitest runs one test file at a time on a 2-core
 * machine, so a second process is a core that would otherwise sit idle; extraction under jsdom
 * is nearly all of the time.
 */
import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import { checkPage, corpusPages, type PageOutcome } from './exports-check';
import { cachedByFile } from './extracted';

// The library sanitises and converts with the DOM of an extension page: one jsdom window stands in.
const { window } = new JSDOM('');
Object.assign(globalThis, { window, DOMParser: window.DOMParser, NodeFilter: window.NodeFilter });

export interface LaneRequest {
  lane: number;
  lanes: number;
  /** Check only every `every`-th page of the lane's share (iteration). */
  every: number;
}

process.once('message', (request: LaneRequest) => {
  void (async () => {
    const all = await corpusPages();
    const pages = all.filter((_, i) => i % request.every === 0).filter((_, i) => i % request.lanes === request.lane);
    const cached = await cachedByFile();
    const outcomes: PageOutcome[] = [];
    for (const page of pages) outcomes.push(await checkPage(page, cached.get(page.file)));
    process.send!(outcomes, () => process.exit(0));
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
