import { t } from '@/utils/i18n';
import { useFixesContext } from './context';
import { FieldChoices } from './FieldChoices';

/**
 * The reader bar's part of fix mode: the "Fix this page" toggle, the header fields' choices while
 * it is on, and a badge when the site's fixes shaped this article, with a way to see it without them.
 */
export function FixBar() {
  const fixes = useFixesContext();
  if (!fixes) return null;
  return (
    <>
      {fixes.applied > 0 && (
        <span class="lede-fix-badge">
          {t('fixApplied')}{' '}
          <button type="button" class="lede-button" onClick={() => void fixes.showWithout()}>
            {t('fixShowWithout')}
          </button>
        </span>
      )}
      {fixes.held > 0 && <span class="lede-fix-badge">{t('fixHeld', String(fixes.held))}</span>}
      {fixes.withoutFixes && <span class="lede-fix-badge">{t('fixShownWithout')}</span>}
      {fixes.on && <FieldChoices />}
      <button type="button" class="lede-button" aria-pressed={fixes.on} aria-keyshortcuts="f" onClick={fixes.toggle}>
        {t('fixToggle')}
      </button>
    </>
  );
}
