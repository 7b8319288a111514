import { describe, expect, it } from 'vitest';
import { executeWhenGranted } from '@/utils/inject';

const NO_GRANT = new Error(
  'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
);

/** An executeScript that fails for want of the click's grant `misses` times, then runs. */
function grantAfter(misses: number) {
  let calls = 0;
  return {
    execute: async () => {
      calls++;
      if (calls <= misses) throw NO_GRANT;
      return 'ran';
    },
    calls: () => calls,
  };
}

/** Records what the retry loop waits for instead of waiting. */
function recordingWait() {
  const waits: number[] = [];
  return { wait: async (ms: number) => void waits.push(ms), waits, total: () => waits.reduce((a, b) => a + b, 0) };
}

describe('retrying a click whose activeTab grant lands late', () => {
  it('retries at once, so a grant that lands a moment late costs no visible wait', async () => {
    const page = grantAfter(1);
    const clock = recordingWait();
    await expect(executeWhenGranted(page.execute, clock.wait)).resolves.toBe('ran');
    expect(clock.waits).toEqual([0]);
  });

  it('waits a few milliseconds, doubling, while the grant is still on its way', async () => {
    const page = grantAfter(4);
    const clock = recordingWait();
    await expect(executeWhenGranted(page.execute, clock.wait)).resolves.toBe('ran');
    expect(page.calls()).toBe(5);
    expect(clock.waits).toEqual([0, 16, 32, 64]);
    // The fixed 300 ms wait before each retry cost a click 1,200 ms here.
    expect(clock.total()).toBeLessThan(300);
  });

  it('gives up after about a second when the grant never comes, with the browser error', async () => {
    const page = grantAfter(Infinity);
    const clock = recordingWait();
    await expect(executeWhenGranted(page.execute, clock.wait)).rejects.toBe(NO_GRANT);
    expect(clock.total()).toBeGreaterThanOrEqual(500);
    expect(clock.total()).toBeLessThanOrEqual(1100);
  });

  it('does not retry a page the browser keeps extensions out of', async () => {
    const closed = new Error('Cannot access a chrome:// URL');
    let calls = 0;
    const clock = recordingWait();
    const execute = async () => {
      calls++;
      throw closed;
    };
    await expect(executeWhenGranted(execute, clock.wait)).rejects.toBe(closed);
    expect(calls).toBe(1);
    expect(clock.waits).toEqual([]);
  });
});
