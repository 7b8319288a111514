import { registerReaderTriggers } from './reader-triggers';
import { registerLibraryHandlers } from './library-handlers';
import { registerHighlightHandlers } from './highlight-handlers';
import { registerOffThreadExtraction } from './extract-off-thread';
import { registerFixesSite } from './fixes-site';

// The background only wires browser events to the modules beside it; it holds no state of its
// own, because an MV3 service worker may be stopped at any moment. Listeners are registered
// synchronously so that an event that wakes the worker finds them.
export default defineBackground(() => {
  registerReaderTriggers();
  registerLibraryHandlers();
  registerHighlightHandlers();
  registerOffThreadExtraction();
  registerFixesSite();
});
