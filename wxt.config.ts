import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { nativeBuiltins } from './scripts/vite/native-builtins';

/** The toolbar icon's PNGs, drawn by `npm run icons` from scripts/icons/design.ts. */
const ICON_SIZES = [16, 32, 48, 128] as const;
const icons = (name: string) => Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${name}-${size}.png`]));

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [nativeBuiltins(), preact()],
    build: {
      // Terser packs the injected script about 4% smaller than esbuild's minifier: every click
      // on a page parses it. The build takes a few seconds longer.
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 2 } },
    },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No host permissions: the reader is injected on demand with the activeTab grant of a click,
    // shortcut or menu entry.
    // `offscreen` (Chrome, no install warning): a very large page is read in an offscreen document,
    // off the page's main thread. Firefox has no such permission and needs none (see below).
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage', 'offscreen'],
    // Asked for only when the user turns on "Keep pictures with saved articles": saving then
    // downloads the body's pictures from wherever the publisher serves them.
    optional_host_permissions: ['<all_urls>'],
    icons: icons('lede'),
    action: { default_title: '__MSG_actionTitle__', default_icon: icons('lede') },
    commands: {
      // Must match TOGGLE_COMMAND in entrypoints/background/reader-triggers.ts. Alt+Shift+R is
      // taken by Chromium itself (left unassigned without a word), Alt+Shift+L is free.
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggle__',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'lede@lede.example' },
    },
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // The toolbar click toggles the reader (`action.onClicked`), which a default popup would
      // swallow; popup.html stays a page, opened by the background when wanted. WXT also titles
      // the action after the popup's <title>: keep the localised one.
      if (manifest.action) {
        delete manifest.action.default_popup;
        manifest.action.default_title = '__MSG_actionTitle__';
      }
      // Firefox asks add-ons to declare data collection; Lede sends nothing anywhere. (WXT's
      // manifest types do not know the key yet.)
      const gecko = manifest.browser_specific_settings?.gecko as Record<string, unknown> | undefined;
      if (gecko) gecko.data_collection_permissions = { required: ['none'] };
      // Firefox: the button goes on the toolbar, not into the Extensions menu, and the closed
      // state follows the toolbar's ink (a dark glyph on light themes, a light one on dark).
      if (wxt.config.browser === 'firefox' && manifest.action) {
        Object.assign(manifest.action, {
          default_area: 'navbar',
          theme_icons: ICON_SIZES.map((size) => ({
            light: `icon/lede-theme-light-${size}.png`,
            dark: `icon/lede-theme-dark-${size}.png`,
            size,
          })),
        });
      }
      // Chromium warns about keys it does not know on the extensions page.
      if (wxt.config.browser !== 'firefox') delete manifest.browser_specific_settings;
      // Firefox reads large pages in its background page, which has a DOM: no offscreen API there.
      if (wxt.config.browser === 'firefox')
        manifest.permissions = manifest.permissions?.filter((permission) => permission !== 'offscreen');
    },
  },
});
