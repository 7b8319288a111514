/**
 * `<img name="createElement">` on a page replaces `document.createElement` — in the content
 * script's isolated world too, since named properties come from the shared DOM — and the
 * overlay's own mounting code then throws. An own property on this world's `document` wrapper
 * outranks a named element, and the page never sees it: each shadowed member gets the
 * prototype's own definition back, here only.
 */
export function shieldDocument(doc: Document): void {
  const named = doc.documentElement
    ? Array.from(Element.prototype.querySelectorAll.call(doc.documentElement, '[name], [id]'))
    : [];
  for (const el of named) {
    for (const attribute of ['name', 'id']) {
      const value = Element.prototype.getAttribute.call(el, attribute);
      if (!value || Object.prototype.hasOwnProperty.call(doc, value)) continue;
      const descriptor = prototypeDescriptor(doc, value);
      if (descriptor) Object.defineProperty(doc, value, { ...descriptor, configurable: true });
    }
  }
}

function prototypeDescriptor(target: object, name: string): PropertyDescriptor | undefined {
  for (
    let proto = Object.getPrototypeOf(target) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor;
  }
  return undefined;
}
