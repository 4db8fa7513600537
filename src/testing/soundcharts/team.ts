/**
 * The Soundcharts sandbox's `team` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/team.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import { hashString, isoDay } from '../data.js';
import type { RouteHandlers } from '../types.js';
import { entity } from './shared.js';

export const teamHandlers: RouteHandlers = {
  // §2.1 usage
  'team.usage': (ctx) => {
    const reset = new Date(Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth() + 1, 1));
    const used = 1000 + (hashString(isoDay(ctx.now)) % 5000);
    const minute = new Date(Math.ceil(ctx.now.getTime() / 60_000) * 60_000);
    return entity('usage', {
      quota: { limit: 500_000, used, remaining: 500_000 - used, resetAt: reset.toISOString().replace(/\.\d{3}Z$/, '+00:00') },
      rateLimit: { limit: 5000, used: 12, remaining: 4988, resetAt: minute.toISOString().replace(/\.\d{3}Z$/, '+00:00') },
    });
  },
};
