/**
 * What the validation fast path (fast-parse.ts) and its code generator (fast-parse-codegen.ts) share:
 * the FAIL mark, the parts of zod's internals they read, and zod 4's rules for object keys.
 */
import type * as z from 'zod/mini';

/** Returned when zod would not accept the value (the caller then asks zod for the issues). */
export const FAIL: unique symbol = Symbol('chartstack.fail');
/** A sharing object parser's mark for "this key is not in the output". */
export const ABSENT = Symbol('chartstack.absent');
export type Parser = (value: unknown) => unknown;

/** The parts of zod's definition objects read here (`schema._zod.def`). */
export interface Def {
  type?: string;
  checks?: unknown[];
  coerce?: boolean;
  [key: string]: unknown;
}

export interface Internals {
  def: Def;
  /** A check's own test (checks only): pushes issues onto the payload, may replace its value. */
  check?: (payload: Payload) => unknown;
  traits: Set<string>;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  values?: Set<unknown>;
}

export interface Payload {
  value: unknown;
  issues: unknown[];
}

export const zodOf = (schema: z.ZodMiniType): Internals => (schema as unknown as { _zod: Internals })._zod;
export const hasChecks = (zod: Internals) => Boolean(zod.def.checks?.length) || zod.traits.has('$ZodCheck');
export const isPlainOptional = (zod: Internals) =>
  zod.traits.has('$ZodOptional') && !zod.traits.has('$ZodExactOptional') && zodOf(zod.def.innerType as z.ZodMiniType).optin !== 'defaulted';

/** How a shape key's result lands in the output (zod 4's presence rules, see `handlePropertyResult`). */
export const Presence = {
  /** Optional in and out: an absent key contributes nothing. */
  Omittable: 0,
  /** Required: an absent key is an issue. */
  Required: 1,
  /** Optional in only (e.g. a transform after an optional): set when present or when the value is defined. */
  OptionalIn: 2,
} as const;

export interface Field {
  key: string;
  schema: z.ZodMiniType;
  parse: Parser;
  presence: (typeof Presence)[keyof typeof Presence];
}

/** What an object does with keys its shape does not list: copy (loose), reject (strict) or drop (strip). */
export type Rest = 'unknown' | 'never' | 'strip';

/** Keys outside the shape, in `for…in` order like zod: copied (loose) or a failure (strict). */
export function copyRest(input: Record<string, unknown>, out: Record<string, unknown>, known: Set<string>, rest: Rest): unknown {
  for (const key in input) {
    if (known.has(key)) continue;
    if (rest === 'never') return FAIL;
    if (key === '__proto__') continue;
    out[key] = input[key];
  }
  return out;
}
