import { createContext, type ComponentType, type RefObject } from 'preact';
import { useContext } from 'preact/hooks';
import { FixBar } from './fixes/FixBar';
import { FixLayer } from './fixes/FixLayer';
import { HighlightLayer } from './highlights/HighlightLayer';
import { HighlightsBar } from './highlights/HighlightsBar';
import { ListenControls } from './listen/ListenControls';

/** What a body decoration is given: the rendered, sanitised body and the HTML it was made from. */
export interface BodyDecorationProps {
  body: RefObject<HTMLDivElement>;
  html: string;
}

/**
 * A feature of the reader (Listen, fix mode, highlights) plugs in here instead of growing Reader,
 * ReaderControls or the hosts. Its state lives in a provider the host wraps around <Reader> (as
 * <Listen> does); its pieces read that context and render nothing without it, so the shared Reader
 * needs no new props and a host without the feature shows nothing of it.
 */
export interface ReaderRoom {
  /** Unique; the key of its pieces. */
  id: string;
  /** In the reader's bar, after the spacer and before the settings button, in registry order. */
  Bar?: ComponentType;
  /**
   * Rendered right after the body, once it is in the document: marks, a selection toolbar, click
   * handlers on paragraphs. It may decorate the body's DOM but never changes the stored article.
   */
  Body?: ComponentType<BodyDecorationProps>;
}

/** Every room, in bar order. A new feature adds one line here. */
export const READER_ROOMS: readonly ReaderRoom[] = [
  { id: 'listen', Bar: ListenControls },
  { id: 'highlights', Bar: HighlightsBar, Body: HighlightLayer },
  { id: 'fixes', Bar: FixBar, Body: FixLayer },
];

/** A test (or a host) may give the reader other rooms; by default every room is there. */
export const ReaderRoomsContext = createContext<readonly ReaderRoom[]>(READER_ROOMS);

export function useReaderRooms(): readonly ReaderRoom[] {
  return useContext(ReaderRoomsContext);
}
