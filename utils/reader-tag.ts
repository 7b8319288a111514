/** The host element of Lede's overlay: Lede's own, never part of the page it lies over. */
export const READER_TAG = 'lede-reader';
