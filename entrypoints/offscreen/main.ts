import { onMessage } from '@/utils/messages';
import { keptPageMarkup } from '@/utils/library/page-markup';
import { readSnapshot } from './read-snapshot';

// Chrome's offscreen document (reason DOM_PARSER): a page of Lede's own, with a DOM, that the
// background opens to read a large page's copy, and to prune a saved article's page, off that
// page's main thread.
onMessage('extractInDocument', ({ data, sender }) =>
  sender.id === browser.runtime.id ? readSnapshot(data) : { ok: false, reason: 'error' },
);
onMessage('keptPageMarkup', ({ data, sender }) =>
  sender.id === browser.runtime.id && typeof data === 'string' ? keptPageMarkup(data) : null,
);
