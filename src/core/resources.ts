/**
 * Turns a provider's families into the client's typed surface: `client.<family>.<method>(...)`.
 * Each family is built and bound on first access of `client.<family>` (src/core/lazy.ts says why),
 * then kept as a plain frozen property of the client.
 */
import type { CoreClient } from './client.js';
import type { Catalog, Family, Families, Resources } from './endpoint.js';
import { lazyProperty } from './lazy.js';

/** The methods of one built family, each sending its endpoint through the client's pipeline. */
export function bindFamily<F extends Family>(core: CoreClient, family: F): Resources<{ f: F }>['f'] {
  const methods: Record<string, unknown> = {};
  for (const [name, endpoint] of Object.entries(family)) {
    methods[name] = (...args: unknown[]) => core.call(endpoint, args);
  }
  return Object.freeze(methods) as Resources<{ f: F }>['f'];
}

/** Gives `client` one property per family, built and bound when first read. */
export function bindFamilies<C extends Catalog>(client: object, core: CoreClient, families: Families<C>): void {
  for (const [name, build] of Object.entries(families) as Array<[string, () => Family]>) {
    lazyProperty(client, name, () => bindFamily(core, build()));
  }
}

