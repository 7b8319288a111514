import type { ComponentChildren } from 'preact';
import type { Article } from '@/utils/article';
import { FixesContext } from './context';
import { useFixMode, type FixesHost } from './useFixMode';

/** Wraps the overlay's reader with fix mode: `<Fixes host={…} article={…} show={…}><Reader …/></Fixes>`. */
export function Fixes(props: {
  host: FixesHost;
  article: Article;
  /** Shows another version of the article in this reader (a picked field, or without the site's fixes). */
  show(article: Article): void;
  children: ComponentChildren;
}) {
  const fixes = useFixMode(props.host, props.article, props.show);
  return <FixesContext.Provider value={fixes}>{props.children}</FixesContext.Provider>;
}
