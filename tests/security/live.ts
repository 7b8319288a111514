import { JSDOM, VirtualConsole, requestInterceptor, type DOMWindow } from 'jsdom';
import { PAYLOADS, flagName, mentions } from './payloads';

/**
 * Renders HTML the way an attacker hopes it will be rendered: parsed as a document with scripts
 * enabled, subresource requests recorded, and then prodded — every inline handler's event is
 * dispatched and every link clicked — so a handler or `javascript:` URL that survived actually
 * runs, instead of waiting for an image error jsdom would never raise.
 */
export interface LiveRender {
  window: DOMWindow;
  /** URLs the document tried to fetch (scripts, stylesheets, frames, objects). */
  requests: string[];
  /** Payload ids whose flag was set, with how often they fired. */
  fired: Map<string, number>;
  /** Payload ids one of whose hit URLs was requested. */
  hit: Set<string>;
  close(): void;
}

const settle = (win: DOMWindow): Promise<void> => new Promise((resolve) => win.setTimeout(resolve, 20));

export async function renderLive(html: string, url = 'https://news.example/2024/05/budget'): Promise<LiveRender> {
  const requests: string[] = [];
  const dom = new JSDOM(html, {
    url,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    virtualConsole: new VirtualConsole(),
    resources: {
      interceptors: [
        requestInterceptor((request) => {
          requests.push(request.url);
          return new Response('', { status: 204 });
        }),
      ],
    },
  });
  const win = dom.window;
  await new Promise<void>((resolve) => {
    if (win.document.readyState === 'complete') resolve();
    else win.addEventListener('load', () => resolve());
  });
  provoke(win.document);
  for (const frame of Array.from(win.document.querySelectorAll('iframe'))) {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    if (doc) provoke(doc);
  }
  await settle(win);

  const fired = new Map<string, number>();
  const hit = new Set<string>();
  for (const { id } of PAYLOADS) {
    const count = Number(win[flagName(id)] ?? 0);
    if (count > 0) fired.set(id, count);
    if (requests.some((r) => r.includes('/hit/') && mentions(r, id))) hit.add(id);
  }
  return { window: win, requests, fired, hit, close: () => win.close() };
}

function provoke(doc: Document): void {
  const view = doc.defaultView;
  if (!view) return;
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (!/^on/i.test(attr.name)) continue;
      el.dispatchEvent(new view.Event(attr.name.slice(2).toLowerCase(), { bubbles: false }));
    }
    // SVG links have no click(); a synthetic click still follows them.
    if (/^(a|area)$/i.test(el.localName))
      el.dispatchEvent(new view.MouseEvent('click', { bubbles: true, cancelable: true }));
  }
}
