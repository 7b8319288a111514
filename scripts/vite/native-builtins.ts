import type { Plugin } from 'vite';

/**
 * `@apache-annotator/selector` (highlight anchoring) is published compiled with Babel's core-js runtime,
 * which bundles polyfills of Promise, Symbol, Array.from … into the reader script injected on
 * every click (about 140 kB). Every browser Lede supports has them natively: this plugin points the
 * runtime's helpers at the plain `@babel/runtime` and each polyfill import at the native built-in.
 * An import not listed here fails the build, so a library update cannot slip a polyfill past it.
 */
const NATIVE: Record<string, string> = {
  'instance/slice': '(it) => it.slice',
  'instance/concat': '(it) => it.concat',
  'instance/starts-with': '(it) => it.startsWith',
  'instance/reduce': '(it) => it.reduce',
  'instance/map': '(it) => it.map',
  'instance/flat-map': '(it) => it.flatMap',
  'instance/filter': '(it) => it.filter',
  symbol: 'Symbol',
  'get-iterator-method': '(it) => it[Symbol.iterator]',
  'get-iterator': '(it) => it[Symbol.iterator]()',
  'array/from': 'Array.from',
  'reflect/construct': 'Reflect.construct',
  promise: 'Promise',
  'object/keys': 'Object.keys',
};

const RUNTIME = '@babel/runtime-corejs3/';
const POLYFILL = /^@babel\/runtime-corejs3\/core-js(?:-stable)?\/(.+?)(?:\.js)?$/;
const VIRTUAL = '\0native-builtin:';

export function nativeBuiltins(): Plugin {
  return {
    name: 'lede-native-builtins',
    enforce: 'pre',
    async resolveId(id, importer) {
      const polyfill = POLYFILL.exec(id);
      if (polyfill) {
        if (!(polyfill[1]! in NATIVE)) throw new Error(`native-builtins: no native stand-in for ${id}`);
        return VIRTUAL + polyfill[1];
      }
      if (id.startsWith(RUNTIME + 'helpers/') || id === RUNTIME + 'regenerator') {
        return this.resolve(id.replace(RUNTIME, '@babel/runtime/'), importer, { skipSelf: true });
      }
      return null;
    },
    load(id) {
      return id.startsWith(VIRTUAL) ? `export default ${NATIVE[id.slice(VIRTUAL.length)]};` : null;
    },
  };
}
