import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { showModalAfterFirstPaint } from './show-modal';

/**
 * The overlay's <dialog>, turned modal after its first paint. The first frame paints the headline,
 * byline and teaser; the body (hundreds of elements to sanitise, style and lay out on a long
 * article) follows in the next, with the modal: `bodyShown` says when.
 */
export function useModalDialog(onPainted: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [bodyShown, setBodyShown] = useState(false);
  // A layout effect runs in the same task as the render, so the dialog is shown in the frame
  // that paints the article instead of one frame later.
  useLayoutEffect(() => {
    if (!dialog.current) return undefined;
    return showModalAfterFirstPaint(dialog.current, () => {
      onPainted();
      setBodyShown(true);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the dialog turns modal once, when it mounts
  }, []);
  return { dialog, bodyShown };
}
