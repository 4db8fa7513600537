/**
 * Helpers every ChartMogul sandbox handler shares: the documented error body
 * (`{code, message, param}`, reference/chartmogul.md §4), cursor pages (§3) and the state of one
 * sandbox (its seed, its export jobs).
 */
import { reply, type RouteContext, type SandboxReply } from '../types.js';

/** The state of one ChartMogul sandbox, read by the family handlers on every request. */
export interface ChartmogulState {
  /** The sandbox seed (set from the environment before each request). */
  seed: number;
  /** Activities export jobs by id. */
  exports: Map<string, { polls: number; created: string; params: Record<string, unknown> }>;
}

export const apiError = (status: number, message: string, param: string | null = null) => reply(status, { code: status, message, param });
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One cursor page of a list: `{entries, has_more, cursor, per_page}`, or a 400 for a bad cursor. */
export function pageOf<T>(all: T[], ctx: RouteContext) {
  const perPage = Math.min(Number(ctx.query.get('per_page') ?? 200) || 200, 200);
  const start = ctx.query.get('cursor') ? Number(atob(ctx.query.get('cursor')!)) : 0;
  if (!Number.isInteger(start) || start < 0) return { error: apiError(400, 'Invalid cursor', 'cursor') };
  const entries = all.slice(start, start + perPage);
  const hasMore = start + perPage < all.length;
  return { body: { entries, has_more: hasMore, cursor: hasMore ? btoa(String(start + perPage)) : null, per_page: perPage } };
}

export type Failed = { error: SandboxReply };
