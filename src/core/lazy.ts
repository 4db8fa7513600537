/**
 * Build-on-first-use helpers for the endpoint catalogs. Building a family's zod schemas costs
 * milliseconds and megabytes that a cold start (a Lambda, a Worker isolate) pays for every family,
 * while most apps call a handful of endpoints; so catalogs are built when first used, never at
 * import (issue #15). Nothing here runs a timer, I/O or randomness: a Worker's global scope forbids them.
 */

/** A function that runs `build` once, on its first call, and returns that result ever after. */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

/**
 * An array whose items are built on its first use, whatever that use is (an index, `length`,
 * iteration, `map`, `Object.keys`, …). The exported endpoint lists (`chartmetricEndpoints`, …) are
 * such arrays: they read as plain arrays, but importing an entry does not build every schema.
 * `Array.isArray` is true for it. The proxy fills its own target, so it behaves exactly like that
 * array once built (proxy invariants hold by construction).
 */
export function lazyList<T>(build: () => T[]): T[] {
  const items: T[] = [];
  const fill = once(() => {
    items.push(...build());
    return items;
  });
  return new Proxy(items, {
    get: (_, key, receiver) => Reflect.get(fill(), key, receiver),
    has: (_, key) => Reflect.has(fill(), key),
    ownKeys: () => Reflect.ownKeys(fill()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(fill(), key),
    set: (_, key, value, receiver) => Reflect.set(fill(), key, value, receiver),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(fill(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(fill(), key),
  });
}
