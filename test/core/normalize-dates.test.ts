// Two hot-path helpers rewritten for speed (they run on every call): their results must not change.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { camelizeKeys } from '../../src/chartmogul/camelize.js';
import { camelCase } from '../../src/core/query.js';
import { date } from '../../src/core/params.js';

describe('calendar dates (p.date)', () => {
  const schema = date();
  const accepts = (v: unknown) => schema.safeParse(v).success;

  it('accepts real days, including 29 February of leap years', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2025-01-31', '2025-12-31', '2025-04-30', '1999-01-01']) expect(accepts(d), d).toBe(true);
  });

  it('rejects days that do not exist and malformed strings', () => {
    for (const d of ['2025-02-29', '1900-02-29', '2100-02-29', '2025-02-30', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-2-30', '2025-13-1', '25-1-1', '2025-001-01', '2025-1-1 ', '2025-01-01T00:00:00Z', '', '2025-0a-01', '20x5-01-01', '+025-01-01', '2025-01-1 ', '2025/01/01', '２０２５-01-01'])
      expect(accepts(d), d).toBe(false);
  });

  it('accepts months and days without the leading zero, as the published example requests write them, and sends them padded', () => {
    expect(z.parse(schema, '2019-3-18')).toBe('2019-03-18');
    expect(z.parse(schema, '2019-05-6')).toBe('2019-05-06');
    expect(z.parse(schema, '2024-2-29')).toBe('2024-02-29');
    expect(z.parse(schema, '2025-01-31')).toBe('2025-01-31');
  });

  it('sends a Date as its UTC day', () => {
    expect(z.parse(schema, new Date(Date.UTC(2024, 1, 29, 23, 59)))).toBe('2024-02-29');
  });
});

describe('ChartMogul results are camelCased', () => {
  it('converts kebab-case and snake_case keys at every depth, arrays included', () => {
    const body = { entries: [{ date: '2025-01-31', 'mrr-new-business': 1, customer_uuid: 'cus_1', nested_list: [{ 'a-b': { c_d: 2 } }] }], has_more: false };
    expect(camelizeKeys(body)).toEqual({ entries: [{ date: '2025-01-31', mrrNewBusiness: 1, customerUuid: 'cus_1', nestedList: [{ aB: { cD: 2 } }] }], hasMore: false });
  });

  it('leaves `attributes` (your own custom data) exactly as sent', () => {
    const attributes = { custom: { 'Seat-Count': 4, plan_tier: 'pro' }, tags: ['a_b'] };
    expect(camelizeKeys({ external_id: 'x', attributes })).toEqual({ externalId: 'x', attributes });
  });

  it('keeps a `__proto__` key as data and never changes the result prototype', () => {
    const out = camelizeKeys(JSON.parse('{"__proto__": {"polluted": true}, "mrr_total": 5}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(['__proto__', 'mrrTotal']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('returns scalars and null unchanged', () => {
    for (const v of [null, 0, 'x', true]) expect(camelizeKeys(v)).toBe(v);
  });

  it('compiled shape copiers give what the plain loop gives, key order included, on repeated and varied shapes', () => {
    // The reference: the straightforward recursive conversion.
    const reference = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(reference);
      if (v === null || typeof v !== 'object') return v;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[camelCase(k)] = k === 'attributes' ? x : reference(x);
      return out;
    };
    const exact = (v: unknown): string => JSON.stringify(v, (_, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.entries(x) : x));
    const random = rngFor(7);
    const names = ['date', 'mrr', 'mrr-new-business', 'mrr_new_business', 'customer_uuid', 'attributes', '10', '2', 'ünï-cødé', 'a-b', 'entries', 'has_more'];
    const make = (depth: number): unknown => {
      const o: Record<string, unknown> = {};
      // Few distinct shapes, so most objects reuse a compiled copier; the same first key with other keys too.
      const n = 1 + Math.floor(random() * 4);
      for (let i = 0; i < n; i++) {
        const k = names[Math.floor(random() * names.length)]!;
        o[k] = depth > 0 && random() < 0.4 ? (random() < 0.5 ? [make(depth - 1), 1] : make(depth - 1)) : Math.floor(random() * 100);
      }
      return o;
    };
    for (let i = 0; i < 400; i++) {
      const body = JSON.parse(JSON.stringify(make(3)));
      const got = camelizeKeys(body);
      expect(exact(got)).toBe(exact(reference(body)));
    }
  });
});

function rngFor(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
