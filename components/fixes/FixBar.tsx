import { useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { useFixesContext } from './context';
import { FieldChoices } from './FieldChoices';

/**
 * The reader bar's part of fix mode: the "Fix this page" toggle, the header fields' choices while
 * it is on, and a badge when the site's fixes shaped this article, with a way to see it without them.
 */
export function FixBar() {
  const fixes = useFixesContext();
  const toggle = useRef<HTMLButtonElement>(null);
  if (!fixes) return null;
  // The button goes with the version it offered: focus stays in the bar, on fix mode's toggle.
  const showWithout = () => void fixes.showWithout().then(() => toggle.current?.focus());
  return (
    <>
      {fixes.applied > 0 && (
        <span class="lede-fix-badge">
          {t('fixApplied')}{' '}
          <button type="button" class="lede-button" onClick={showWithout}>
            {t('fixShowWithout')}
          </button>
        </span>
      )}
      {fixes.held > 0 && <span class="lede-fix-badge">{t('fixHeld', String(fixes.held))}</span>}
      {fixes.withoutFixes && <span class="lede-fix-badge">{t('fixShownWithout')}</span>}
      {fixes.on && <FieldChoices />}
      {fixes.on && (
        <button type="button" class="lede-button" aria-pressed={fixes.showLeftOut} onClick={fixes.toggleLeftOut}>
          {t('fixShowLeftOut')}
        </button>
      )}
      <button
        ref={toggle}
        type="button"
        class="lede-button"
        aria-pressed={fixes.on}
        aria-keyshortcuts="f"
        onClick={fixes.toggle}
      >
        {t('fixToggle')}
      </button>
    </>
  );
}
