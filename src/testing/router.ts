/**
 * Matches a request to a catalog entry by method and path template, so the sandbox serves exactly
 * the paths the catalog documents (one source of truth for every URL).
 */
import type { AnyEndpoint } from '../core/endpoint.js';
import type { RouteHandler, RouteHandlers } from './types.js';

export interface RouteMatch {
  endpoint: AnyEndpoint;
  handler: RouteHandler;
  params: Record<string, string>;
}

interface CompiledRoute {
  endpoint: AnyEndpoint;
  handler: RouteHandler;
  regex: RegExp;
  names: string[];
  /** Specificity: fewer placeholders first, then more literal text, then a later first placeholder. */
  weight: [number, number, number];
}

export class Router {
  #routes: CompiledRoute[] = [];

  constructor(endpoints: readonly AnyEndpoint[], handlers: RouteHandlers) {
    for (const endpoint of endpoints) {
      const handler = handlers[endpoint.id];
      if (!handler) continue;
      const names: string[] = [];
      const source = endpoint.path
        .replace(/\/+$/, '')
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const m = /^\{([^}]+)\}$/.exec(part);
          if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(m[1]!);
          return '([^/]+)';
        })
        .join('');
      this.#routes.push({
        endpoint,
        handler,
        names,
        regex: new RegExp(`^${source}/?$`),
        weight: [names.length, -endpoint.path.replace(/\{[^}]+\}/g, '').length, -endpoint.path.indexOf('{')],
      });
    }
    this.#routes.sort((a, b) => a.weight[0] - b.weight[0] || a.weight[1] - b.weight[1] || a.weight[2] - b.weight[2]);
  }

  /** Endpoint ids of the catalog that have no handler (a test asserts this is empty). */
  static missing(endpoints: readonly AnyEndpoint[], handlers: RouteHandlers): string[] {
    return endpoints.filter((e) => !handlers[e.id]).map((e) => e.id);
  }

  match(method: string, pathname: string): RouteMatch | undefined {
    for (const r of this.#routes) {
      if (r.endpoint.method !== method) continue;
      const m = r.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
      return { endpoint: r.endpoint, handler: r.handler, params };
    }
    return undefined;
  }

  /** True when some route exists for the path with another method (→ 405). */
  hasPath(pathname: string): boolean {
    return this.#routes.some((r) => r.regex.test(pathname));
  }
}
