/**
 * `npm run eval -- --blind`: every page with each class and id replaced by a meaningless token
 * (one name, one token, across the page), as a stand-in for a site whose naming Lede has never
 * seen. A rule that rests on a name ("byline", "teaser", "lead") loses its cue there; what still
 * scores is what Lede reads from structure, position and text, which carries to any site.
 * Standard markup stays: tags, `itemprop`, `rel`, `role`, ARIA, JSON-LD and meta tags. Both
 * systems read the same blinded page (Readability weighs class names too).
 */
export function blindNames(doc: Document): void {
  const tokens = new Map<string, string>();
  const token = (name: string): string => {
    let made = tokens.get(name);
    if (made === undefined) tokens.set(name, (made = `n${tokens.size.toString(36)}`));
    return made;
  };
  const walker = doc.createTreeWalker(doc, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    const classes = el.getAttribute('class');
    if (classes !== null) el.setAttribute('class', classes.split(/\s+/).filter(Boolean).map(token).join(' '));
    const id = el.getAttribute('id');
    if (id !== null) el.setAttribute('id', token(id));
  }
}
