import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { PICTURE_PERMISSION } from '@/utils/library/picture-fetch';

/**
 * "Keep pictures with saved articles". The setting is the optional host permission itself:
 * turning it on asks the browser once (on this click, as browsers require), turning it off gives
 * the permission back, so Lede never holds host access the user did not choose.
 */
export function KeepPictures() {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void browser.permissions.contains(PICTURE_PERMISSION).then(setOn, () => setOn(false));
  }, []);
  const change = (wanted: boolean) => {
    // request() must be the first thing the click does: after an await the gesture is gone.
    const asked = wanted
      ? browser.permissions.request(PICTURE_PERMISSION)
      : browser.permissions.remove(PICTURE_PERMISSION).then(() => false);
    void asked.then(
      (granted) => setOn(wanted ? granted : false),
      () => setOn(!wanted ? true : false),
    );
  };
  return (
    <label class="lib-keep-pictures">
      <input
        type="checkbox"
        checked={on === true}
        disabled={on === null}
        onChange={(e) => change(e.currentTarget.checked)}
      />
      <span>
        {t('libKeepPictures')}
        <small>{t('libKeepPicturesHint')}</small>
      </span>
    </label>
  );
}
