/**
 * The harness of the catalog tests (test/<provider>/catalog.test.ts): requests go straight to a
 * provider's sandbox route handlers through the Router (so every path template is exercised without
 * the client pipeline), wire-case arguments are validated the way the client validates them, and the
 * answers are unwrapped with the provider's own envelope rule.
 */
import { expect } from 'vitest';
import { flattenCatalog, pathParamNames, type AnyEndpoint, type Catalog, type NextPage } from '../../src/core/endpoint.js';
import { PagePromise, pagingFor } from '../../src/core/pagination.js';
import type { ProviderSpec } from '../../src/core/provider.js';
import { hashString, seededRandom } from '../../src/testing/data.js';
import { Router } from '../../src/testing/router.js';
import { SandboxReply, type RouteHandlers } from '../../src/testing/types.js';
import type { WireCase } from './wire.js';

/** What the sandbox answered, and which catalog entry the Router picked for the request. */
export interface SandboxAnswer {
  endpoint: AnyEndpoint;
  id: string;
  status: number;
  body: unknown;
}

export interface CatalogHarnessOptions {
  /** The provider catalog under test (`{ artists, search, … }`), or some of its families. */
  catalog: object;
  /** The sandbox handlers of those families. */
  routes: RouteHandlers;
  /** The real API origin the requests are addressed to (`https://api.chartmetric.com`). */
  origin: string;
  /** The provider, for its envelope rule. */
  spec: Pick<ProviderSpec, 'unwrap'>;
  /** The sandbox clock seen by the handlers. */
  now: Date;
}

/** Builds the request helpers of a provider's catalog tests. */
export function catalogHarness(opts: CatalogHarnessOptions) {
  const endpoints = flattenCatalog(opts.catalog as Catalog);
  const byId = new Map(endpoints.map((e) => [e.id, e]));
  const router = new Router(endpoints, opts.routes);

  /** The entry with this id (throws on a typo, so a test cannot silently check nothing). */
  const endpoint = (id: string): AnyEndpoint => {
    const e = byId.get(id);
    if (!e) throw new Error(`no catalog entry ${id}`);
    return e;
  };

  /** Sends one request to the handlers through the Router. `pathAndQuery` is the wire path, with its query if any. */
  async function send(method: string, pathAndQuery: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<SandboxAnswer> {
    const url = new URL(pathAndQuery, opts.origin);
    const match = router.match(method, url.pathname);
    if (!match) throw new Error(`no sandbox route for ${method} ${url.pathname}`);
    const request = new Request(url, { method, headers: init.headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    const out = await match.handler({
      params: match.params,
      query: url.searchParams,
      body: init.body,
      headers: new Headers(init.headers),
      request,
      rng: seededRandom(hashString(url.href)),
      now: opts.now,
    });
    const reply = out instanceof SandboxReply ? out : new SandboxReply(200, out);
    return { endpoint: match.endpoint, id: match.endpoint.id, status: reply.status, body: reply.body };
  }

  /** The payload of a body, by the provider's envelope rule for this entry. */
  const unwrap = (e: AnyEndpoint, body: unknown) => opts.spec.unwrap(body, e);

  /** Pages through an entry with the real PagePromise over the sandbox; `stops` collects why paging stopped. */
  function pages(id: string, path: string, params: Record<string, unknown> = {}) {
    const e = endpoint(id);
    const fetchPage = async (req: NextPage) => {
      const query = 'params' in req ? new URLSearchParams(Object.entries(req.params).map(([k, v]) => [k, String(v)])).toString() : '';
      const res = await send('GET', 'url' in req ? req.url : `${path}${query ? `?${query}` : ''}`);
      if (res.status !== 200) throw new Error(`status ${res.status}: ${JSON.stringify(res.body)}`);
      return { data: e.response.parse(unwrap(e, res.body)), response: { status: 200, headers: new Headers(), url: path }, requestId: undefined, rateLimit: {}, fromCache: false, age: 0, coalesced: false };
    };
    const stops: string[] = [];
    const request = { params };
    // A window that depends on the path (a platform) is resolved for this path, as the client does.
    const pathParams = router.match('GET', new URL(path, opts.origin).pathname)?.params ?? {};
    return { promise: new PagePromise(fetchPage(request), request, pagingFor(e.paginate!, pathParams), fetchPage, (why) => stops.push(why)), stops };
  }

  /**
   * Runs one wire case against the handlers: the arguments pass the params schemas and checks, the
   * expected request reaches this entry, the answer is a 200 the response schema accepts, and the
   * case's own checks hold on the typed result (`{items, data, related}` for paginated entries).
   * With `serialize`, the validated arguments must also serialize to the expected path and query.
   */
  async function runWireCase(c: WireCase, serialize?: (e: AnyEndpoint, args: ValidatedArgs) => { path: string; query: string }) {
    const e = endpoint(c.id);
    expect(e.method).toBe(c.expect.method);
    const args = validateArgs(e, c.args);
    if (serialize) {
      const wire = serialize(e, args);
      expect(wire.path).toBe(c.expect.path);
      expect(queryPairs(wire.query)).toEqual(queryPairs(c.expect.query ?? ''));
      if (c.expect.body !== undefined) expect(args.body).toEqual(c.expect.body);
    }
    const res = await send(c.expect.method, `${c.expect.path}${c.expect.query ? `?${c.expect.query}` : ''}`, { body: c.expect.body });
    expect(res.status, `${c.id} ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200);
    // `get` and `getMany` share one template: the router may pick either (one handler serves both).
    if (c.id.endsWith('.getMany')) expect([c.id, c.id.replace('getMany', 'get')]).toContain(res.id);
    else expect(res.id).toBe(c.id);
    const parsed = e.response.safeParse(unwrap(e, res.body));
    expect(parsed.success, `${c.id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`).toBe(true);
    const data = parsed.data as { related?: unknown };
    c.check?.(e.paginate ? { items: (e.paginate.items as (d: unknown) => unknown[])(data), data, related: data?.related } : data);
  }

  return { endpoints, byId, endpoint, send, unwrap, pages, runWireCase };
}

/** Path values, query params and body params of a call, as the client validates and normalizes them. */
export interface ValidatedArgs {
  pathValues: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/**
 * Splits a method call's arguments (path values in template order, then one params object) and
 * validates them like the client: path schemas, query and body schemas (unknown keys rejected) and
 * the cross-field checks. Throws with the entry id and the reason on the first problem.
 */
export function validateArgs(e: AnyEndpoint, args: unknown[]): ValidatedArgs {
  const names = pathParamNames(e.path);
  const pathValues: Record<string, unknown> = {};
  names.forEach((n, i) => {
    const schema = e.pathParams?.[n];
    const parsed = schema ? schema.safeParse(args[i]) : { success: true, data: args[i] };
    if (!parsed.success) throw new Error(`${e.id}: bad path arg {${n}}: ${JSON.stringify(args[i])}`);
    pathValues[n] = parsed.data;
  });
  const params = (args[names.length] ?? {}) as Record<string, unknown>;
  const queryKeys = Object.keys(e.query?.def.shape ?? {});
  const bodyKeys = Object.keys(e.body?.def.shape ?? {});
  const pick = (keys: string[]) => Object.fromEntries(Object.entries(params).filter(([k]) => keys.includes(k)));
  const unknownKeys = Object.keys(params).filter((k) => !queryKeys.includes(k) && !bodyKeys.includes(k));
  if (unknownKeys.length) throw new Error(`${e.id}: params not in the catalog: ${unknownKeys.join(', ')}`);
  const query = e.query ? e.query.safeParse(pick(queryKeys)) : { success: true as const, data: {} };
  const body = e.body ? e.body.safeParse(pick(bodyKeys)) : { success: true as const, data: undefined };
  if (!query.success) throw new Error(`${e.id}: query rejected: ${JSON.stringify(query.error.issues)}`);
  if (!body.success) throw new Error(`${e.id}: body rejected: ${JSON.stringify(body.error.issues)}`);
  for (const check of e.checks ?? []) {
    const problem = check({ ...pathValues, ...(query.data as object), ...(body.data as object) });
    if (problem) throw new Error(`${e.id}: check failed: ${problem}`);
  }
  return { pathValues, query: query.data as Record<string, unknown>, body: body.data };
}

/** A query string as sorted, decoded `name=value` pairs (order-insensitive comparison). */
export const queryPairs = (qs: string) =>
  qs
    .split('&')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p))
    .sort();

/** Every entry id is `<family>.<method>` of where the entry lives in the catalog. */
export function expectIdsMatchLocation(catalog: object) {
  for (const [family, methods] of Object.entries(catalog as Catalog)) {
    for (const [method, e] of Object.entries(methods)) expect(e.id).toBe(`${family}.${method}`);
  }
}

/** Every entry has a sandbox handler and a test case; every handler and every case belongs to an entry. */
export function expectHandlersAndCasesCover(endpoints: readonly AnyEndpoint[], routes: RouteHandlers, caseIds: Iterable<string>) {
  const ids = new Set(endpoints.map((e) => e.id));
  const cases = new Set(caseIds);
  expect(Router.missing(endpoints, routes)).toEqual([]);
  expect(Object.keys(routes).filter((id) => !ids.has(id))).toEqual([]);
  expect([...ids].filter((id) => !cases.has(id))).toEqual([]);
  expect([...cases].filter((id) => !ids.has(id))).toEqual([]);
}
