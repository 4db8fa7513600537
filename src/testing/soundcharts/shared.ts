/**
 * Helpers every Soundcharts sandbox handler shares (the family modules, `<family>.ts`, and the data
 * modules): the API's error and entity envelopes (reference/soundcharts.md §1.3–1.4), list pages with
 * relative `page.next` links and discovery cursors (§1.5), the `startDate`/`endDate` window of series,
 * and the day stamps the recorded responses use.
 */
import { daysBetween, hashString, isoDay, seededRandom } from '../data.js';
import { reply, type RouteContext, SandboxReply } from '../types.js';

/** Ids of the official docs that both halves of the sandbox serve: Billie Eilish and her song "bad guy". */
export const BILLIE_EILISH = '11e81bcc-9c1c-ce38-b96b-a0369fe50396';
export const BAD_GUY = '7d534228-5165-11e9-9375-549f35161576';

// ---------------------------------------------------------------- envelopes and request helpers

/** The body a real 404 carries. */
export const notFound = (): SandboxReply => reply(404, { errors: [{ key: 'access', code: 404, message: 'Not found.' }] });
/** A documented error status with the API's `{errors: [{key, code, message}]}` body. */
export const fail = (status: number, key: string, message: string): SandboxReply => reply(status, { errors: [{ key, code: status, message }] });
export const badRequest = (key: string, message: string) => fail(400, key, message);
/** `{type, object, errors: []}`. */
export const entity = (type: string, object: unknown) => ({ type, object, errors: [] });
export const isReply = (v: unknown): v is SandboxReply => v instanceof SandboxReply;

/** Window ceiling of offset paging on discovery lists (help-centre "How do cursors work"). */
export const OFFSET_CEILING = 50_000;
// btoa/atob exist in Node and in edge runtimes alike (no Buffer).
const encodeCursor = (n: number) => btoa(`pos:${n}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const decodeCursor = (c: string): number | undefined => {
  try {
    const m = /^pos:(\d+)$/.exec(atob(c.replace(/-/g, '+').replace(/_/g, '/')));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * A page of a list of `total` items computed by `at(i)`. `limit` defaults to 100 (max `max`, 100 by default),
 * `offset` to 0; `page.next`/`previous` are relative links keeping the version prefix and every
 * other query param, null at the ends. With `cursor`, the list is a discovery list: offset paging
 * stops at 50,000 rows, every page carries `page.cursor` (the position after it), and a `cursor`
 * query param restarts the offsets from that position.
 */
export function listPage(
  ctx: RouteContext,
  total: number,
  at: (i: number) => unknown,
  opts: { related?: unknown; cursor?: boolean; defaultLimit?: number; max?: number } = {},
): unknown {
  const max = opts.max ?? 100;
  const rawLimit = ctx.query.get('limit');
  const rawOffset = ctx.query.get('offset');
  const limit = rawLimit === null || rawLimit === '' ? Math.min(opts.defaultLimit ?? 100, max) : Number(rawLimit);
  const offset = rawOffset === null || rawOffset === '' ? 0 : Number(rawOffset);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) return badRequest('limit', `Invalid limit: expected an integer between 1 and ${max}.`);
  if (!Number.isInteger(offset) || offset < 0) return badRequest('offset', 'Invalid offset: expected an integer greater than or equal to 0.');
  let base = 0;
  const rawCursor = ctx.query.get('cursor');
  if (opts.cursor && rawCursor) {
    const pos = decodeCursor(rawCursor);
    if (pos === undefined) return badRequest('cursor', 'Invalid cursor.');
    base = pos;
  }
  if (opts.cursor && offset + limit > OFFSET_CEILING) {
    return badRequest('offset', `Offset pagination is limited to ${OFFSET_CEILING} results: use the cursor of the last page.`);
  }
  const start = base + offset;
  const end = Math.min(total, start + limit);
  const items: unknown[] = [];
  for (let i = start; i < end; i++) items.push(at(i));
  const url = new URL(ctx.request.url);
  const path = url.pathname.includes('/api/') ? url.pathname.slice(url.pathname.indexOf('/api/')) : url.pathname;
  const link = (o: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of ctx.query) if (k !== 'offset' && k !== 'limit') q.append(k, v);
    q.set('offset', String(o));
    q.set('limit', String(limit));
    return `${path}?${q.toString()}`;
  };
  const more = end < total;
  const page: Record<string, unknown> = {
    offset,
    limit,
    next: more && !(opts.cursor && offset + 2 * limit > OFFSET_CEILING) ? link(offset + limit) : null,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    total: opts.cursor ? total - base : total,
  };
  if (opts.cursor) page.cursor = more ? encodeCursor(end) : null;
  const body: Record<string, unknown> = {};
  if (opts.related !== undefined) body.related = opts.related;
  body.items = items;
  body.page = page;
  body.errors = [];
  return body;
}

/** `listPage` over an array. */
export const listOf = (ctx: RouteContext, all: readonly unknown[], opts: { related?: unknown; defaultLimit?: number; max?: number } = {}) =>
  listPage(ctx, all.length, (i) => all[i], opts);

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** A `YYYY-MM-DD` query param, undefined when absent, a 400 when malformed. */
export function queryDay(ctx: RouteContext, name: string): string | undefined | SandboxReply {
  const v = ctx.query.get(name);
  if (v === null || v === '') return undefined;
  if (!ISO.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) return badRequest(name, `Invalid date: ${name} must use the YYYY-MM-DD format.`);
  return v;
}

/** The `startDate`/`endDate` window of a series: end defaults to today, start to `defaultDays` before. */
export function windowDays(ctx: RouteContext, defaultDays = 30): string[] | SandboxReply {
  const s = queryDay(ctx, 'startDate');
  if (isReply(s)) return s;
  const e = queryDay(ctx, 'endDate');
  if (isReply(e)) return e;
  const end = e ?? isoDay(ctx.now);
  const start = s ?? addDays(end, -defaultDays);
  if (start > end) return badRequest('period', 'Invalid period: startDate must be before endDate.');
  return daysBetween(start, end);
}

/** Parses an ATOM date-time path segment to its UTC day, or undefined. */
export function atomDay(raw: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/.test(raw)) return undefined;
  const t = Date.parse(raw);
  return Number.isNaN(t) ? undefined : isoDay(new Date(t));
}

// ---------------------------------------------------------------- deterministic values and day stamps

/** A PRNG seeded by a string key. */
export const rngFor = (key: string) => seededRandom(hashString(key));
/** `YYYY-MM-DD`, `n` days after `day`. */
export const addDays = (day: string, n: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
/** Days since the epoch of a `YYYY-MM-DD` day. */
export const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
/** The ATOM stamp (`2025-01-03T00:00:00+00:00`) of a day. */
export const atom = (day: string, time = '00:00:00') => `${day}T${time}+00:00`;
/** Release dates come back in Paris time (`+01:00` / `+02:00`), like the recorded responses. */
export const parisStamp = (day: string) => `${day}T00:00:00${Number(day.slice(5, 7)) >= 4 && Number(day.slice(5, 7)) <= 10 ? '+02:00' : '+01:00'}`;

// ---------------------------------------------------------------- reading parameters

/** Short name of the handler context. */
export type Ctx = RouteContext;
/** 400 like the real API ("Only "instagram, tiktok, youtube" are supported platforms.") for other platforms. */
export const platformOf = (ctx: Ctx, allowed: readonly string[]) => {
  const platform = ctx.params.platform ?? '';
  return allowed.includes(platform) ? platform : badRequest('argument', `Only "${allowed.join(', ')}" are supported platforms.`);
};
/** A query param that must be one of some values; 400 otherwise. */
export const oneOf = (ctx: Ctx, name: string, allowed: readonly string[], fallback: string) => {
  const v = ctx.query.get(name);
  if (v === null || v === '') return fallback;
  return allowed.includes(v) ? v : badRequest(name, `Invalid ${name}: expected one of ${allowed.join(', ')}.`);
};
/** A `1`/`0` flag; 400 otherwise. */
export const flag = (ctx: Ctx, name: string) => {
  const v = ctx.query.get(name);
  if (v === null || v === '') return undefined;
  return v === '1' || v === '0' ? v === '1' : badRequest(name, `Invalid ${name}: expected 1 or 0.`);
};
/** Sorted copy of a list by a key, nulls last. */
export const sortItems = <T>(items: T[], key: (x: T) => string | number | null, order: string) => {
  const dir = order === 'desc' ? -1 : 1;
  return [...items].sort((x, y) => {
    const a = key(x);
    const b = key(y);
    if (a === b) return 0;
    if (a === null) return 1; // nulls last in both orders
    if (b === null) return -1;
    return a < b ? -dir : dir;
  });
};

/** Every helper may answer early with a reply: unwrap or return it. */
export const run = (fn: () => unknown) => {
  try {
    return fn();
  } catch (e) {
    if (isReply(e)) return e;
    throw e;
  }
};
/** A value, or throws the reply a helper answered (caught by `run`). */
export const must = <T>(v: T): Exclude<T, ReturnType<typeof badRequest>> => {
  if (isReply(v)) throw v;
  return v as Exclude<T, ReturnType<typeof badRequest>>;
};
/** A uuid, with or without dashes. */
export const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** A uuid path parameter, lower-cased (the API matches uuids case-insensitively). */
export const uuidParam = (ctx: RouteContext, name = 'uuid') => (ctx.params[name] ?? '').toLowerCase();
/** The sandbox day of a request. */
export const today = (ctx: RouteContext) => isoDay(ctx.now);
