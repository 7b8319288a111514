import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import type { ReaderTheme } from '@/utils/settings';
import type { SavedArticle } from '@/utils/library/db';
import { pageState, type PageState } from '@/utils/library/pages';
import type { CannotReread, RereadOutcome } from './reread';

const WHY_NOT: Record<CannotReread, MessageKey> = {
  none: 'rereadNoPage',
  imported: 'rereadImported',
  'too-large': 'rereadTooLarge',
  'no-room': 'rereadNoRoom',
  unreadable: 'rereadUnreadable',
  unprepared: 'rereadUnprepared',
};

function said(outcome: RereadOutcome): string {
  if (outcome.kind === 'cannot') return t(WHY_NOT[outcome.reason]);
  if (outcome.kind === 'no-rules') return t('rereadNoRules');
  if (outcome.applied === 0) return t('rereadNoneApplied');
  return outcome.applied === 1 ? t('rereadDoneOne') : t('rereadDoneMany', String(outcome.applied));
}

/**
 * "Re-read with site fixes" (issue 16): a reader who fixed a site after saving its articles brings
 * the saved copies up to date here, offline, from the page kept with each. Where no page was kept
 * the action is not offered and the page says why, in words.
 */
export function Reread({
  record,
  theme,
  onReread,
}: {
  record: SavedArticle;
  theme: ReaderTheme;
  onReread(record: SavedArticle): void;
}) {
  const [state, setState] = useState<PageState | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    pageState(record.id).then(setState, () => setState({ state: 'skipped', reason: 'no-room' }));
  }, [record.id]);
  if (!state) return null;

  const reread = async () => {
    setBusy(true);
    try {
      // The extraction core (about 100 kB) loads on the first click, not with every saved article.
      const { rereadSaved } = await import('./reread');
      const outcome = await rereadSaved(record);
      if (outcome.kind === 'reread') onReread(outcome.record);
      setStatus(said(outcome));
    } catch {
      setStatus(t('rereadFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="reader-tools reader-reread lede-root" data-theme={theme} aria-label={t('rereadAction')}>
      {state.state === 'kept' ? (
        <button type="button" disabled={busy} onClick={() => void reread()}>
          {t('rereadAction')}
        </button>
      ) : (
        <p class="reader-reread-why">{t(WHY_NOT[state.state === 'none' ? 'none' : state.reason])}</p>
      )}
      <p class="reader-reread-status" role="status">
        {status}
      </p>
    </section>
  );
}
