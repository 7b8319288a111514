import type { CDPSession, Page } from 'playwright-core';

/**
 * A JavaScript world of the bench's own in a page: same DOM, its own globals, like a content
 * script's. The page's scripts cannot slow it down (patched built-ins, a faked `Date`), and the
 * page's Content-Security-Policy does not apply to what CDP evaluates there.
 */
export interface BenchWorld {
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

export async function openBenchWorld(page: Page): Promise<BenchWorld> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = await session.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'lede-bench',
    grantUniveralAccess: false,
  });
  return {
    async evaluate<T>(expression: string) {
      const answer = await session.send('Runtime.evaluate', {
        expression,
        contextId: executionContextId,
        awaitPromise: true,
        returnByValue: true,
      });
      if (answer.exceptionDetails) {
        throw new Error(
          `In the page: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`,
        );
      }
      return answer.result.value as T;
    },
    detach: () => session.detach().catch(() => {}),
  };
}
