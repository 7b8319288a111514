import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface ShadowHost {
  /** Where the UI renders: the `<body>` of a small document inside the shadow root. */
  container: HTMLElement;
  shadow: ShadowRoot;
  mount(): void;
  /** Idempotent; also runs when Lede is updated or removed under the page. */
  remove(): void;
}

interface ShadowHostOptions {
  /** A custom element name, so no page rule written for real elements matches the host. */
  name: `lede-${string}`;
  css: string;
  /** Keys typed in the UI stay in it, so the page's own shortcuts do not fire while reading. */
  isolateKeys?: boolean;
  onRemove?(container: HTMLElement): void;
}

/**
 * The shadow root every piece of Lede's in-page UI lives in. This is the part of WXT's
 * `createShadowRootUi` that Lede uses — a host, a reset, a style and a body — without its anchors,
 * positions and auto-mount observers, which cost the injected script about 5 KB gzipped.
 * The root is open so that tests and assistive tools can reach it; the page's CSS cannot.
 */
export function createShadowHost(ctx: ContentScriptContext, options: ShadowHostOptions): ShadowHost {
  // In the HTML namespace by name: in an SVG document `createElement` makes namespace-less
  // elements, which can neither hold a shadow root nor be styled as HTML.
  const html = <K extends keyof HTMLElementTagNameMap>(tag: K) =>
    document.createElementNS(XHTML, tag) as HTMLElementTagNameMap[K];
  const host = document.createElementNS(XHTML, options.name) as HTMLElement;
  const shadow = host.attachShadow({ mode: 'open' });
  const root = html('html');
  const head = html('head');
  const style = html('style');
  // The reset keeps inherited page styles (fonts, colours, `direction`) out of the overlay.
  style.textContent = `:host{all:initial !important}\n${options.css}`;
  head.append(style);
  const container = html('body');
  root.append(head, container);
  shadow.append(root);
  if (options.isolateKeys) {
    for (const type of ['keydown', 'keyup', 'keypress'])
      container.addEventListener(type, (event) => event.stopPropagation());
  }

  // What is appended to the page: the host, or in an SVG document a <foreignObject> holding it.
  const outer = document.documentElement instanceof HTMLElement ? host : inForeignObject(host);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    try {
      options.onRemove?.(container);
    } finally {
      outer.remove();
    }
  };
  ctx.onInvalidated(remove);
  return {
    container,
    shadow,
    // The last child of <html>, not <body>: a page may hide or transform its body.
    mount: () => document.documentElement.append(outer),
    remove,
  };
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';

/**
 * An SVG document renders HTML only inside a <foreignObject>: without one the overlay's dialog
 * has no box and the click showed nothing at all.
 */
function inForeignObject(host: HTMLElement): Element {
  const wrapper = document.createElementNS(SVG, 'foreignObject');
  for (const [name, value] of Object.entries({ x: '0', y: '0', width: '100%', height: '100%' }))
    wrapper.setAttribute(name, value);
  wrapper.append(host);
  return wrapper;
}
