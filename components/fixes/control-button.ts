/**
 * One of fix mode's buttons in the body (Remove, Restore, Bring back, Undo): every one reads the
 * same on screen, so its accessible name says which block it acts on, for a screen reader's list
 * of buttons.
 */
export function controlButton(
  doc: Document,
  label: string,
  name: string,
  onClick: (button: HTMLButtonElement) => void,
  className = 'lede-button',
): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = label;
  button.setAttribute('aria-label', name);
  button.addEventListener('click', () => onClick(button));
  return button;
}
