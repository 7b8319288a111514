import { t } from '@/utils/i18n';

/**
 * The live region for the undo toast. It is always in the DOM so that screen readers announce
 * what appears in it; the Undo button stays until the toast times out.
 */
export function PopupToast({ text, onUndo }: { text: string | null; onUndo(): void }) {
  return (
    <div class="lib-toast-region" role="status" aria-live="polite">
      {text && (
        <div class="lib-toast">
          <span>{text}</span>
          <button type="button" onClick={onUndo}>
            {t('libUndo')}
          </button>
        </div>
      )}
    </div>
  );
}
