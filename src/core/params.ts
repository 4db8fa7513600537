/**
 * Parameter-schema building blocks. Each builder validates *and* normalizes what the user passed
 * (a `Date` becomes `YYYY-MM-DD`, a number id becomes a string where the wire needs it) and carries
 * an "expected …" text, so an `InvalidParamsError` can name the parameter and the accepted form
 * before any request is sent (DESIGN.md, "Bad input gets a clear error").
 */
import * as z from 'zod/mini';
import type { OpenEnum } from './schema.js';

type Opts = { error: string };
const msg = (expected: string): Opts => ({ error: `expected ${expected}` });

/** Days in each month of a non-leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the ASCII digits `s[from]…s[to - 1]`, or NaN if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A real calendar day as `YYYY-MM-DD` (`2025-02-29` is not). It runs for every date param of every
 * call, so it reads the digits in place: no `Date`, no regex match array.
 */
function isRealDate(s: string): boolean {
  if (s.length !== 10 || s[4] !== '-' || s[7] !== '-') return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  if (Number.isNaN(year + month + day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= MONTH_DAYS[month - 1]! + (leap ? 1 : 0);
}

/**
 * `2019-3-18` → `2019-03-18`: the published example requests write months and days without the
 * leading zero (reference/examples/chartmetric, e.g. `/api/charts/deezer?date=2019-3-18`), so such
 * dates are accepted and sent padded. Any other string is returned unchanged (and then judged by
 * `isRealDate`).
 */
function padded(s: string): string {
  if (s.length === 10) return s;
  const m = /^(\d{4})-(\d\d?)-(\d\d?)$/.exec(s);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : s;
}

/** Formats a `Date` as the calendar day in UTC: `YYYY-MM-DD`. */
export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * A calendar date: a `'YYYY-MM-DD'` string (`'2019-5-26'` too, sent padded) or a `Date` (its UTC
 * day). Sent as `YYYY-MM-DD`.
 */
export const date = () => {
  const expected = msg(`a date as 'YYYY-MM-DD' or a Date object`);
  return z.pipe(
    z.union([
      z.string(expected).check(z.refine((s) => isRealDate(padded(s)), expected)),
      z.date(expected).check(z.refine((d) => !Number.isNaN(d.getTime()), expected)),
    ], expected),
    z.transform((v): string => (typeof v === 'string' ? padded(v) : toIsoDate(v))),
  );
};

const ATOM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/;
/**
 * A date-time in ATOM form (`2026-02-04T03:11:57+00:00`), from such a string or a `Date`.
 * Soundcharts puts these in paths; the path encoder turns `+` into `%2B`.
 */
export const dateTime = () => {
  const expected = msg(`an ISO date-time with offset such as '2026-02-04T03:11:57+00:00', or a Date object`);
  return z.pipe(
    z.union([
      z.string(expected).check(z.regex(ATOM, expected)),
      z.date(expected).check(z.refine((d) => !Number.isNaN(d.getTime()), expected)),
    ], expected),
    z.transform((v): string => (typeof v === 'string' ? v : v.toISOString().replace(/\.\d{3}Z$/, '+00:00'))),
  );
};

/** A string, optionally bounded in length or matched against a pattern. */
export const str = (o: { min?: number; max?: number; pattern?: RegExp; expected?: string } = {}) => {
  const expected = msg(
    o.expected ??
      (o.pattern ? `a string matching ${o.pattern}` : `a string${o.min ? ` of at least ${o.min} character(s)` : ''}${o.max ? ` of at most ${o.max} characters` : ''}`),
  );
  const checks: z.core.$ZodCheck<string>[] = [];
  if (o.min !== undefined) checks.push(z.minLength(o.min, expected));
  if (o.max !== undefined) checks.push(z.maxLength(o.max, expected));
  if (o.pattern) checks.push(z.regex(o.pattern, expected));
  return checks.length ? z.string(expected).check(...checks) : z.string(expected);
};

/** A non-empty string with no control characters (free text such as a search query or a name). */
export const text = (o: { max?: number } = {}) =>
  str({ min: 1, max: o.max, expected: `a non-empty string${o.max ? ` of at most ${o.max} characters` : ''}` });

/** An integer within bounds. Numeric strings are not accepted: pass a number. */
export const int = (o: { min?: number; max?: number } = {}) => {
  const range =
    o.min !== undefined && o.max !== undefined ? ` between ${o.min} and ${o.max}` : o.min !== undefined ? ` ≥ ${o.min}` : o.max !== undefined ? ` ≤ ${o.max}` : '';
  const expected = msg(`an integer${range}`);
  const checks: z.core.$ZodCheck<number>[] = [z.int(expected)];
  if (o.min !== undefined) checks.push(z.gte(o.min, expected));
  if (o.max !== undefined) checks.push(z.lte(o.max, expected));
  return z.number(expected).check(...checks);
};

/** A number (not necessarily an integer) within bounds. */
export const number = (o: { min?: number; max?: number } = {}) => {
  const expected = msg(`a number${o.min !== undefined ? ` ≥ ${o.min}` : ''}${o.max !== undefined ? ` ≤ ${o.max}` : ''}`);
  const checks: z.core.$ZodCheck<number>[] = [z.refine((n: number) => Number.isFinite(n), expected)];
  if (o.min !== undefined) checks.push(z.gte(o.min, expected));
  if (o.max !== undefined) checks.push(z.lte(o.max, expected));
  return z.number(expected).check(...checks);
};

/**
 * A numeric entity id (Chartmetric ids), as a positive integer or a string of digits.
 * With `allowText`, any non-empty string is accepted too (a platform id with `isDomainId`).
 */
export const id = (o: { allowText?: boolean } = {}) => {
  const expected = msg(o.allowText ? 'a positive integer id or a non-empty id string' : 'a positive integer id');
  return z.pipe(
    z.union([
      z.number(expected).check(z.int(expected), z.gte(1, expected)),
      z.string(expected).check(z.regex(o.allowText ? /^.+$/s : /^[1-9]\d*$/, expected)),
    ], expected),
    z.transform((v): string => String(v)),
  ) as unknown as z.ZodMiniType<string, number | string>;
};

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
/** A UUID (Soundcharts and ChartMogul entity ids). */
export const uuid = () => str({ pattern: UUID, expected: `a UUID such as '11e81bcc-9c1c-ce38-b96b-a0369fe50396'` });

/** A boolean, sent as `true`/`false`. */
export const bool = () => z.boolean(msg('true or false'));

/** An integer flag sent as `0`/`1` (Soundcharts `currentOnly`); accepts booleans too. */
export const flag = () =>
  z.pipe(
    z.union([z.boolean(), z.literal(0), z.literal(1)], msg('true/false or 0/1')),
    z.transform((v): 0 | 1 => (v === true || v === 1 ? 1 : 0)),
  );

/**
 * An open enum: the known values are suggested by the type, any other non-empty string is
 * accepted (providers add values without notice), so new values never need an SDK release.
 */
export const oneOf = <const T extends readonly string[]>(known: T) =>
  z.string(msg(`one of ${known.map((k) => `'${k}'`).join(', ')} (or another value the API accepts)`)).check(
    z.minLength(1, msg(`one of ${known.map((k) => `'${k}'`).join(', ')}`)),
  ) as unknown as z.ZodMiniType<OpenEnum<T[number]>, OpenEnum<T[number]>>;

/** A closed enum, for parameters whose values the provider documents completely. */
export const exactly = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, msg(`one of ${values.map((k) => `'${k}'`).join(', ')}`));

/** A list of values, sent in the provider's array form (`a,b` or `name[]=a&name[]=b`). */
export const list = <T extends z.ZodMiniType>(item: T, o: { min?: number; max?: number; expected?: string } = {}) => {
  const expected = msg(
    `${o.expected ?? 'a list'}${o.min ? ` of at least ${o.min}` : ''}${o.max ? ` of at most ${o.max} item(s)` : ''}`,
  );
  const checks: z.core.$ZodCheck<unknown[]>[] = [];
  if (o.min !== undefined) checks.push(z.minLength(o.min, expected));
  if (o.max !== undefined) checks.push(z.maxLength(o.max, expected));
  const base = z.array(item, expected);
  return checks.length ? base.check(...(checks as z.core.$ZodCheck<z.output<T>[]>[])) : base;
};

/** Makes a parameter optional. */
export const optional = <T extends z.ZodMiniType>(s: T) => z.optional(s);

/** Any JSON object (discovery filter bodies and other structures the reference leaves open). */
export const object = () => z.record(z.string(), z.unknown());
