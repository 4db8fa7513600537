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
  // Every trap a read or a write can reach fills the array first, then acts on it as usual.
  const handler: Record<string, unknown> = {};
  for (const trap of ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'set', 'defineProperty', 'deleteProperty'] as const) {
    handler[trap] = (_: T[], ...rest: unknown[]) => (Reflect[trap] as (...args: unknown[]) => unknown)(fill(), ...rest);
  }
  return new Proxy(items, handler);
}

/** Defines `target[name]` as the result of `build`, computed on first read and then stored as a read-only value. */
export function lazyProperty(target: object, name: string, build: () => unknown): void {
  Object.defineProperty(target, name, {
    enumerable: true,
    configurable: true,
    get() {
      const value = build();
      Object.defineProperty(target, name, { value, enumerable: true });
      return value;
    },
  });
}
