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
  const host = document.createElement(options.name);
  const shadow = host.attachShadow({ mode: 'open' });
  const root = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  // The reset keeps inherited page styles (fonts, colours, `direction`) out of the overlay.
  style.textContent = `:host{all:initial !important}\n${options.css}`;
  head.append(style);
  const container = document.createElement('body');
  root.append(head, container);
  shadow.append(root);
  if (options.isolateKeys) {
    for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (event) => event.stopPropagation());
  }

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    try {
      options.onRemove?.(container);
    } finally {
      host.remove();
    }
  };
  ctx.onInvalidated(remove);
  return {
    container,
    shadow,
    // The last child of <html>, not <body>: a page may hide or transform its body.
    mount: () => document.documentElement.append(host),
    remove,
  };
}
