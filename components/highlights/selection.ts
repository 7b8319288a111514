/**
 * The selection that sees into the body: in the overlay the body sits in a shadow root, whose
 * own `getSelection()` (Chromium) sees into it where the document's does not; Firefox's document
 * selection already does.
 */
function selectionOf(body: HTMLElement): Selection | null {
  const root = body.getRootNode() as Node & { getSelection?: () => Selection | null };
  return typeof root.getSelection === 'function' ? root.getSelection() : body.ownerDocument.getSelection();
}

/** The reader's current selection inside the article body, or null. */
export function selectionIn(body: HTMLElement): Range | null {
  const selection = selectionOf(body);
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  return range.toString().trim() ? range.cloneRange() : null;
}

export function clearSelection(body: HTMLElement): void {
  selectionOf(body)?.removeAllRanges();
}

/** The highlight whose painted text is under a point: painted ranges are not elements to click. */
export function rangeAt<K>(ranges: ReadonlyMap<K, Range>, x: number, y: number): K | null {
  for (const [key, range] of ranges) {
    for (const rect of range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return key;
    }
  }
  return null;
}
