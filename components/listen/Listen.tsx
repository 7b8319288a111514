import type { ComponentChildren } from 'preact';
import { ListenContext } from './context';
import { useListen, type ListenOptions } from './useListen';

/** Wraps a reader with its player: `<Listen article host><Reader …/></Listen>`. */
export function Listen(props: ListenOptions & { children: ComponentChildren }) {
  const listen = useListen(props);
  return <ListenContext.Provider value={listen}>{props.children}</ListenContext.Provider>;
}
