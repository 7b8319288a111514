import { useEffect, useRef } from 'preact/hooks';
import type { SiteRule } from '@/utils/fixes/rules';
import { t } from '@/utils/i18n';
import { isShortcut } from '../shortcuts';
import type { BodyDecorationProps } from '../reader-rooms';
import { blockText, stubText, topBlocks } from './blocks';
import { useFixesContext } from './context';
import { drawLeftOut } from './left-out-view';
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
  // The blocks removed in this reading, with the rule each made (Restore deletes it).
  const removed = useRef(new Map<Element, SiteRule>());
  const focusAfter = useRef<{ block: Element; control: 'remove' | 'restore' } | null>(null);
  // The left-out passages brought back in this reading, by text, with the rule each made (Undo deletes it).
  const brought = useRef(new Map<string, SiteRule>());
  const focusPassage = useRef<string | undefined>(undefined);
  const on = fixes?.on ?? false;
  const leftOut = fixes?.leftOut ?? null;

  useEffect(() => {
    removed.current = new Map();
    brought.current = new Map();
  }, [html]);

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
      for (const [block] of removed.current) (block as HTMLElement).hidden = true;
      if (!on) return;
      const blocks = topBlocks(scope);
      for (const block of blocks) {
        const rule = removed.current.get(block);
        const control = rule ? stub(doc, block, rule) : removeButton(doc, block);
        block.before(control);
        const wanted = focusAfter.current;
        if (wanted?.block === block && wanted.control === (rule ? 'restore' : 'remove'))
          control.querySelector('button')?.focus();
      }
      focusAfter.current = null;
      if (leftOut) {
        const focus = focusPassage.current;
        focusPassage.current = undefined;
        drawLeftOut({
          doc,
          scope,
          blocks,
          passages: leftOut,
          brought: brought.current,
          control: CONTROL,
          onToggle,
          focus,
        });
      }
    };
    // Bring back makes the site's restore rule; Undo deletes it. The next reading of the site shows the passage.
    const onToggle = (text: string, button: HTMLButtonElement) => {
      button.disabled = true;
      const rule = brought.current.get(text);
      const done = rule
        ? fixes.undoBringBack(rule).then((ok) => ok && brought.current.delete(text))
        : fixes.bringBack(text).then((made) => made !== null && brought.current.set(text, made) !== null);
      void done.then((changed) => {
        button.disabled = false;
        if (!changed) return;
        focusPassage.current = text;
        redraw();
      });
    };
    const removeButton = (doc: Document, block: Element): HTMLElement => {
      const wrap = doc.createElement('div');
      wrap.className = `${CONTROL} lede-fix-bar`;
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'lede-button lede-fix-remove';
      button.textContent = t('fixRemoveBlock');
      // Every button reads the same on screen; a screen reader's list of buttons tells them apart.
      button.setAttribute('aria-label', t('fixRemoveBlockNamed', stubText(blockText(block))));
      button.addEventListener('click', () => {
        button.disabled = true;
        void fixes.removeBlock(blockText(block)).then((rule) => {
          button.disabled = false;
          if (!rule) return;
          removed.current.set(block, rule);
          focusAfter.current = { block, control: 'restore' };
          redraw();
        });
      });
      wrap.append(button);
      return wrap;
    };
    const stub = (doc: Document, block: Element, rule: SiteRule): HTMLElement => {
      const wrap = doc.createElement('div');
      wrap.className = `${CONTROL} lede-fix-stub`;
      const text = doc.createElement('span');
      text.textContent = t('fixRemovedStub', stubText(blockText(block)));
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'lede-button';
      button.textContent = t('fixRestore');
      button.setAttribute('aria-label', t('fixRestoreNamed', stubText(blockText(block))));
      button.addEventListener('click', () => {
        button.disabled = true;
        void fixes.restoreBlock(rule).then((done) => {
          button.disabled = false;
          if (!done) return;
          removed.current.delete(block);
          (block as HTMLElement).hidden = false;
          focusAfter.current = { block, control: 'remove' };
          redraw();
        });
      });
      wrap.append(text, button);
      return wrap;
    };
    redraw();
    return () => {
      for (const node of Array.from(scope.querySelectorAll(`.${CONTROL}`))) node.remove();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redraw on the mode or a new body only
  }, [on, html, leftOut]);

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
