// Two hot-path helpers rewritten for speed (they run on every call): their results must not change.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { camelizeKeys } from '../../src/chartmogul/provider.js';
import { date } from '../../src/core/params.js';

describe('calendar dates (p.date)', () => {
  const schema = date();
  const accepts = (v: unknown) => schema.safeParse(v).success;

  it('accepts real days, including 29 February of leap years', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2025-01-31', '2025-12-31', '2025-04-30', '1999-01-01']) expect(accepts(d), d).toBe(true);
  });

  it('rejects days that do not exist and malformed strings', () => {
    for (const d of ['2025-02-29', '1900-02-29', '2100-02-29', '2025-02-30', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-01', '2025-01-01T00:00:00Z', '', '2025-0a-01', '20x5-01-01', '+025-01-01', '2025-01-1 ', '2025/01/01', '２０２５-01-01'])
      expect(accepts(d), d).toBe(false);
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
});
