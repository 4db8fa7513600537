/** Turns a grouped catalog into the client's typed surface: `client.<family>.<method>(...)`. */
import type { Catalog, Resources } from './endpoint.js';
import type { CoreClient } from './client.js';

export function bindCatalog<C extends Catalog>(core: CoreClient, catalog: C): Resources<C> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [family, endpoints] of Object.entries(catalog)) {
    const methods: Record<string, unknown> = {};
    for (const [name, endpoint] of Object.entries(endpoints)) {
      methods[name] = (...args: unknown[]) => core.call(endpoint, args);
    }
    out[family] = Object.freeze(methods);
  }
  return out as Resources<C>;
}
