/**
 * Response-schema building blocks. Every provider catalog describes its responses with these,
 * so the leniency rules of DESIGN.md ("Validation") live in one place:
 * unknown fields are kept, enums stay open, numbers that arrive as strings are accepted,
 * and anything the docs do not promise is nullable.
 *
 * Built on `zod/mini`: its functional API tree-shakes, which keeps edge bundles small
 * (see reference/sdk-practices.md §3: `zod/mini` costs ~5.6 KiB gz against ~25 KiB for classic zod).
 */
import * as z from 'zod/mini';

export type Schema<O = unknown, I = unknown> = z.ZodMiniType<O, I>;
export type Infer<S> = S extends z.ZodMiniType<infer O, unknown> ? O : never;
export type Shape = Record<string, z.ZodMiniType>;

/** An object that keeps fields the schema does not list (APIs add fields without notice). */
export const obj = <T extends Shape>(shape: T) => z.looseObject(shape);
/** A string. */
export const str = () => z.string();
/** A boolean; also accepts `"true"`/`"false"` and `0`/`1`, which some endpoints send instead. */
export const bool = () =>
  z.pipe(
    z.union([z.boolean(), z.literal('true'), z.literal('false'), z.literal(0), z.literal(1)]),
    z.transform((v): boolean => v === true || v === 'true' || v === 1),
  );

const NUMERIC = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/**
 * A number that may arrive as a numeric string (`"20"`, `"8945632525"`): always typed `number`.
 * A non-numeric string fails validation (use {@link numOrText} where the API sends e.g. `"4.2M"`).
 */
export const num = () =>
  z.pipe(
    z.union([z.number(), z.string().check(z.regex(NUMERIC))]),
    z.transform((v): number => (typeof v === 'number' ? v : Number(v))),
  );
/** A number, a numeric string (converted), or free text such as an abbreviated counter `"4.2M"` (kept). */
export const numOrText = () =>
  z.pipe(
    z.union([z.number(), z.string()]),
    z.transform((v): number | string => (typeof v === 'string' && NUMERIC.test(v) ? Number(v) : v)),
  );
/** Nullable and optional: the API may send `null`, or leave the field out. */
export const opt = <T extends z.ZodMiniType>(s: T) => z.optional(z.nullable(s));
/** An array. */
export const arr = <T extends z.ZodMiniType>(s: T) => z.array(s);
/** A map from string keys to values. */
export const rec = <T extends z.ZodMiniType>(s: T) => z.record(z.string(), s);
/** Any JSON value, untyped (for payloads the reference does not describe). */
export const json = () => z.unknown();
/**
 * A date or date-time as the API sends it (ISO, `YYYY-MM-DD`, `YYYY-MM-DD HH:mm:ss`, …), kept as a
 * string: the formats differ between and within endpoints (chartmetric.md §6.4), so parsing is left
 * to the caller.
 */
export const date = () => z.string();
/** Epoch milliseconds or seconds, or a numeric string of them. */
export const epoch = () => num();

/**
 * An open enum: the known values are suggested by the type, any other string is accepted,
 * because providers add values (new platforms, new chart types) without a version bump.
 */
export type OpenEnum<T extends string> = T | (string & {});
export const openEnum = <const T extends readonly string[]>(_known: T) =>
  z.string() as unknown as z.ZodMiniType<OpenEnum<T[number]>, unknown>;

/** A union of schemas. */
export const oneOf = <const T extends readonly z.ZodMiniType[]>(options: T) => z.union(options);
/** A literal value. */
export const lit = <const T extends string | number | boolean>(v: T) => z.literal(v);


/** Optional (may be left out) but not nullable. */
export const optional = <T extends z.ZodMiniType>(s: T) => z.optional(s);
