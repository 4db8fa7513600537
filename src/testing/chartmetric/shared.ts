/**
 * Helpers every Chartmetric sandbox handler shares (the family modules, `<family>.ts`, and the data
 * modules): reading the query, Chartmetric's envelope and error bodies (§2.3), `limit`/`offset`
 * paging, the one rule for unknown ids, and the day arithmetic of the generated series.
 */
import { isoDay } from '../data.js';
import { reply, type RouteContext, SandboxReply } from '../types.js';

// ---------------------------------------------------------------- reading the request

/** A query parameter as sent, or undefined. */
export const q = (ctx: RouteContext, name: string) => ctx.query.get(name) ?? undefined;
/** An array parameter (`name[]=a&name[]=b`). */
export const qList = (ctx: RouteContext, name: string) => ctx.query.getAll(`${name}[]`);
/** An integer parameter; `fallback` (or undefined) when missing or not a number. */
export function qInt(ctx: RouteContext, name: string): number | undefined;
export function qInt(ctx: RouteContext, name: string, fallback: number): number;
export function qInt(ctx: RouteContext, name: string, fallback?: number): number | undefined {
  const v = q(ctx, name);
  return v === undefined || v === '' || !Number.isFinite(Number(v)) ? fallback : Math.trunc(Number(v));
}
/** A boolean parameter: only `true` is true. */
export const qBool = (ctx: RouteContext, name: string) => q(ctx, name) === 'true';
/** Whether a value is a `YYYY-MM-DD` day. */
export const isDay = (v: string | null | undefined): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
/** A date parameter: undefined when missing, a 400 reply when not `YYYY-MM-DD`. */
export function qDay(ctx: RouteContext, name: string): string | undefined | SandboxReply {
  const v = q(ctx, name);
  if (v === undefined || v === '') return undefined;
  return isDay(v) ? v : badRequest(`Invalid ${name}: expected YYYY-MM-DD`);
}

// ---------------------------------------------------------------- answers

/** The `{obj: …}` envelope of every success body. */
export const ok = (obj: unknown) => ({ obj });
/** Chartmetric's error body (§2.3). */
export const apiError = (status: number, error: string) => reply(status, { error });
export const badRequest = (error: string) => apiError(400, error);
export const notFound = (kind: string, id: string) => apiError(404, `${kind} ${id} not found`);
/** Whether a helper answered an error instead of a value. */
export const isReply = (v: unknown): v is SandboxReply => v instanceof SandboxReply;

/** 400 when required query parameters are missing (all of them are named). */
export function need(ctx: RouteContext, ...names: string[]): SandboxReply | undefined {
  const missing = names.filter((n) => !q(ctx, n));
  return missing.length ? badRequest(`Missing required parameter(s): ${missing.join(', ')}`) : undefined;
}
/** 400 when a value is outside a documented set. */
export function oneOfOr400(value: string | undefined, allowed: readonly string[], message: string): SandboxReply | undefined {
  return value !== undefined && !allowed.includes(value) ? badRequest(message) : undefined;
}
/** 400 when `limit` is above a documented maximum. */
export function limitOr400(ctx: RouteContext, max: number): SandboxReply | undefined {
  return qInt(ctx, 'limit', 0) > max ? badRequest(`limit must be at most ${max}`) : undefined;
}
/**
 * The directory lists' limits (§3, playlist and curator lists): `limit` ≤ 100, `offset` ≤ 100,000 and,
 * where `windowed`, `offset + limit` < 10,000 (strictly, as the reference writes it for these lists).
 */
export function directoryWindowOr400(ctx: RouteContext, windowed = true): SandboxReply | undefined {
  const tooLong = limitOr400(ctx, 100);
  if (tooLong) return tooLong;
  const offset = qInt(ctx, 'offset', 0);
  if (offset > 100_000) return badRequest('offset must be at most 100000');
  return windowed && offset + qInt(ctx, 'limit', 10) >= 10_000 ? badRequest('offset + limit must be less than 10000') : undefined;
}

/**
 * Unknown entities: ids of 900,000,000 and above (or non-numeric where a Chartmetric id is
 * expected) do not exist in the sandbox and answer 404. Every other positive id does.
 */
export const isUnknownId = (id: string) => !/^[1-9]\d*$/.test(id) || Number(id) >= 900_000_000;

// ---------------------------------------------------------------- paging

/** `limit`/`offset` of a request, with the endpoint's default page size. */
export function pageWindow(ctx: RouteContext, defaultLimit: number) {
  return { limit: Math.max(0, qInt(ctx, 'limit', defaultLimit)), offset: Math.max(0, qInt(ctx, 'offset', 0)) };
}
/** The `offset`/`limit` slice of a list. */
export function page<T>(ctx: RouteContext, list: readonly T[], defaultLimit: number): T[] {
  const { limit, offset } = pageWindow(ctx, defaultLimit);
  return list.slice(offset, offset + limit);
}
/** The `offset`/`limit` slice of a virtual list of `total` items built by `make(index)` (lists too long to materialize). */
export function virtualPage<T>(ctx: RouteContext, total: number, defaultLimit: number, make: (index: number) => T): T[] {
  const { limit, offset } = pageWindow(ctx, defaultLimit);
  const out: T[] = [];
  for (let i = offset; i < Math.min(total, offset + limit); i++) out.push(make(i));
  return out;
}

// ---------------------------------------------------------------- days and values

const DAY_MS = 86_400_000;
/** `YYYY-MM-DD`, `n` days after `day` (negative for before). */
export const addDays = (day: string, n: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));
/** Whole days from `a` to `b`. */
export const dayDiff = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
/** The sandbox day of a request. */
export const today = (ctx: RouteContext) => isoDay(ctx.now);
/** `n` days before the sandbox day. */
export const daysAgo = (ctx: RouteContext, n: number) => addDays(today(ctx), -n);
/** Sometimes a number, sometimes the same number as a string (§6.5). */
export const maybeText = (r: () => number, n: number, p = 0.3): number | string => (r() < p ? String(n) : n);

// ---------------------------------------------------------------- path and status parameters

/** The artist id of the path, or a 404 reply. */
export function artistOf(ctx: RouteContext, name = 'id'): number | SandboxReply {
  const raw = ctx.params[name] ?? '';
  return isUnknownId(raw) ? apiError(404, `Artist ${raw} not found`) : Number(raw);
}

/** The `{status}` path values of playlist placements (§5.4). */
export const STATUS = ['current', 'past'];
/** `since`, or `fallbackDays` before the sandbox day. */
export const since = (ctx: RouteContext, fallbackDays: number) => q(ctx, 'since') ?? daysAgo(ctx, fallbackDays);
/** `until`, or the sandbox day. */
export const until = (ctx: RouteContext) => q(ctx, 'until') ?? today(ctx);
