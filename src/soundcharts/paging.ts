/**
 * Soundcharts list envelopes: `{ items, page: { offset, limit, total, next, previous, cursor? }, related }`
 * (reference/soundcharts.md §1.4–1.5). Pages link through `page.next`, a relative path that keeps the
 * version prefix and the full query; we follow it as given. Discovery endpoints (`POST /api/v2/top/*`)
 * stop offset paging at 50,000 rows and continue with `cursor` (offset reset to 0).
 */
import type { NextPage } from '../core/endpoint.js';
import * as s from '../core/schema.js';
import { once } from '../core/lazy.js';

export const pageInfo = once(() => s.obj({
  offset: s.opt(s.num()),
  limit: s.opt(s.num()),
  total: s.opt(s.num()),
  next: s.opt(s.str()),
  previous: s.opt(s.str()),
  cursor: s.opt(s.str()),
}));

const OFFSET_CEILING = 50_000;

type ListBody = { items: readonly unknown[]; page?: { offset?: number | null; limit?: number | null; total?: number | null; next?: string | null; cursor?: string | null } | null };

/** Where the next page is: `page.next`, else the discovery cursor past 50,000 rows, else offset + limit while under `total`. */
export function nextSoundchartsPage(data: ListBody, params: Record<string, unknown>, opts: { cursor?: boolean } = {}): NextPage | null {
  const page = data.page;
  if (!page || data.items.length === 0) return null;
  const offset = Number(page.offset ?? params.offset ?? 0);
  const limit = Number(page.limit ?? params.limit ?? data.items.length);
  const nextOffset = offset + data.items.length;
  if (opts.cursor && page.cursor && nextOffset + limit > OFFSET_CEILING) {
    return { params: { ...params, cursor: page.cursor, offset: 0 } };
  }
  if (page.next) return { url: page.next };
  if (page.total != null && nextOffset < page.total && !opts.cursor) return { params: { ...params, offset: nextOffset, limit } };
  return null;
}

/**
 * Builds the `response` schema and `paginate` rule of a Soundcharts list endpoint.
 * `related` is typed per endpoint (object or array, depending on the endpoint).
 */
export function soundchartsList<T extends s.Schema, R extends s.Schema = s.Schema<unknown>>(item: T, opts: { related?: R; cursor?: boolean } = {}) {
  const response = s.obj({
    items: s.arr(item),
    page: s.opt(pageInfo()),
    related: s.optional(opts.related ?? s.json()) as s.Schema<s.Infer<R> | undefined>,
  });
  return {
    response,
    paginate: {
      kind: 'custom' as const,
      items: (d: s.Infer<typeof response>) => d.items as s.Infer<T>[],
      next: (d: s.Infer<typeof response>, params: Record<string, unknown>) => nextSoundchartsPage(d as ListBody, params, opts),
    },
  };
}
