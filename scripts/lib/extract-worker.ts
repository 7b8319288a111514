import { parentPort } from 'node:worker_threads';
import { describeError, extractFile } from './extract-page';

/** Extracts pages for `timed-extract.ts`, off the main thread so that a page past its time can be stopped. */
parentPort!.on('message', async ({ file, url }: { file: string; url?: string }) => {
  try {
    parentPort!.postMessage({ result: await extractFile(file, url) });
  } catch (error) {
    parentPort!.postMessage({ error: describeError(error, file) });
  }
});
