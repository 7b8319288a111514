/**
 * Lede's toolbar icon, drawn on a 32-unit grid so that at 16 px every bar lands on whole pixels (even units).
 * A page with a headline bar and three lines of text. The states must tell apart at 16 px:
 * - closed: an orange page, white text; a mid-tone orange reads on light and dark toolbars alike.
 * - open: the reading view itself: a white page, orange text, orange edge.
 * - saved: a yellow bookmark ribbon, edged in ink, at the top right.
 * Firefox also gets the closed icon in its toolbar's own ink (`theme_icons`): a dark glyph for
 * light themes, a light one for dark themes, text cut out of the page.
 */

const ORANGE = '#c2410c';
const WHITE = '#ffffff';
const RIBBON = '#fbbf24';
const INK = '#1c1b22';

/** The text of the page: headline, then three lines, the last one short. */
const TEXT = [
  { x: 6, y: 6, w: 20, h: 6 },
  { x: 6, y: 16, w: 20, h: 2 },
  { x: 6, y: 20, w: 20, h: 2 },
  { x: 6, y: 24, w: 12, h: 2 },
];
/** The ribbon covers the headline's right end, so it is drawn over the page. */
const RIBBON_PATH = 'M18 0.75 H28 V16 L23 12 L18 16 Z';

export type IconState = 'closed' | 'open' | 'saved' | 'open-saved';
export type IconTheme = 'dark' | 'light';

const bars = (fill: string) =>
  TEXT.map(({ x, y, w, h }) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}"/>`).join('');

function svg(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32">${body}</svg>\n`;
}

export function stateIcon(state: IconState): string {
  const open = state === 'open' || state === 'open-saved';
  const saved = state === 'saved' || state === 'open-saved';
  const page = open
    ? `<rect width="32" height="32" rx="6" fill="${ORANGE}"/><rect x="2" y="2" width="28" height="28" rx="4" fill="${WHITE}"/>${bars(ORANGE)}`
    : `<rect width="32" height="32" rx="6" fill="${ORANGE}"/>${bars(WHITE)}`;
  const ribbon = saved
    ? `<path d="${RIBBON_PATH}" fill="${RIBBON}" stroke="${INK}" stroke-width="1.5" stroke-linejoin="round"/>`
    : '';
  return svg(page + ribbon);
}

/** Firefox's `theme_icons`: `dark` is the dark glyph for light toolbars, `light` the reverse. */
export function themeIcon(theme: IconTheme): string {
  const ink = theme === 'dark' ? INK : '#fbfbfe';
  const mask = `<mask id="text"><rect width="32" height="32" fill="#fff"/>${bars('#000')}</mask>`;
  return svg(`<defs>${mask}</defs><rect width="32" height="32" rx="6" fill="${ink}" mask="url(#text)"/>`);
}
