import { libraryErrorText } from '@/components/LibraryText';
import { HighlightStoreError, type HighlightStore } from '@/components/highlights/store';
import { toFailure } from '@/utils/library/errors';
import {
  addHighlight,
  highlightsOf,
  removeHighlight,
  restoreHighlights,
  updateHighlight,
} from '@/utils/library/highlights';

async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new HighlightStoreError(libraryErrorText(toFailure(error).code));
  }
}

/** The saved-article page's highlights: this page shares the library's origin and reads it directly. */
export function savedHighlightStore(articleId: string): HighlightStore {
  return {
    list: () => explained(() => highlightsOf(articleId)),
    add: (input) => explained(() => addHighlight({ articleId, ...input })),
    update: (id, change) => explained(() => updateHighlight(id, change)),
    remove: (id) => explained(() => removeHighlight(id)),
    restore: (record) => explained(async () => void (await restoreHighlights([record]))),
  };
}
