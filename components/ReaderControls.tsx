import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { useReaderRooms } from './reader-rooms';
import { FONTS, LIMITS, THEMES, type ReaderFont, type ReaderSettings, type ReaderTheme } from '@/utils/settings';

export interface ReaderControlsProps {
  settings: ReaderSettings;
  onSettingsChange(next: ReaderSettings): void;
  saved?: boolean;
  onToggleSave?(): void;
  saveError?: string | null;
  onShowLibrary?(): void;
  onClose?(): void;
}

const FONT_LABELS: Record<ReaderFont, string> = { serif: 'fontSerif', sans: 'fontSans', legible: 'fontLegible' };
const THEME_LABELS: Record<ReaderTheme, string> = {
  auto: 'themeAuto',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
};
const PANEL_ID = 'lede-settings-panel';

/** The toolbar above the article: close, save, saved articles, and the typography panel. */
export function ReaderControls(props: ReaderControlsProps) {
  const { settings, onSettingsChange } = props;
  const [panelOpen, setPanelOpen] = useState(false);
  const panelButton = useRef<HTMLButtonElement>(null);
  useEscapeClosesPanel(panelOpen, panelButton, () => setPanelOpen(false));
  const change = (patch: Partial<ReaderSettings>) => onSettingsChange({ ...settings, ...patch });
  const rooms = useReaderRooms();

  return (
    <>
      <div class="lede-toolbar">
        {props.onClose && (
          <button
            type="button"
            class="lede-button lede-close"
            aria-label={t('readerClose')}
            title={t('readerClose')}
            onClick={props.onClose}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
        <span class="lede-toolbar-spacer" />
        {rooms.map((room) => room.Bar && <room.Bar key={room.id} />)}
        <button
          ref={panelButton}
          type="button"
          class="lede-button"
          aria-expanded={panelOpen}
          aria-controls={PANEL_ID}
          onClick={() => setPanelOpen(!panelOpen)}
        >
          <span aria-hidden="true">Aa</span> {t('readerSettings')}
        </button>
        {props.onToggleSave && (
          <button type="button" class="lede-button" aria-pressed={props.saved === true} onClick={props.onToggleSave}>
            {props.saved ? t('readerSaved') : t('readerSave')}
          </button>
        )}
        {props.onShowLibrary && (
          <button type="button" class="lede-button" onClick={props.onShowLibrary}>
            {t('readerLibrary')}
          </button>
        )}
        {props.saveError && (
          <p class="lede-alert" role="alert">
            {props.saveError}
          </p>
        )}
      </div>
      {panelOpen && (
        <div class="lede-panel" id={PANEL_ID} role="group" aria-label={t('readerSettings')}>
          <Choices
            legend={t('settingFont')}
            name="lede-font"
            options={FONTS.map((font) => ({ value: font, label: t(FONT_LABELS[font]) }))}
            value={settings.font}
            onChange={(font) => change({ font })}
          />
          <Range
            label={t('settingSize')}
            id="lede-size"
            limits={LIMITS.fontSize}
            value={settings.fontSize}
            display={`${settings.fontSize}px`}
            onChange={(fontSize) => change({ fontSize })}
          />
          <Range
            label={t('settingWidth')}
            id="lede-width"
            limits={LIMITS.lineWidth}
            value={settings.lineWidth}
            display={String(settings.lineWidth)}
            onChange={(lineWidth) => change({ lineWidth })}
          />
          <Range
            label={t('settingLineHeight')}
            id="lede-leading"
            limits={LIMITS.lineHeight}
            value={settings.lineHeight}
            display={settings.lineHeight.toFixed(1)}
            onChange={(lineHeight) => change({ lineHeight })}
          />
          <Choices
            legend={t('settingTheme')}
            name="lede-theme"
            options={THEMES.map((theme) => ({ value: theme, label: t(THEME_LABELS[theme]) }))}
            value={settings.theme}
            onChange={(theme) => change({ theme })}
          />
        </div>
      )}
    </>
  );
}

/**
 * Esc closes the open panel before anything else (the overlay's dialog would close the whole
 * reader) and puts focus back on the panel's button, wherever focus was. The listener sits on the
 * root (shadow root or document) in the capture phase, so it runs before the dialog hears the key;
 * a cancelled keydown sends the dialog no close request.
 */
function useEscapeClosesPanel(open: boolean, button: { current: HTMLButtonElement | null }, close: () => void): void {
  useEffect(() => {
    const root = button.current?.getRootNode();
    if (!open || !root) return undefined;
    const onKeyDown = (event: Event) => {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close();
      button.current?.focus();
    };
    root.addEventListener('keydown', onKeyDown, true);
    return () => root.removeEventListener('keydown', onKeyDown, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the button ref and `close` are stable enough: only opening matters
  }, [open]);
}

function Choices<T extends string>(props: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div class="lede-choices">
        {props.options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Range(props: {
  label: string;
  id: string;
  limits: { min: number; max: number; step: number };
  value: number;
  display: string;
  onChange(value: number): void;
}) {
  return (
    <div>
      <label class="lede-field-label" for={props.id}>
        {props.label}
      </label>
      <div class="lede-range">
        <input
          id={props.id}
          type="range"
          min={props.limits.min}
          max={props.limits.max}
          step={props.limits.step}
          value={props.value}
          aria-valuetext={props.display}
          onInput={(event) => props.onChange(Number((event.currentTarget as HTMLInputElement).value))}
        />
        <output for={props.id} aria-hidden="true">
          {props.display}
        </output>
      </div>
    </div>
  );
}
