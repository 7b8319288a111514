/**
 * DOM reads and calls through the prototypes, whatever a page's named elements say: in
 * `<form><input name="parentNode"></form>` the form's `parentNode` is the input, and
 * `<img name="createElement">` replaces `document.createElement` (see unclobber.ts).
 */

export function getterOf<T extends object>(target: T, property: string, optional = false): (this: T) => unknown {
  const owner = ownerOf(target, property);
  const getter = owner && Object.getOwnPropertyDescriptor(owner, property)?.get;
  if (!getter && !optional) throw new TypeError(`no DOM property ${property}`);
  return getter as (this: T) => unknown;
}

export function methodOf<F>(target: object, method: string): F {
  const fn = (ownerOf(target, method) as Record<string, unknown> | null)?.[method];
  if (typeof fn !== 'function') throw new TypeError(`no DOM method ${method}`);
  return fn as F;
}

function ownerOf(target: object, property: string): object | null {
  let proto = Object.getPrototypeOf(target) as object | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, property))
    proto = Object.getPrototypeOf(proto) as object | null;
  return proto;
}

/** Reads a DOM property through the prototype's getter. */
export function readOwn<T>(target: object, property: string): T {
  return getterOf(target, property).call(target) as T;
}

/** Calls a DOM method as the prototype defines it. */
export function callOwn<T = unknown>(target: object, method: string, ...args: unknown[]): T {
  return methodOf<(...a: unknown[]) => T>(target, method).apply(target, args);
}
