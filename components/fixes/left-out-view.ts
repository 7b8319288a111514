import type { SiteRule } from '@/utils/fixes/rules';
import { t } from '@/utils/i18n';
import { stubText } from './blocks';
import { blockBefore, type LeftOut } from './left-out';

export interface LeftOutView {
  doc: Document;
  /** Where the body's blocks sit; the passages with no place go at its end. */
  scope: Element;
  blocks: readonly Element[];
  passages: readonly LeftOut[];
  /** The passages brought back in this reading, by text, with the rule each made (Undo deletes it). */
  brought: Map<string, SiteRule>;
  /** Class of every node fix mode adds, so that a redraw takes them all away first. */
  control: string;
  /** Called with the passage's text when its button is pressed; the caller redraws. */
  onToggle(text: string, button: HTMLButtonElement): void;
  /** The passage whose button should have focus after this drawing. */
  focus?: string;
}

/**
 * The passages the extraction left out, shown in the body as plain text (never the page's HTML):
 * each after the block it followed on the page, else in a marked list at the end; each marked
 * "Left out" (or "Brought back") in words a screen reader hears too, with its one button.
 */
export function drawLeftOut(view: LeftOutView): void {
  const { doc, scope, passages } = view;
  const after = new Map<Element, Element>();
  const rest: HTMLElement[] = [];
  for (const passage of passages) {
    const box = passageBox(view, passage.text);
    const block = blockBefore(passage.element, view.blocks);
    if (!block) {
      rest.push(box);
      continue;
    }
    (after.get(block) ?? block).after(box);
    after.set(block, box);
  }
  if (!rest.length && passages.length) return;
  const list = doc.createElement('div');
  list.className = `${view.control} lede-fix-leftout-list`;
  list.setAttribute('role', 'group');
  const heading = doc.createElement('p');
  heading.className = 'lede-fix-mark';
  heading.textContent = passages.length ? t('fixLeftOutList') : t('fixLeftOutNone');
  heading.id = 'lede-fix-leftout-list';
  list.setAttribute('aria-labelledby', heading.id);
  list.append(heading, ...rest);
  scope.append(list);
}

function passageBox(view: LeftOutView, text: string): HTMLElement {
  const { doc } = view;
  const brought = view.brought.has(text);
  const box = doc.createElement('div');
  box.className = `${view.control} lede-fix-leftout${brought ? ' lede-fix-brought' : ''}`;
  box.setAttribute('role', 'group');
  const mark = t(brought ? 'fixBroughtBackMark' : 'fixLeftOutMark');
  box.setAttribute('aria-label', mark);
  const label = doc.createElement('span');
  label.className = 'lede-fix-mark';
  label.textContent = mark;
  const passage = doc.createElement('p');
  passage.textContent = text;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'lede-button';
  button.textContent = t(brought ? 'fixUndo' : 'fixBringBack');
  button.setAttribute('aria-label', t(brought ? 'fixUndoNamed' : 'fixBringBackNamed', stubText(text)));
  button.addEventListener('click', () => view.onToggle(text, button));
  box.append(label, passage, button);
  if (view.focus === text) queueMicrotask(() => button.focus());
  return box;
}
