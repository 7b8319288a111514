import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { FixesFile, Skipped } from '@/utils/fixes/rules';
import { deleteAllFixes, deleteRule, exportFixes, importFixes, loadFixes, watchFixes } from '@/utils/fixes/store';
import { dateStamp, downloadText } from '@/utils/library/download';
import { notASite } from './not-a-site';
import { ruleInWords } from './rule-words';

type Notice = { text: string; skipped: Skipped[] } | null;

/**
 * The Site fixes page (the extension's options page): each site's rules in words, each with its
 * delete button; delete all; export and import as JSON. Stays current while fix mode changes
 * the rules in another tab.
 */
export function SiteFixesPage() {
  const [fixes, setFixes] = useState<FixesFile | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const file = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadFixes().then(setFixes);
    return watchFixes(setFixes);
  }, []);

  const onImport = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const { added, skipped } = await importFixes(await chosen.text(), notASite);
    setNotice({ text: t('fixesImported', String(added)), skipped });
    setFixes(await loadFixes());
  };

  const onDeleteAll = async () => {
    if (!confirm(t('fixesDeleteAllConfirm'))) return;
    await deleteAllFixes();
    setFixes(await loadFixes());
  };

  const sites = fixes ? Object.entries(fixes.sites).sort(([a], [b]) => a.localeCompare(b)) : [];
  return (
    <main class="fixes">
      <h1>{t('fixesTitle')}</h1>
      <p>{t('fixesIntro')}</p>
      <div class="fixes-actions">
        <button
          type="button"
          onClick={() =>
            void exportFixes().then((json) =>
              downloadText(`lede-site-fixes-${dateStamp()}.json`, 'application/json', json),
            )
          }
        >
          {t('fixesExport')}
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          {t('fixesImport')}
        </button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t('fixesImport')}
          onChange={(e) => void onImport(e.currentTarget)}
        />
        {sites.length > 0 && (
          <button type="button" class="danger" onClick={() => void onDeleteAll()}>
            {t('fixesDeleteAll')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {notice && (
          <div class="fixes-notice">
            <p>{notice.text}</p>
            {notice.skipped.length > 0 && (
              <>
                <h2>{t('fixesSkippedHeading')}</h2>
                <ul>
                  {notice.skipped.map((s) => (
                    <li>{t('fixesSkippedEntry', [s.where, s.reason])}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
      {fixes && !sites.length && <p class="fixes-empty">{t('fixesEmpty')}</p>}
      {sites.map(([site, rules]) => (
        <section class="fixes-site" aria-labelledby={`site-${site}`}>
          <h2 id={`site-${site}`}>{t('fixesOnSite', site)}</h2>
          <ul>
            {rules.map((rule, i) => {
              const words = ruleInWords(rule, t);
              return (
                <li>
                  <span>{words}</span>
                  <button
                    type="button"
                    aria-label={t('fixesDeleteRule', words)}
                    onClick={() => void deleteRule(site, i).then(loadFixes).then(setFixes)}
                  >
                    {t('fixesDelete')}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </main>
  );
}
