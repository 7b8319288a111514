import { Worker } from 'node:worker_threads';
import type { ExtractResult } from '../../utils/article';

/** The core's answer, or the CLI's own: the page ran past its time. */
export type TimedResult = ExtractResult | { ok: false; reason: 'timeout' };

/**
 * Extraction with a deadline. The core is synchronous, so a page that takes too long can only
 * be stopped from outside: each page runs in a worker thread, and past `ms` the worker is
 * terminated and the page answers `timeout`. One worker serves page after page until one
 * times out; the next page gets a fresh one.
 */
export class TimedExtractor {
  private worker: Worker | null = null;

  constructor(private readonly ms: number) {}

  extract(file: string, url?: string): Promise<TimedResult> {
    const worker = (this.worker ??= startWorker());
    return new Promise((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (answer: { result?: ExtractResult; error?: string }): void => {
        done();
        if (answer.result) resolve(answer.result);
        else reject(new Error(answer.error));
      };
      const onError = (error: Error): void => {
        done();
        this.worker = null;
        reject(error);
      };
      const timer = setTimeout(() => {
        done();
        this.worker = null;
        void worker.terminate();
        resolve({ ok: false, reason: 'timeout' });
      }, this.ms);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ file, url });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

/** The worker is TypeScript like the CLI: it registers tsx's loader itself, which workers do not inherit. */
function startWorker(): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const script = new URL('./extract-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}); })`;
  return new Worker(boot, { eval: true });
}
