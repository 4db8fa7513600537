/**
 * The generic wire-test runner: each case calls one method through the public client against the
 * sandbox and asserts the exact request that went out (method, encoded path, query pairs, body,
 * auth header) and the typed result. Cases are written by hand per provider (test/<provider>/wire/).
 */
import { describe, expect, it } from 'vitest';
import type { AnyEndpoint } from '../../src/core/endpoint.js';
import type { Sandbox } from '../../src/testing/sandbox.js';

export interface WireCase {
  /** Endpoint id, e.g. `artists.stats` (the method is `client.artists.stats`). */
  id: string;
  /** Arguments as a user passes them. */
  args: unknown[];
  expect: {
    method: string;
    /** Exact wire path, percent-encoded as sent. */
    path: string;
    /** Exact wire query (order-insensitive). */
    query?: string;
    /** JSON (or form fields object) body. */
    body?: unknown;
  };
  /** Assertions on the result (a Page for paginated methods). */
  check?: (result: unknown) => void;
}

const sortedPairs = (qs: string) =>
  qs
    .split('&')
    .filter(Boolean)
    .map((p) => p.split('=').map((x) => decodeURIComponent(x.replace(/\+/g, ' '))).join('='))
    .sort();

function methodOf(client: unknown, id: string): (...args: unknown[]) => Promise<unknown> {
  const parts = id.split('.');
  let target: unknown = client;
  let owner: unknown = client;
  for (const p of parts) {
    owner = target;
    target = (target as Record<string, unknown>)?.[p];
  }
  if (typeof target !== 'function') throw new Error(`No method for endpoint id ${id}`);
  return (target as (...a: unknown[]) => Promise<unknown>).bind(owner);
}

export function wireSuite(opts: {
  provider: 'chartmetric' | 'soundcharts' | 'chartmogul';
  endpoints: readonly AnyEndpoint[];
  cases: readonly WireCase[];
  sandbox: Sandbox;
  client: unknown;
  /** Asserts the credentials on a recorded request. */
  auth: (headers: Record<string, string>) => void;
}) {
  describe(`${opts.provider} wire`, () => {
    it('has at least one wire case per catalog endpoint', () => {
      const covered = new Set(opts.cases.map((c) => c.id));
      expect(opts.endpoints.map((e) => e.id).filter((id) => !covered.has(id))).toEqual([]);
    });

    for (const c of opts.cases) {
      it(`${c.id}: ${c.expect.method} ${c.expect.path}${c.expect.query ? `?${c.expect.query}` : ''}`, async () => {
        const before = opts.sandbox.requests.length;
        const result = await methodOf(opts.client, c.id)(...c.args);
        // Token exchanges are not the request under test.
        const sent = opts.sandbox.requests.slice(before).filter((r) => r.provider === opts.provider && r.path !== '/api/token');
        expect(sent.length).toBe(1);
        const req = sent[0]!;
        expect(req.method).toBe(c.expect.method);
        expect(req.path).toBe(c.expect.path);
        expect(sortedPairs(req.query)).toEqual(sortedPairs(c.expect.query ?? ''));
        if (c.expect.body !== undefined) {
          const type = req.headers['content-type'] ?? '';
          const body = type.includes('form') ? Object.fromEntries(new URLSearchParams(req.body ?? '')) : JSON.parse(req.body ?? 'null');
          expect(body).toEqual(c.expect.body);
        } else if (c.expect.method === 'GET') {
          expect(req.body ?? '').toBe('');
        }
        opts.auth(req.headers);
        expect(result).toBeDefined();
        c.check?.(result);
      });
    }
  });
}
