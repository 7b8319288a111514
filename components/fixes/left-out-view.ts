import { t } from '@/utils/i18n';
import { stubText } from './blocks';
import { controlButton } from './control-button';
import { blockBefore, type LeftOut } from './left-out';

export interface LeftOutView {
  doc: Document;
  /** Where the body's blocks sit; the passages with no place go at its end. */
  scope: Element;
  /** Class of every node fix mode adds, so that a redraw takes them all away first. */
  control: string;
  /** Called with the passage's text when its button is pressed. */
  onToggle(text: string, button: HTMLButtonElement): void;
  /** Whether this passage's button should take the focus now (it was the last one pressed, and the focus was lost). */
  focus(text: string): boolean;
}

/**
 * The passages the extraction left out, shown in the body as plain text (never the page's HTML):
 * each after the block it followed on the page, else in a marked list at the end.
 */
export function drawLeftOut(view: LeftOutView, blocks: readonly Element[], passages: readonly LeftOut[]): void {
  const { doc, scope } = view;
  const after = new Map<Element, Element>();
  const rest: HTMLElement[] = [];
  for (const passage of passages) {
    const box = passageControl(view, passage.text, 'left-out');
    const block = blockBefore(passage.element, blocks);
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

/**
 * One passage's mark, in words a screen reader hears too, and its one button: a left-out passage
 * shows its text with Bring back; a brought-back one is in the body again and gets Undo.
 */
export function passageControl(view: LeftOutView, text: string, state: 'left-out' | 'brought'): HTMLElement {
  const { doc } = view;
  const brought = state === 'brought';
  const box = doc.createElement('div');
  box.className = `${view.control} ${brought ? 'lede-fix-brought' : 'lede-fix-leftout'}`;
  box.setAttribute('role', 'group');
  const mark = t(brought ? 'fixBroughtBackMark' : 'fixLeftOutMark');
  box.setAttribute('aria-label', mark);
  const label = doc.createElement('span');
  label.className = 'lede-fix-mark';
  label.textContent = mark;
  box.append(label);
  if (!brought) {
    const passage = doc.createElement('p');
    passage.textContent = text;
    box.append(passage);
  }
  const name = t(brought ? 'fixUndoNamed' : 'fixBringBackNamed', stubText(text));
  const button = controlButton(doc, t(brought ? 'fixUndo' : 'fixBringBack'), name, (b) => view.onToggle(text, b));
  box.append(button);
  queueMicrotask(() => button.isConnected && view.focus(text) && button.focus());
  return box;
}
