import { useEffect, useState } from 'preact/hooks';
import { ArticlePage } from '@/entrypoints/article/ArticlePage';
import { t } from '@/utils/i18n';
import { setRead } from '@/utils/library/articles';
import { listIds } from '@/utils/library/list';

/**
 * "Listen to unread": the saved-article page in playlist mode. Speech needs a page that stays
 * open, so the playlist runs here, in a tab, not in the popup (which closes when it loses focus)
 * or the service worker (which has no speech engine). Each article is marked read when its last
 * chunk has been spoken, and the next unread one follows in the same page.
 */
export function UnreadPlaylist({ first }: { first: string | null }) {
  const [current, setCurrent] = useState<string | null | undefined>(first ?? undefined);
  useEffect(() => {
    if (current === undefined)
      void listIds({ unreadOnly: true }).then(
        (ids) => setCurrent(ids[0] ?? null),
        () => setCurrent(null),
      );
  }, [current]);

  if (current === undefined) return null;
  if (current === null) {
    return (
      <main class="reader-missing">
        <p role="status">{t('listenPlaylistNone')}</p>
      </main>
    );
  }
  const finished = async () => {
    await setRead(current, true).catch(() => undefined);
    const ids = await listIds({ unreadOnly: true }).catch(() => [] as string[]);
    const next = ids.find((id) => id !== current) ?? null;
    if (next) history.replaceState(null, '', `?id=${encodeURIComponent(next)}&listen=unread`);
    window.scrollTo({ top: 0 });
    setCurrent(next);
  };
  return <ArticlePage key={current} id={current} playlist={{ onFinished: () => void finished() }} />;
}
