/**
 * The compiled validation fast path (src/core/fast-parse.ts) must be indistinguishable from zod:
 * for every catalog endpoint's sandbox response, and for a dozen mutated copies of each of them
 * (numbers sent as strings, nulls, missing and extra keys, wrong types), it fails exactly when zod
 * fails and otherwise returns zod's output — same values, same keys (undefined ones included), same
 * key order (for responses, where unchanged values are shared with the body, any key order) — both
 * with generated code and with closures only.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { AnyEndpoint } from '../../src/core/endpoint.js';
import { FAIL, ParserCompiler, fastParse } from '../../src/core/fast-parse.js';
import * as params from '../../src/core/params.js';
import { validateResponse } from '../../src/core/validate.js';
import { Chartmetric, chartmetricEndpoints } from '../../src/chartmetric/index.js';
import { ChartMogul, chartmogulEndpoints } from '../../src/chartmogul/index.js';
import { Soundcharts, soundchartsEndpoints } from '../../src/soundcharts/index.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import type { WireCase } from '../support/wire.js';
import { casesByFamily as chartmetricCases } from '../chartmetric/wire/index.js';
import { chartmogulCases } from '../chartmogul/wire/cases.js';
import { casesByFamily as soundchartsCases } from '../soundcharts/wire/index.js';

/** A serialization that sees what `toEqual` forgives: key order and keys whose value is undefined. */
function exact(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(exact);
  if (v === undefined) return { '(undefined)': true };
  if (v === null || typeof v !== 'object') return v;
  return Object.keys(v).map((k) => [k, exact((v as Record<string, unknown>)[k])]);
}

/** As `exact`, with each object's keys sorted: for results that may keep the input's key order. */
function unordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unordered);
  if (v === undefined) return { '(undefined)': true };
  if (v === null || typeof v !== 'object') return v;
  return Object.keys(v)
    .sort()
    .map((k) => [k, unordered((v as Record<string, unknown>)[k])]);
}

/**
 * Generated code (Node) and closures only (runtimes that forbid `new Function`), as params are
 * parsed (copies in zod's key order, like zod) and as responses are (what comes back unchanged is
 * the input itself, so its key order is the input's: compared without order).
 */
const copying = [new ParserCompiler(true), new ParserCompiler(false)];
const sharing = [new ParserCompiler(true, { shareUnchanged: true }), new ParserCompiler(false, { shareUnchanged: true })];

function agrees(schema: z.ZodMiniType, data: unknown): void {
  const zod = schema.safeParse(data);
  const before = JSON.stringify(exact(data));
  const check = (results: unknown[], view: (v: unknown) => unknown) => {
    const expected = zod.success ? JSON.stringify(view(zod.data)) : 'FAIL';
    for (const fast of results) {
      // Strings compare fast; on a mismatch, toEqual shows where.
      const got = fast === FAIL ? 'FAIL' : JSON.stringify(view(fast));
      if (got !== expected) expect(fast === FAIL ? 'FAIL' : view(fast)).toEqual(zod.success ? view(zod.data) : 'FAIL');
    }
  };
  check([fastParse(schema, data), ...copying.map((c) => c.parser(schema)(data))], exact);
  check([fastParse(schema, data, { response: true }), ...sharing.map((c) => c.parser(schema)(data))], unordered);
  // Sharing must never mean writing into the input.
  expect(JSON.stringify(exact(data))).toBe(before);
}

/** A seeded generator, so a failure reproduces. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deep copy with one random change somewhere (the kind of drift real APIs show). */
function mutate(value: unknown, random: () => number): unknown {
  const copy = structuredClone(value);
  const slots: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        slots.push([v, i]);
        walk(x);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        slots.push([v as Record<string, unknown>, k]);
        walk(x);
      }
    }
  };
  walk(copy);
  if (slots.length === 0) return random() < 0.5 ? null : 'text';
  const [holder, key] = slots[Math.floor(random() * slots.length)]!;
  const old = (holder as Record<string | number, unknown>)[key];
  const edits: Array<() => void> = [
    () => ((holder as Record<string | number, unknown>)[key] = typeof old === 'number' ? String(old) : old),
    () => ((holder as Record<string | number, unknown>)[key] = null),
    () => ((holder as Record<string | number, unknown>)[key] = undefined),
    () => (Array.isArray(holder) ? holder.splice(Number(key), 1) : delete holder[key as string]),
    () => ((holder as Record<string | number, unknown>)[key] = typeof old === 'string' ? 42 : 'drifted'),
    () => ((holder as Record<string | number, unknown>)[key] = typeof old === 'boolean' ? String(old) : old === 1 ? true : [old]),
    () => ((holder as Record<string | number, unknown>)[key] = '4.2M'),
    () => {
      if (!Array.isArray(holder)) (holder as Record<string, unknown>).addedByTheApi = { nested: [1, 'x'] };
    },
  ];
  edits[Math.floor(random() * edits.length)]!();
  return copy;
}

function methodOf(client: unknown, id: string): (...args: unknown[]) => Promise<unknown> {
  let target: unknown = client;
  let owner: unknown = client;
  for (const p of id.split('.')) {
    owner = target;
    target = (target as Record<string, unknown>)[p];
  }
  return (target as (...a: unknown[]) => Promise<unknown>).bind(owner);
}

const sandbox = createSandbox();
const common = { fetch: sandbox.fetch, rateLimit: false as const, validation: 'off' as const };
const chartmetric = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, ...common });
const soundcharts = new Soundcharts({ ...SANDBOX_CREDENTIALS.soundcharts, tokenUrl: 'https://account.soundcharts.com/oauth/token', ...common });
// One test per file of wire cases (one per resource family): each stays well inside the timeout on a busy machine.
type Suite = [name: string, client: unknown, endpoints: readonly AnyEndpoint[], cases: readonly WireCase[]];
const providers: Suite[] = [
  ['chartmogul', new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, ...common }), chartmogulEndpoints, chartmogulCases],
  ...Object.entries(chartmetricCases).map(([family, cases]): Suite => [`chartmetric ${family}`, chartmetric, chartmetricEndpoints, cases]),
  ...Object.entries(soundchartsCases).map(([family, cases]): Suite => [`soundcharts ${family}`, soundcharts, soundchartsEndpoints, cases]),
];

/** Mutations per response: twelve, or two for a large body (a 200-row chart), whose parses cost a hundred times more. */
const mutationsFor = (data: unknown) => (JSON.stringify(data ?? null).length > 20_000 ? 2 : 12);

describe('fast validation path agrees with zod', () => {
  for (const [name, client, endpoints, cases] of providers) {
    // A minute: well beyond what this takes on a busy 2-core machine (seconds), so only a hang fails it.
    it(`${name}: every wire case's response, and up to 12 mutations of each`, { timeout: 60_000 }, async () => {
      const byId = new Map(endpoints.map((e) => [e.id, e]));
      let checked = 0;
      for (const [i, c] of cases.entries()) {
        // Validation is off, so this is the unwrapped, normalized body exactly as validation sees it.
        const result = await methodOf(client, c.id)(...c.args).catch(() => undefined);
        if (result === undefined) continue;
        const endpoint = byId.get(c.id)!;
        const data = endpoint.paginate ? (result as { data: unknown }).data : result;
        agrees(endpoint.response, data);
        const random = rng(i + 1);
        for (let m = mutationsFor(data); m > 0; m--) agrees(endpoint.response, mutate(data, random));
        checked++;
      }
      expect(checked).toBeGreaterThan(cases.length * 0.8);
    });
  }

  it('covers each node kind, with zod deciding what the fast path does not reproduce', () => {
    const numeric = z.pipe(z.union([z.number(), z.string().check(z.regex(/^\d+$/))]), z.transform((v: number | string) => Number(v)));
    const schemas: z.ZodMiniType[] = [
      z.looseObject({ a: z.optional(z.nullable(numeric)), b: z.string(), c: z.array(z.boolean()) }),
      z.strictObject({ a: z.string(), b: z.optional(z.number()) }),
      z.looseObject({ n: z.number(), m: z.optional(z.nullable(z.number())), f: z.optional(z.boolean()) }),
      z.array(z.number()),
      z.object({ a: z.string() }),
      z.looseObject({ t: z.pipe(z.optional(z.string()), z.transform((v: string | undefined) => v ?? 'default')) }),
      z.union([z.literal('a'), z.literal(1), z.looseObject({ k: z.unknown() })]),
      z.record(z.string(), z.number()),
      z.string().check(z.minLength(2)),
      z.number().check(z.int()),
      z.tuple([z.string(), z.number()]),
      z.looseObject({ d: z._default(z.string(), 'x') }),
      z.pipe(z.string(), z.transform((v: string, ctx) => {
        if (v === 'bad') ctx.issues.push({ code: 'custom', message: 'bad', input: v });
        return v.length;
      })),
    ];
    const inputs: unknown[] = [
      { a: '12', b: 'x', c: [true] }, { a: null, b: 'x', c: [] }, { b: 'x', c: [], extra: 1 }, { a: 'x1', b: 'x', c: [] }, { a: undefined, b: 'x', c: [] },
      { a: 'x' }, { a: 'x', b: 1 }, { a: 'x', z: 1 }, { t: undefined }, {}, { t: 'v' }, 'a', 1, 2, { k: undefined }, { k: 1, j: 2 },
      { x: 1, y: 2 }, { x: 'no' }, 'ab', 'b', 3, 3.5, ['a', 1], ['a'], { d: 'y' }, 'bad', 'good', null, undefined, [], 'text',
      JSON.parse('{"__proto__": {"polluted": true}, "b": "x", "c": []}'),
      { n: NaN }, { n: 1, m: Infinity }, { n: -Infinity }, { n: 1, m: null, f: 'true' }, { n: 0, f: false }, [1, NaN], [Infinity], [1, 2.5],
    ];
    for (const schema of schemas) for (const input of inputs) agrees(schema, input);
  });

  it("runs checks as zod does: every parameter builder, on valid and invalid input", () => {
    const schemas: z.ZodMiniType[] = [
      params.date(), params.dateTime(), params.str({ min: 2, max: 4 }), params.str({ pattern: /^[a-z]+$/g }), params.text({ max: 3 }),
      params.int({ min: 1, max: 10 }), params.number({ min: 0 }), params.id(), params.id({ allowText: true }), params.uuid(),
      params.bool(), params.flag(), params.oneOf(['a', 'b']), params.exactly(['a', 'b']), params.list(params.int({ min: 1 }), { min: 1, max: 2 }),
      z.object({ from: params.date(), limit: params.optional(params.int({ min: 1, max: 100 })) }),
      // A value-replacing check chains into the next one, as in zod.
      z.string().check(z.trim(), z.minLength(1)),
      z.looseObject({ a: z.number() }).check(z.refine((o: { a: number }) => o.a > 0)),
    ];
    const inputs: unknown[] = [
      '2025-01-31', '2024-02-29', '2025-02-29', '2025-13-01', '2025-1-1', new Date('2025-06-01T12:00:00Z'), new Date('nope'),
      '2026-02-04T03:11:57+00:00', '2026-02-04T03:11:57', 'a', 'ab', 'abcd', 'abcde', 'ab\u0000', '😀😀', '😀😀😀', 'A', '  x ', '   ', '',
      0, 1, 5, 10, 11, 2.5, -1, NaN, Infinity, Number.MAX_SAFE_INTEGER + 2, '42', '042', 'x1', true, false, [], [1], [1, 2], [1, 2, 3], [0],
      '11e81bcc-9c1c-ce38-b96b-a0369fe50396', { from: '2025-01-01' }, { from: '2025-01-01', limit: 0 }, { from: '2025-01-01', limit: 50, x: 1 },
      { a: 1 }, { a: -1 }, { a: 'one' }, null, undefined,
    ];
    for (const schema of schemas) for (const input of inputs) agrees(schema, input);
  });

  it('validateResponse returns zod issues when the fast path declines', () => {
    const schema = z.looseObject({ n: z.number() });
    expect(validateResponse(schema, { n: 1, m: 2 })).toEqual({ ok: true, data: { n: 1, m: 2 }, issues: [] });
    const failed = validateResponse(schema, { n: 'one' });
    expect(failed.ok).toBe(false);
    // zod/mini carries no message ("Invalid input"): validate.ts writes it from the issue's fields.
    expect(schema.safeParse({ n: 'one' }).error!.issues[0]).toMatchObject({ code: 'invalid_type', expected: 'number', path: ['n'] });
    expect(failed.issues).toEqual([{ path: 'n', message: 'expected a number, got a string' }]);
  });
});

describe('unchanged values in responses', () => {
  const schema = z.looseObject({
    ids: z.array(z.number()),
    names: z.optional(z.array(z.string())),
    counts: z.array(z.pipe(z.union([z.number(), z.string()]), z.transform((v) => Number(v)))),
    rows: z.array(z.looseObject({ id: z.number() })),
  });

  it('are the body itself when nothing in them changes; what changes is a copy in the body\'s key order', () => {
    for (const generate of [true, false]) {
      const parse = new ParserCompiler(generate, { shareUnchanged: true }).parser(schema);
      const body = { rows: [{ id: 1 }], ids: [1, 2, 3], names: ['a', 'b'], counts: [1, '2', 3] };
      const out = parse(body) as typeof body;
      expect(out.ids, `generate ${generate}`).toBe(body.ids);
      expect(out.names).toBe(body.names);
      expect(out.rows).toBe(body.rows);
      expect(out.counts).not.toBe(body.counts);
      expect(out.counts).toEqual([1, 2, 3]);
      expect(body.counts).toEqual([1, '2', 3]);
      // The object changed (counts): a copy, keys in the body's order.
      expect(out).not.toBe(body);
      expect(Object.keys(out)).toEqual(['rows', 'ids', 'names', 'counts']);

      const unchanged = { rows: [], ids: [1], counts: [2] };
      expect(parse(unchanged)).toBe(unchanged);
      // A key beyond the shape is kept either way (loose objects), and sharing still applies,
      // except for an own `__proto__` key, which zod never copies.
      const extra = { ids: [], counts: [], rows: [], note: 'x' };
      expect(parse(extra)).toBe(extra);
      const proto = JSON.parse('{"ids": [], "counts": [], "rows": [], "__proto__": {"polluted": true}}');
      const cleaned = parse(proto) as Record<string, unknown>;
      expect(cleaned).not.toBe(proto);
      expect(Object.hasOwn(cleaned, '__proto__')).toBe(false);
      expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    }
  });

  it('a key added by the schema, or a key beyond a strict or stripping shape, means a copy', () => {
    const filled = z.looseObject({ a: z.pipe(z.optional(z.string()), z.transform((v) => v ?? 'default')) });
    const strip = z.object({ a: z.string() });
    for (const generate of [true, false]) {
      const c = new ParserCompiler(generate, { shareUnchanged: true });
      const empty = {};
      expect(c.parser(filled)(empty)).toEqual({ a: 'default' });
      expect(empty).toEqual({});
      const withExtra = { a: 'x', b: 'dropped' };
      expect(c.parser(strip)(withExtra)).toEqual({ a: 'x' });
      expect(c.parser(strip)(withExtra)).not.toBe(withExtra);
      const exactShape = { a: 'x' };
      expect(c.parser(strip)(exactShape)).toBe(exactShape);
    }
  });

  it("are always copied for a caller's params, as zod copies them", () => {
    for (const generate of [true, false]) {
      const parse = new ParserCompiler(generate).parser(schema);
      const params = { ids: [1, 2, 3], counts: [1], rows: [] };
      const out = parse(params) as typeof params;
      expect(out).toEqual(params);
      expect(out).not.toBe(params);
      expect(out.ids).not.toBe(params.ids);
    }
    const given = { ids: [1], counts: [], rows: [] };
    const viaDefault = fastParse(schema, given) as typeof given;
    expect(viaDefault.ids).toEqual([1]);
    expect(viaDefault.ids).not.toBe(given.ids);
    expect(fastParse(schema, given, { response: true })).toBe(given);
  });
});
