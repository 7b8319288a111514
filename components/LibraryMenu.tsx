import { useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface LibraryMenuProps {
  /** `withPictures`: the user's choice to put kept pictures in the backup (larger file). */
  onExportJson(withPictures: boolean): void;
  onExportMarkdown(): void;
  onExportHtml(): void;
  onImport(file: File): void;
}

/** Where the choice is remembered: extension pages share one origin, and it is no reader setting. */
const PICTURES_KEY = 'lede.exportPictures';

function rememberedPictures(): boolean {
  try {
    return localStorage.getItem(PICTURES_KEY) === 'yes';
  } catch {
    return false;
  }
}

/** Export and import behind one disclosure button, so the list keeps the room. */
export function LibraryMenu(props: LibraryMenuProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [withPictures, setWithPictures] = useState(rememberedPictures);
  const choosePictures = (wanted: boolean) => {
    setWithPictures(wanted);
    try {
      localStorage.setItem(PICTURES_KEY, wanted ? 'yes' : 'no');
    } catch {
      // Storage refused (private mode): the choice holds for this popup only.
    }
  };
  const run = (action: () => void) => () => {
    details.current?.removeAttribute('open');
    action();
  };
  return (
    <details class="lib-menu" ref={details}>
      <summary>{t('libMenu')}</summary>
      <div class="lib-menu-items">
        <button type="button" onClick={run(() => props.onExportJson(withPictures))}>
          {t('libExportJson')}
        </button>
        <label class="lib-menu-option">
          <input
            type="checkbox"
            checked={withPictures}
            onChange={(event) => choosePictures(event.currentTarget.checked)}
          />
          {t('libExportWithPictures')}
        </label>
        <button type="button" onClick={run(props.onExportMarkdown)}>
          {t('libExportMarkdown')}
        </button>
        <button type="button" onClick={run(props.onExportHtml)}>
          {t('libExportHtml')}
        </button>
        <button type="button" onClick={run(() => fileInput.current?.click())}>
          {t('libImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t('libImport')}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) props.onImport(file);
          }}
        />
      </div>
    </details>
  );
}
