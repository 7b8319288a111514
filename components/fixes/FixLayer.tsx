import { useEffect, useRef } from 'preact/hooks';
import type { SiteRule } from '@/utils/fixes/rules';
import { t } from '@/utils/i18n';
import { isShortcut } from '../shortcuts';
import type { BodyDecorationProps } from '../reader-rooms';
import { blockLabel, blockText, stubText, topBlocks } from './blocks';
import { useFixesContext } from './context';
import { controlButton } from './control-button';
import { key } from '@/utils/extract/text';
import { drawLeftOut, passageControl, type LeftOutView } from './left-out-view';
import fixesCss from './fixes.css?inline';

/** Marks every node fix mode adds to the body, so that all of them go when it closes. */
const CONTROL = 'lede-fix-control';

/**
 * Fix mode on the body: a "Remove this block" button before each top-level block; a removed block
 * is hidden behind a one-line stub with Restore. The body's DOM is decorated, never the article:
 * the removal itself is the site's rule, which the next reading of the site applies. The `f` key
 * toggles fix mode. Renders nothing outside a <Fixes> host.
 */
export function FixLayer({ body, html }: BodyDecorationProps) {
  const fixes = useFixesContext();
  const focusAfter = useRef<{ block: Element; control: 'remove' | 'restore' } | null>(null);
  // The passage last brought back or undone: its new button (Undo, or Bring back) takes the focus when it is drawn.
  const focusPassage = useRef<string | undefined>(undefined);
  const on = fixes?.on ?? false;
  const leftOut = fixes?.leftOut ?? null;
  const brought = fixes?.brought;

  useEffect(() => {
    const scope = body.current;
    if (!fixes || !scope) return;
    const keyTarget = scope.closest('dialog') ?? scope.ownerDocument;
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event, 'f')) return;
      event.preventDefault();
      fixes.toggle();
    };
    keyTarget.addEventListener('keydown', onKey as EventListener);
    return () => keyTarget.removeEventListener('keydown', onKey as EventListener);
  }, [fixes, body]);

  useEffect(() => {
    const scope = body.current;
    if (!fixes || !scope) return;
    const doc = scope.ownerDocument;
    const redraw = () => {
      for (const node of Array.from(scope.querySelectorAll(`.${CONTROL}`))) node.remove();
      const blocks = topBlocks(scope);
      for (const block of blocks) {
        const rule = fixes.removedRule(block);
        if (rule) (block as HTMLElement).hidden = true;
        if (!on) continue;
        const passage = broughtText(block);
        const control = passage
          ? passageControl(view, passage, 'brought')
          : rule
            ? stub(doc, block, rule)
            : removeButton(doc, block);
        block.before(control);
        const wanted = focusAfter.current;
        if (wanted?.block === block && wanted.control === (rule ? 'restore' : 'remove'))
          control.querySelector('button')?.focus();
      }
      if (!on) return;
      focusAfter.current = null;
      if (leftOut) drawLeftOut(view, blocks, leftOut);
    };
    // The brought-back passage is a block of the body again (the page read with its rule): Undo sits before it.
    const broughtText = (block: Element): string | undefined => {
      const text = key(blockText(block));
      return [...(brought?.keys() ?? [])].find((passage) => key(passage) === text);
    };
    // Bring back makes the site's restore rule and Undo deletes it, each showing the page read again.
    const onToggle = (text: string, button: HTMLButtonElement) => {
      button.disabled = true;
      focusPassage.current = text;
      void (brought?.has(text) ? fixes.undoBringBack(text) : fixes.bringBack(text)).then(() => {
        button.disabled = false;
      });
    };
    const view: LeftOutView = {
      doc,
      scope,
      control: CONTROL,
      onToggle,
      focus: (text) => focusPassage.current === text && focusLost(scope),
    };
    const removeButton = (doc: Document, block: Element): HTMLElement => {
      const wrap = doc.createElement('div');
      wrap.className = `${CONTROL} lede-fix-bar`;
      const onClick = (button: HTMLButtonElement) => {
        button.disabled = true;
        void fixes.removeBlock(block).then((rule) => {
          button.disabled = false;
          if (!rule) return;
          focusAfter.current = { block, control: 'restore' };
          redraw();
        });
      };
      const name = t('fixRemoveBlockNamed', stubText(blockLabel(block)));
      wrap.append(controlButton(doc, t('fixRemoveBlock'), name, onClick, 'lede-button lede-fix-remove'));
      return wrap;
    };
    const stub = (doc: Document, block: Element, rule: SiteRule): HTMLElement => {
      const wrap = doc.createElement('div');
      wrap.className = `${CONTROL} lede-fix-stub`;
      const text = doc.createElement('span');
      text.textContent = t('fixRemovedStub', stubText(blockLabel(block)));
      const onClick = (button: HTMLButtonElement) => {
        button.disabled = true;
        void fixes.restoreBlock(rule).then((done) => {
          button.disabled = false;
          if (!done) return;
          (block as HTMLElement).hidden = false;
          focusAfter.current = { block, control: 'remove' };
          redraw();
        });
      };
      const name = t('fixRestoreNamed', stubText(blockLabel(block)));
      wrap.append(text, controlButton(doc, t('fixRestore'), name, onClick));
      return wrap;
    };
    redraw();
    return () => {
      for (const node of Array.from(scope.querySelectorAll(`.${CONTROL}`))) node.remove();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redraw on the mode or a new body only
  }, [on, html, leftOut, brought]);

  if (!fixes) return null;
  return (
    <>
      <style>{fixesCss}</style>
      <p class="lede-fix-sr" aria-live="polite">
        {fixes.announcement}
      </p>
    </>
  );
}

/**
 * Whether the focus went with a control a redraw took away. The page is read again after Bring
 * back or Undo, and the body redrawn more than once: the passage's new button takes the focus back
 * each time it was lost, and never from a control the reader has moved to since.
 */
function focusLost(scope: Element): boolean {
  const root = scope.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return !active || active === scope.ownerDocument.body;
}
