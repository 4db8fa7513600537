/**
 * Command-line text → parameter values, for every schema kind the param builders make
 * (src/core/params.ts), and over every catalog parameter: what the command line produces is what
 * the SDK's own validation accepts, and bad text is left for the SDK to reject with its message.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as p from '../../src/core/params.js';
import { chartmetricEndpoints } from '../../src/chartmetric/index.js';
import { chartmogulEndpoints } from '../../src/chartmogul/index.js';
import { soundchartsEndpoints } from '../../src/soundcharts/index.js';
import { coerceParam, coerceScalar, splitList, UsageError } from '../../src/cli/coerce.js';
import { isSwitch, kindsOf, paramInfo } from '../../src/cli/schema-info.js';
import { camel, kebab } from '../../src/cli/names.js';

const info = (schema: z.ZodMiniType, name = 'x') => paramInfo(name, schema);
const coerce = (schema: z.ZodMiniType, ...texts: string[]) => coerceParam(info(schema), texts);

describe('schema-info', () => {
  it('reads the kinds through optional, pipes and unions', () => {
    expect([...kindsOf(p.int())]).toEqual(['number']);
    expect([...kindsOf(p.optional(p.date()))].sort()).toEqual(['date', 'string']);
    expect([...kindsOf(p.id())].sort()).toEqual(['number', 'string']);
    expect([...kindsOf(p.flag())].sort()).toEqual(['boolean', 'number']);
    expect([...kindsOf(p.bool())]).toEqual(['boolean']);
    expect([...kindsOf(p.object())]).toEqual(['json']);
  });

  it('knows lists, required params and switches', () => {
    const geo = info(p.optional(p.list(p.str(), { min: 1 })));
    expect(geo).toMatchObject({ list: true, required: false });
    expect(info(p.date()).required).toBe(true);
    expect(isSwitch(info(p.optional(p.bool())))).toBe(true);
    expect(isSwitch(info(p.optional(p.flag())))).toBe(true);
    expect(isSwitch(info(p.optional(p.str())))).toBe(false);
  });

  it("takes the SDK's own wording of the accepted form, without the TypeScript-only Date object", () => {
    expect(info(p.int({ min: 1, max: 200 })).expected).toBe('an integer between 1 and 200');
    expect(info(p.optional(p.date())).expected).toBe("a date as 'YYYY-MM-DD'");
    expect(info(p.exactly(['day', 'week'])).expected).toBe("one of 'day', 'week'");
    expect(info(p.exactly(['day', 'week'])).values).toEqual(['day', 'week']);
    expect(info(p.oneOf(['spotify'])).expected).toContain("'spotify'");
  });
});

describe('coerce', () => {
  it('numbers, booleans and flags from text', () => {
    expect(coerce(p.int(), '50')).toBe(50);
    expect(coerce(p.number(), '-2.5e1')).toBe(-25);
    expect(coerce(p.bool(), 'true')).toBe(true);
    expect(coerce(p.bool(), 'no')).toBe(false);
    expect(coerce(p.flag(), '1')).toBe(1);
    expect(coerce(p.flag(), 'false')).toBe(false);
  });

  it('keeps text where the schema takes text (ids, dates, enums)', () => {
    expect(coerce(p.id(), '206557')).toBe('206557');
    expect(coerce(p.date(), '2025-01-01')).toBe('2025-01-01');
    expect(coerce(p.exactly(['day']), 'day')).toBe('day');
  });

  it('passes text it cannot read on unchanged, for the SDK to reject', () => {
    expect(coerce(p.int(), 'many')).toBe('many');
    expect(coerce(p.bool(), 'maybe')).toBe('maybe');
    expect(p.int().safeParse(coerce(p.int(), 'many')).success).toBe(false);
  });

  it('lists from repeated flags and commas, with \\, for a literal comma', () => {
    const geo = p.optional(p.list(p.str()));
    expect(coerce(geo, 'US,GB', 'FR')).toEqual(['US', 'GB', 'FR']);
    expect(coerce(p.list(p.int()), '1, 2,3')).toEqual([1, 2, 3]);
    expect(splitList('Gold\\, EU,Silver')).toEqual(['Gold, EU', 'Silver']);
  });

  it('JSON for objects and lists of objects, inline or from @file', () => {
    const filters = p.optional(p.list(p.object()));
    expect(coerce(filters, '[{"type":"a"},{"type":"b"}]')).toEqual([{ type: 'a' }, { type: 'b' }]);
    expect(coerce(filters, '{"type":"a"}', '{"type":"b"}')).toEqual([{ type: 'a' }, { type: 'b' }]);
    const dir = mkdtempSync(join(tmpdir(), 'chartstack-cli-'));
    writeFileSync(join(dir, 'sort.json'), '{"order":"desc"}');
    expect(coerce(p.object(), `@${join(dir, 'sort.json')}`)).toEqual({ order: 'desc' });
    expect(() => coerce(p.object(), '{oops')).toThrow(UsageError);
    expect(() => coerce(p.object(), '{oops')).toThrow(/--x: expected JSON/);
    expect(() => coerce(p.object(), '@/nonexistent/file.json')).toThrow(/cannot read/);
  });

  it('a scalar given twice keeps the last; nothing given is undefined', () => {
    expect(coerce(p.int(), '1', '2')).toBe(2);
    expect(coerceParam(info(p.int()), [])).toBeUndefined();
  });

  it('a date-only schema gets a Date', () => {
    expect(coerceScalar('2025-01-01', new Set(['date']), '--d')).toEqual(new Date('2025-01-01'));
  });

  it('names: camelCase and kebab-case both ways', () => {
    expect(kebab('startDate')).toBe('start-date');
    expect(kebab('spFlRatio')).toBe('sp-fl-ratio');
    expect(kebab('code2')).toBe('code2');
    expect(camel('start-date')).toBe('startDate');
  });
});

/** A sample text a user would type for a parameter, from its kinds. */
function sample(kinds: ReadonlySet<string>, expected: string): string {
  if (kinds.has('json')) return '{}';
  if (/date/i.test(expected)) return '2025-01-01';
  if (kinds.has('number') && !kinds.has('string')) return /between (\d+)/.exec(expected)?.[1] ?? (/≥ (\d+)/.exec(expected)?.[1] ?? '1');
  if (kinds.has('boolean') && !kinds.has('string')) return 'true';
  return 'x';
}

describe('every catalog parameter', () => {
  const all = [...chartmetricEndpoints, ...soundchartsEndpoints, ...chartmogulEndpoints];

  it('is described (kinds and an accepted form) and never throws on plain text', () => {
    let count = 0;
    for (const e of all) {
      for (const [name, schema] of Object.entries({ ...e.query?.def.shape, ...e.body?.def.shape })) {
        const i = paramInfo(name, schema);
        expect(i.kinds.size, `${e.id} ${name}`).toBeGreaterThan(0);
        expect(i.expected, `${e.id} ${name}`).not.toBe('');
        if (!i.kinds.has('json')) expect(() => coerceParam(i, ['x'])).not.toThrow();
        count++;
      }
    }
    expect(count).toBeGreaterThan(1000);
  });

  it('coerces typical numbers, booleans and dates into values the SDK schema accepts', () => {
    const failures: string[] = [];
    for (const e of all) {
      for (const [name, schema] of Object.entries({ ...e.query?.def.shape, ...e.body?.def.shape })) {
        const i = paramInfo(name, schema);
        // Free text and JSON have constraints a generic sample cannot know (patterns, object shapes).
        if (i.kinds.has('json') || i.kinds.has('string')) continue;
        // Two items for a list (some are [min, max] pairs).
        const text = sample(i.kinds, i.expected);
        const value = coerceParam(i, [i.list ? `${text},${/\d/.test(text) ? Number(text) + 1 : text}` : text]);
        if (!schema.safeParse(value).success) failures.push(`${e.id} ${name}: ${JSON.stringify(value)} (${i.expected})`);
      }
    }
    expect(failures).toEqual([]);
  });
});
