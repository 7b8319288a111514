import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/highlights/target';
import { t, type MessageKey } from '@/utils/i18n';

const COLOR_LABELS: Record<HighlightColor, MessageKey> = {
  yellow: 'hlColorYellow',
  green: 'hlColorGreen',
  blue: 'hlColorBlue',
  pink: 'hlColorPink',
};

export const colorName = (color: HighlightColor) => t(COLOR_LABELS[color]);

/** The four colours as buttons; `current` is pressed. */
export function ColorSwatches(props: { current?: HighlightColor; onPick(color: HighlightColor): void }) {
  return (
    <div class="lede-hl-swatches" role="group" aria-label={t('hlColors')}>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class={`lede-hl-swatch lede-hl-${color}`}
          aria-label={t('hlHighlightIn', colorName(color))}
          aria-pressed={props.current === undefined ? undefined : props.current === color}
          onClick={() => props.onPick(color)}
        />
      ))}
    </div>
  );
}
