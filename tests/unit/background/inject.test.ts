import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runInTab } from '@/utils/inject';

type Execute = typeof fakeBrowser.scripting.executeScript;

function answer(...replies: unknown[]) {
  const execute = vi.fn();
  for (const reply of replies) execute.mockResolvedValueOnce(reply);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(execute as unknown as Execute);
  return execute;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runInTab', () => {
  it("takes Firefox's [null] on its own pages (about:support) for a restricted page", async () => {
    const execute = answer([null]);
    expect(await runInTab(7, 'toggle')).toEqual({ ok: false, reason: 'restricted' });
    // Nothing more is tried on a page the browser keeps extensions out of.
    expect(execute).toHaveBeenCalledOnce();
  });

  it('takes an answer without a frame, on injecting the reader, for a restricted page', async () => {
    answer([{ frameId: 0, result: null }], [null]);
    expect(await runInTab(7, 'toggle')).toEqual({ ok: false, reason: 'restricted' });
  });

  it('injects the reader when the page has none yet, and passes on its answer', async () => {
    const execute = answer([{ frameId: 0, result: null }], [{ frameId: 0, result: { ok: true, state: 'opened' } }]);
    expect(await runInTab(7, 'toggle')).toEqual({ ok: true, state: 'opened' });
    expect(execute).toHaveBeenCalledTimes(2);
  });

  it('a refusal is a restricted page, as in Chrome', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await runInTab(7, 'toggle')).toEqual({ ok: false, reason: 'restricted' });
  });
});
