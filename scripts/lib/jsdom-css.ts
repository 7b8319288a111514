import { createRequire } from 'node:module';

/**
 * jsdom parses every `style` attribute as the element is created, with css-tree; a value its
 * parser rejects (`width: calc(100% - 10px))`, which browsers simply ignore) throws out of the
 * page's parse (`")" is expected`, `Unexpected input`), and the whole page was lost where a
 * browser shows it. CSS that cannot be parsed counts as absent, as in a browser: the two entry
 * points jsdom's style code calls through its module object return "invalid" instead of
 * throwing. jsdom is pinned (package.json), so the module's path and exports are stable.
 */
type ValueParser = (...args: unknown[]) => unknown;

const require = createRequire(import.meta.url);
const values = require('jsdom/lib/jsdom/living/css/helpers/css-values.js') as Record<string, ValueParser>;

for (const name of ['parsePropertyValue', 'resolveCalc']) {
  const parse = values[name];
  if (typeof parse !== 'function' || (parse as { lenient?: true }).lenient) continue;
  const lenient = (...args: unknown[]): unknown => {
    try {
      return parse(...args);
    } catch {
      return undefined;
    }
  };
  values[name] = Object.assign(lenient, { lenient: true as const });
}
