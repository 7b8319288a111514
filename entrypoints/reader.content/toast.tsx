import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '@/utils/i18n';
import overlayCss from './overlay.css?inline';
import { createShadowHost } from './shadow-host';

const VISIBLE_MS = 6000;

/**
 * A small notice after "Save to read later" from the page's context menu, where no overlay is open
 * to show the outcome. It removes itself; it never takes focus from the page.
 */
export function showToast(ctx: ContentScriptContext, message: string, kind: 'done' | 'error'): void {
  const ui = createShadowHost(ctx, {
    name: 'lede-toast',
    css: overlayCss,
    onRemove: (container) => render(null, container),
  });
  ui.mount();
  render(<Toast message={message} kind={kind} onDismiss={ui.remove} />, ui.container);
  ctx.setTimeout(() => ui.remove(), VISIBLE_MS);
}

function Toast({ message, kind, onDismiss }: { message: string; kind: 'done' | 'error'; onDismiss(): void }) {
  const box = useRef<HTMLDivElement>(null);
  // A popover sits in the top layer, above whatever z-index the page uses.
  useEffect(() => box.current?.showPopover(), []);
  return (
    <div ref={box} popover="manual" class="lede-toast" data-kind={kind} role={kind === 'error' ? 'alert' : 'status'}>
      <span>{message}</span>
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
