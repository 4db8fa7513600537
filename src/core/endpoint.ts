/**
 * The endpoint catalog type and the helpers that turn catalog entries into typed methods.
 * A provider catalog is plain data: `{ id, method, path, query?, body?, response }` plus a few
 * optional hints (wire names, pagination, cross-field checks). DESIGN.md, "The public surface".
 */
import * as z from 'zod/mini';
import { lazyProperty, once } from './lazy.js';
import type { Shape } from './schema.js';
import type { APIPromise } from './api-promise.js';
import type { PagePromise } from './pagination.js';
import type { RequestOptions } from './options.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** How a list endpoint links its pages. */
export type PaginationRule<Item = unknown> =
  | {
      /** `offset`/`limit` query params; stops on a short or empty page (or at `total` when known). */
      kind: 'offset';
      /** Where the items are in the unwrapped response. */
      items: (data: never) => readonly Item[];
      /** Page size used when the caller gives no `limit`. */
      defaultLimit: number;
      /** Total number of items, when the response says so. */
      total?: (data: never) => number | undefined;
      /**
       * Hard ceiling on offset + limit (Chartmetric directory lists: 10000), or a function of the path
       * parameters when the window applies to some of them only (a platform), undefined for none.
       */
      maxOffset?: number | ((path: Record<string, unknown>) => number | undefined);
    }
  | {
      /** An opaque cursor echoed back in a query param (ChartMogul `cursor` + `has_more`). */
      kind: 'cursor';
      items: (data: never) => readonly Item[];
      /** The cursor of the next page, or null/undefined when there is none. */
      nextCursor: (data: never) => string | null | undefined;
    }
  | {
      /** The provider's own rule (Soundcharts `page.next` links and discovery cursors). */
      kind: 'custom';
      items: (data: never) => readonly Item[];
      /** Given a page, what to request next; null to stop. */
      next: (data: never, params: Record<string, unknown>) => NextPage | null;
    };

/** The next request of a paginated list: new params, or a relative URL the API handed back. */
export type NextPage = { params: Record<string, unknown> } | { url: string };

/** One catalog entry. */
export interface Endpoint<
  P extends string = string,
  PP extends Shape = Shape,
  Q extends Shape = Shape,
  B extends Shape = Shape,
  R extends z.ZodMiniType = z.ZodMiniType,
  Item = unknown,
> {
  /** Stable id, `<resource>.<method>`: also where the method lives on the client (`metrics.mrr`). */
  id: string;
  method: HttpMethod;
  /** Path template exactly as the provider documents it: `/api/artist/{id}/stat/{source}`. */
  path: P;
  /** Schemas of the `{placeholders}` in `path`, in any order; missing ones accept any id. */
  pathParams?: PP;
  /** Query parameters, keyed by their camelCase SDK names. */
  query?: z.ZodMiniObject<Q>;
  /** JSON (or form) body fields, keyed by their camelCase SDK names. */
  body?: z.ZodMiniObject<B>;
  /** Schema of the success body after the provider envelope is unwrapped. */
  response: R;
  /** SDK name → wire name, where the provider's default naming rule does not apply. */
  wire?: Record<string, string>;
  /** Array format for this endpoint's query lists, if it differs from the provider default. */
  arrayFormat?: ArrayFormat;
  /** Body encoding (default JSON). */
  bodyEncoding?: 'json' | 'form';
  /** Cross-field rules checked before sending; each returns an error text or undefined. */
  checks?: ReadonlyArray<(params: Record<string, unknown>) => string | undefined>;
  /** A provider-specific envelope hint (e.g. Chartmetric `'root'` when siblings of `obj` matter). */
  envelope?: string;
  /** Pagination rule for list endpoints: such methods return a `PagePromise`. */
  paginate?: PaginationRule<Item>;
  /** Extra pacing for this endpoint (Chartmetric `where-people-listen`: 10 req/s). */
  maxPerSecond?: number;
  /** A POST that only reads (search/discovery queries): safe to retry after a connection error. */
  idempotent?: boolean;
  /** Marks endpoints the provider deprecated. */
  deprecated?: boolean;
  /** One line on what the method returns; shown in docs and errors. */
  summary?: string;
  /** Link into the reference (section or docs page). */
  docs?: string;
}

export type ArrayFormat = 'comma' | 'brackets' | 'repeat';

export type AnyEndpoint = Endpoint<string, Shape, Shape, Shape, z.ZodMiniType, unknown>;

/** A pagination rule whose callbacks see the endpoint's own response type (so `Item` is inferred). */
type RuleFor<Data, Item> =
  | {
      kind: 'offset';
      items: (d: Data) => readonly Item[];
      defaultLimit: number;
      total?: (d: Data) => number | undefined;
      maxOffset?: number | ((path: Record<string, unknown>) => number | undefined);
    }
  | { kind: 'cursor'; items: (d: Data) => readonly Item[]; nextCursor: (d: Data) => string | null | undefined }
  | { kind: 'custom'; items: (d: Data) => readonly Item[]; next: (d: Data, params: Record<string, unknown>) => NextPage | null };

/** Defines a catalog entry, compiling the param shapes to strict object schemas. */
export function defineEndpoint<
  const P extends string,
  const PP extends Shape = Record<never, never>,
  const Q extends Shape = Record<never, never>,
  const B extends Shape = Record<never, never>,
  R extends z.ZodMiniType = z.ZodMiniType,
  Item = never,
>(
  def: Omit<Endpoint<P, PP, Q, B, R, Item>, 'query' | 'body' | 'paginate'> & {
    query?: Q;
    body?: B;
    paginate?: RuleFor<z.output<R>, Item>;
  },
): Endpoint<P, PP, Q, B, R, Item> {
  return {
    ...def,
    // Unknown keys are rejected (a typo such as `start_date` must not be silently dropped).
    query: def.query ? z.strictObject(def.query) : undefined,
    body: def.body ? z.strictObject(def.body) : undefined,
  } as Endpoint<P, PP, Q, B, R, Item>;
}

// ---------- method types derived from a catalog entry ----------

type PathNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}` ? [N, ...PathNames<Rest>] : [];
type PathArgType<PP, N extends string> = N extends keyof PP ? z.input<PP[N] & z.ZodMiniType> : string | number;
type PathArgs<P extends string, PP, Names = PathNames<P>> = Names extends [infer N extends string, ...infer Rest]
  ? [PathArgType<PP, N>, ...PathArgs<P, PP, Rest>]
  : [];

type ShapeInput<S extends Shape> = [keyof S] extends [never] ? {} : z.input<z.ZodMiniObject<S>>;
type ParamsArg<Q extends Shape, B extends Shape> = [keyof Q | keyof B] extends [never]
  ? [options?: RequestOptions]
  : Record<never, never> extends ShapeInput<Q> & ShapeInput<B>
    ? [params?: ShapeInput<Q> & ShapeInput<B>, options?: RequestOptions]
    : [params: ShapeInput<Q> & ShapeInput<B>, options?: RequestOptions];

/** The unwrapped, validated result type of an endpoint. */
export type ResultOf<E> = E extends Endpoint<string, Shape, Shape, Shape, infer R> ? z.output<R> : never;
/** The item type of a paginated endpoint (never for plain endpoints). */
export type ItemOf<E> = E extends Endpoint<string, Shape, Shape, Shape, z.ZodMiniType, infer I> ? I : never;

/** The typed method for a catalog entry: path params in template order, then params, then options. */
export type MethodOf<E> =
  E extends Endpoint<infer P, infer PP, infer Q, infer B, infer R, infer I>
    ? (...args: [...PathArgs<P, PP>, ...ParamsArg<Q, B>]) => [I] extends [never] ? APIPromise<z.output<R>> : PagePromise<I, z.output<R>>
    : never;

/** A resource family: method name → catalog entry. */
export type Family = Record<string, AnyEndpoint>;
/** A provider catalog grouped by family: `{ artists: { get, stats, … }, charts: { … } }`. */
export type Catalog = Record<string, Family>;
/** The client surface generated from a grouped catalog. */
export type Resources<C extends Catalog> = { readonly [G in keyof C]: { readonly [M in keyof C[G]]: MethodOf<C[G][M]> } };

/** A family's builder: returns its endpoints, building them (and their zod schemas) on the first call only. */
export type FamilyBuilder<F extends Family = Family> = () => F;
/** A provider's families by name, each still unbuilt: `{ artists: () => { get, stats, … }, … }`. */
export type Families<C extends Catalog = Catalog> = { readonly [G in keyof C]: FamilyBuilder<C[G]> };

/**
 * Defines a resource family whose endpoints are built the first time the family is used, not at
 * import (src/core/lazy.ts says why). The builder holds the family's shapes and its
 * `defineEndpoint` calls, exactly as a module would: `export const genres = defineFamily(() => { … })`.
 */
export function defineFamily<F>(build: () => F): () => F {
  // `F` is left unconstrained on purpose: a `Family` constraint would become the contextual type of
  // each `defineEndpoint(…)` call inside and widen its inferred params and item types.
  return once(build);
}

/** The grouped catalog (`{ artists: { get, … }, … }`) whose families are built as each is first read. */
export function catalogOf<C extends Catalog>(families: Families<C>): C {
  const catalog = {} as C;
  for (const name in families) lazyProperty(catalog, name, families[name]);
  return catalog;
}

/** Flattens a grouped catalog into the exported array form (building every family). */
export function flattenCatalog(catalog: Catalog): AnyEndpoint[] {
  return Object.values(catalog).flatMap((family) => Object.values(family));
}

/** The `{name}` placeholders of a path template, in order. */
export function pathParamNames(path: string): string[] {
  return Array.from(path.matchAll(/\{([^}]+)\}/g), (m) => m[1]!);
}
