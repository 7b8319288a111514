import { useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface LibraryMenuProps {
  onExportJson(): void;
  onExportMarkdown(): void;
  onExportHtml(): void;
  onImport(file: File): void;
}

/** Export and import behind one disclosure button, so the list keeps the room. */
export function LibraryMenu(props: LibraryMenuProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const run = (action: () => void) => () => {
    details.current?.removeAttribute('open');
    action();
  };
  return (
    <details class="lib-menu" ref={details}>
      <summary>{t('libMenu')}</summary>
      <div class="lib-menu-items">
        <button type="button" onClick={run(props.onExportJson)}>
          {t('libExportJson')}
        </button>
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
