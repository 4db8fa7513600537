/**
 * Handler shapes that several Soundcharts families share for their uuid-keyed entities (festivals,
 * venues, collaborators, labels, publishers, works): metadata of one or several uuids, the
 * by-platform lookup, identifiers, optional date bounds and social audience series.
 */
import type { RouteContext } from '../types.js';
import { batchIds, byPlatformLookup, identifierRows, ordered, seriesValue } from './music-data.js';
import { atom, entity, isReply, listOf, notFound, queryDay, uuidParam, windowDays } from './shared.js';

/** `GET /{entity}/{uuids}`: 1 UUID → the entity envelope, several → the metadata collection. */
export function metadata<T>(type: string, find: (uuid: string) => T | undefined, meta: (e: T) => unknown) {
  return (ctx: RouteContext) => {
    const raw = ctx.params.uuid ?? ctx.params.uuids ?? '';
    if (raw.includes(',')) {
      const ids = batchIds(raw);
      if (isReply(ids)) return ids;
      const items = ids.map(find).filter((e): e is T => e !== undefined).map(meta);
      return { items, page: null, errors: [] };
    }
    const e = find(raw.toLowerCase());
    return e === undefined ? notFound() : entity(type, meta(e));
  };
}

/** `by-platform/{platform}/{identifier}` of a uuid-keyed entity: its envelope, or the lookup's 400/404. */
export function byPlatformOf<T extends { uuid: string }>(kind: string, all: () => readonly T[], platforms: readonly string[], meta: (e: T) => unknown) {
  return (ctx: RouteContext) => {
    const e = byPlatformLookup(kind, all(), (x) => x.uuid, platforms, ctx.params.platform ?? '', ctx.params.identifier ?? '');
    return isReply(e) ? e : entity(kind, meta(e));
  };
}

/** `/{uuid}/identifiers` of a uuid-keyed entity, with the entity as `related`; 404 for an unknown uuid. */
export function identifiersOf<T extends { uuid: string }>(kind: string, find: (uuid: string) => T | undefined, platforms: readonly string[], related: (e: T) => unknown) {
  return (ctx: RouteContext) => {
    const e = find(uuidParam(ctx));
    return e ? listOf(ctx, identifierRows(ctx, kind, e.uuid, platforms), { related: related(e) }) : notFound();
  };
}

/** The optional `startDate`/`endDate` bounds of a list; a 400 when one is malformed. */
export function queryBounds(ctx: RouteContext) {
  const start = queryDay(ctx, 'startDate');
  if (isReply(start)) return start;
  const end = queryDay(ctx, 'endDate');
  if (isReply(end)) return end;
  return { start, end };
}

/** A social audience series (followers, likes…) with `sort` by date. */
export function socialSeries(ctx: RouteContext, key: string, base: number, related: unknown) {
  const days = windowDays(ctx);
  if (isReply(days)) return days;
  const rows = ordered(
    ctx,
    days.map((day) => ({ date: atom(day), followerCount: seriesValue(`${key}:f`, day, base), likeCount: seriesValue(`${key}:l`, day, base * 3), postCount: seriesValue(`${key}:p`, day, 200, 0.5), value: null })),
    (r) => r.date,
    'sort',
    'asc',
  );
  return isReply(rows) ? rows : listOf(ctx, rows, { related });
}

export const SOCIAL = ['instagram', 'tiktok', 'youtube', 'facebook', 'x', 'soundcloud', 'spotify', 'deezer', 'triller'];
