/** Parameters shared by several ChartMogul endpoints (reference/chartmogul.md §2). */
import * as z from 'zod/mini';
import * as p from '../../core/params.js';
import { once } from '../../core/lazy.js';

/** `interval`: documented values; `year` is newer (n8n node and MCP server, reference §3). */
export const INTERVALS = ['day', 'week', 'month', 'quarter', 'year'] as const;

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCode = () => p.str({ pattern: /^[A-Z]{2}$/, expected: "an ISO 3166-1 alpha-2 country code such as 'US'" });

/** A date, or a date-time for the activity endpoints (their examples use `2023-02-21T09:28:10Z`). */
export const dateOrDateTime = () => {
  const text = p.str({
    pattern: /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    expected: "a date 'YYYY-MM-DD', an ISO date-time such as '2025-01-31T12:00:00Z', or a Date object",
  });
  // A Date is sent as its full ISO date-time (UTC), which the activity endpoints accept.
  return z.union([text, z.pipe(z.date(), z.transform((d: Date) => d.toISOString()))], {
    error: "expected a date 'YYYY-MM-DD', an ISO date-time, or a Date object",
  }) as unknown as z.ZodMiniType<string, string | Date>;
};
/** Cursor pagination: `per_page` (1–200, default 200) and `cursor` (reference §1 "Pagination"). */
export const cursorQuery = once(() => ({
  perPage: p.optional(p.int({ min: 1, max: 200 })),
  cursor: p.optional(p.text()),
}));
export const cursorWire = { perPage: 'per_page', cursor: 'cursor' } as const;

/** start ≤ end, for any pair of date params. */
export const startBeforeEnd = (params: Record<string, unknown>): string | undefined => {
  const { startDate, endDate } = params as { startDate?: string; endDate?: string };
  return startDate && endDate && String(startDate).slice(0, 10) > String(endDate).slice(0, 10)
    ? `"startDate" (${startDate}) must not be after "endDate" (${endDate})`
    : undefined;
};
