/**
 * The Chartmetric sandbox's `events` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/events.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`.
 */
import type { RouteHandlers } from '../types.js';
import { artistName, image, MAX_VENUE_ID, neighbourId, venueInfo } from './artist-data.js';
import { addDays, apiError, badRequest, ok, qInt, virtualPage } from './shared.js';

export const eventsHandlers: RouteHandlers = {
  // ------------------------------------------------------------ events
  'events.venue': (ctx) => {
    const id = Number(ctx.params.venueId);
    if (!Number.isInteger(id) || id < 1 || id > MAX_VENUE_ID) return apiError(404, `Venue ${ctx.params.venueId} not found`);
    const limit = qInt(ctx, 'limit') ?? 20;
    if (limit > 100) return badRequest('limit must be at most 100');
    const total = 5 + (id % 40);
    const info = venueInfo(id);
    const events = virtualPage(ctx, total, 20, (i) => {
      const day = addDays('2025-10-01', -i * 23);
      const artists = [neighbourId(id, i), neighbourId(id, i + 1000)];
      return {
        event_id: 8_000_000 + id * 50 + i,
        event_name: `${artistName(artists[0]!)} at ${info.name}`,
        event_image_url: image('event', `${id}-${i}`),
        start_date: `${day}T00:00:00.000Z`,
        end_date: `${day}T00:00:00.000Z`,
        artists: artists.map((a, k) => ({ id: a, name: artistName(a), is_headliner: k === 0 ? true : null })),
      };
    });
    return ok({ venueInfo: info, events });
  },
};
