// The core imports Readability.js on its own: the package's index also bundles
// `isProbablyReaderable`, which Lede never calls, into every injected script.
declare module '@mozilla/readability/Readability.js' {
  import type { Readability } from '@mozilla/readability';
  const ReadabilityClass: typeof Readability;
  export default ReadabilityClass;
}
