import { t } from '@/utils/i18n';

/** A line above the list: an error (an alert) or news such as an import's result (a status). */
export type Notice = { text: string; error: boolean; details?: string[] } | null;

export function NoticeBox({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  if (!notice) return null;
  return (
    <div class={notice.error ? 'lib-notice lib-error' : 'lib-notice'} role={notice.error ? 'alert' : 'status'}>
      {notice.text}
      {notice.details && notice.details.length > 0 && (
        <ul class="lib-notice-details">
          {notice.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <button type="button" class="lib-dismiss" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
