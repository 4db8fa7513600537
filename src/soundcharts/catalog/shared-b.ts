/**
 * Building blocks shared by the part-B families (albums, charts, playlists, radios, festivals,
 * venues, rights metadata, discovery, account-scoped writes): common params, platform codes and
 * the light entity shapes that several responses embed (reference/soundcharts.md §1.4–1.5, §2.6–2.12).
 *
 * Response shapes follow DESIGN.md "Validation": loose objects, every field the reference does not
 * promise is `s.opt(...)`, counters are `s.num()` (numeric strings accepted), dates stay strings.
 */
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';

// ---------------------------------------------------------------- params

/** `offset` / `limit` of every collection: "Number of results (max. 100)" (§1.5). */
export const paging = {
  offset: p.optional(p.int({ min: 0 })),
  limit: p.optional(p.int({ min: 1, max: 100 })),
};

/** `startDate` / `endDate` query dates (`YYYY-MM-DD`, §1.5). */
export const period = {
  startDate: p.optional(p.date()),
  endDate: p.optional(p.date()),
};

/** Rejects a window whose start is after its end before any request is sent. */
export const dateOrder = (params: Record<string, unknown>): string | undefined =>
  typeof params.startDate === 'string' && typeof params.endDate === 'string' && params.startDate > params.endDate
    ? `startDate (${params.startDate}) must not be after endDate (${params.endDate}); both are 'YYYY-MM-DD' dates`
    : undefined;

/** `asc` / `desc`: documented completely, so a closed enum. */
export const sortOrder = () => p.exactly(['asc', 'desc']);

const UUID_SRC = '[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}';
/** 1 to 10 UUIDs joined by commas (batch metadata paths, §1.5: "at most 10 UUIDs"). */
export const UUID_BATCH = new RegExp(`^${UUID_SRC}(?:,${UUID_SRC}){0,9}$`, 'i');
/** The `{uuids}` segment of a batch path: one string, 1–10 comma-separated UUIDs (400 above 10). */
export const uuidBatch = () =>
  p.str({ pattern: UUID_BATCH, expected: "1 to 10 UUIDs joined by commas, e.g. 'uuid1,uuid2' (the API answers 400 above 10)" });

/** A free identifier segment (platform id, slug, curator id): any non-empty string, path-encoded. */
export const ident = () => p.text({ max: 500 });

/** IPI name number: 9 to 11 digits. */
export const ipi = () => p.str({ pattern: /^\d{9,11}$/, expected: "an IPI number of 9 to 11 digits, e.g. '00052210040'" });
/** ISWC, with or without separators: `T-034.524.680-1` or `T0345246801`. */
export const iswc = () => p.str({ pattern: /^T-?\d{3}\.?\d{3}\.?\d{3}-?\d$/i, expected: "an ISWC such as 'T-034.524.680-1' or 'T0345246801'" });
/** UPC / EAN barcode: 8 to 14 digits. */
export const upc = () => p.str({ pattern: /^\d{8,14}$/, expected: "a UPC/EAN of 8 to 14 digits, e.g. '00602577427666'" });
/** ISO 3166-1 alpha-2 country code. */
export const country = () => p.str({ pattern: /^[A-Za-z]{2}$/, expected: "a 2-letter country code such as 'US'" });

// ---------------------------------------------------------------- platform codes (open enums)

/** Platforms with song/album charts (§2.3 "song-chart platforms"; `airplay` = Soundcharts radio charts). */
export const CHART_PLATFORMS = [
  'spotify', 'apple-music', 'itunes', 'deezer', 'amazon', 'youtube', 'shazam', 'airplay', 'billboard',
  'melon', 'line-music', 'awa', 'anghami', 'boomplay', 'jiosaavn', 'kkbox', 'qq', 'soundcloud', 'beatport',
] as const;
/** Playlist platforms (§2.8, get-playlists). */
export const PLAYLIST_PLATFORMS = [
  'spotify', 'apple-music', 'deezer', 'amazon', 'youtube', 'jiosaavn', 'boomplay', 'audiomack', 'gaana',
  'kuwo', 'line-music', 'melon', 'qq', 'soundcloud', 'yandex', 'anghami',
] as const;
/** Social platforms with audience series (collaborator/label audience, §2.11). `twitter` became `x` (§6.11). */
export const SOCIAL_PLATFORMS = ['instagram', 'tiktok', 'youtube', 'facebook', 'x', 'soundcloud', 'spotify', 'deezer', 'triller'] as const;
/** Platform codes seen on identifiers and `by-platform` lookups. */
export const ID_PLATFORMS = [
  'spotify', 'apple-music', 'deezer', 'amazon', 'youtube', 'tidal', 'soundcloud', 'instagram', 'tiktok',
  'facebook', 'x', 'musicbrainz', 'discogs', 'wikidata', 'songkick', 'bandsintown', 'ticketmaster', 'isni', 'ipi',
] as const;

// ---------------------------------------------------------------- response building blocks

const str = () => s.opt(s.str());
const num = () => s.opt(s.num());

/** `{key, code, message}` error entries (§1.3). */
export const apiError = s.obj({ key: str(), code: num(), message: str() });

/** Genres arrive as plain strings or as `{root, sub[]}` depending on the endpoint. */
export const genres = s.opt(s.arr(s.oneOf([s.str(), s.obj({ root: str(), sub: s.opt(s.arr(s.str())) })])));

export const artistLight = s.obj({ uuid: str(), slug: str(), name: str(), appUrl: str(), imageUrl: str() });
export const songLight = s.obj({
  uuid: str(),
  name: str(),
  creditName: str(),
  imageUrl: str(),
  releaseDate: s.opt(s.date()),
  isrc: s.opt(s.oneOf([s.str(), s.obj({ value: str(), countryCode: str(), countryName: str() })])),
});
export const albumLight = s.obj({
  uuid: str(),
  name: str(),
  creditName: str(),
  slug: str(),
  releaseDate: s.opt(s.date()),
  type: str(),
  imageUrl: str(),
});
export const owner = s.obj({ name: str(), identifier: str() });
export const playlistLight = s.obj({
  uuid: str(),
  name: str(),
  identifier: str(),
  platform: str(),
  countryCode: str(),
  latestCrawlDate: s.opt(s.date()),
  latestTrackCount: num(),
  latestSubscriberCount: num(),
  type: str(),
  imageUrl: str(),
});
export const radioLight = s.obj({
  name: str(),
  slug: str(),
  countryCode: str(),
  countryName: str(),
  cityName: str(),
  timeZone: str(),
  reach: num(),
  imageUrl: str(),
});
/** A chart as embedded in ranks (`metric` only on song charts that rank by a value). */
export const chart = s.obj({
  name: str(),
  type: str(),
  slug: str(),
  platform: str(),
  frequency: str(),
  countryCode: str(),
  countryName: str(),
  cityName: str(),
  maxResultsCount: num(),
  webUrl: str(),
  metric: s.opt(s.obj({ type: str(), description: str() })),
});
/** A platform identifier of an entity (`/identifiers` lists). */
export const identifier = s.obj({
  platformName: str(),
  platformCode: str(),
  identifier: str(),
  url: str(),
  default: s.opt(s.bool()),
});
/** One point of a time series. */
export const plot = s.obj({ date: s.date(), value: num() });
/** A metric line of discovery results: `{platformCode, metricType, total, week/month/quarter: {volume, percent}}`. */
const evolution = s.opt(s.obj({ volume: num(), percent: num() }));
export const metricLine = s.obj({
  platformCode: str(),
  metricType: str(),
  total: num(),
  week: evolution,
  month: evolution,
  quarter: evolution,
});
/** Chart-position fields shared by every rank shape (position 0 = left the chart, §2.4). */
export const rankFields = {
  position: num(),
  positionEvolution: num(),
  peakPosition: num(),
  entryState: str(),
  entryDate: s.opt(s.date()),
  rankDate: s.opt(s.date()),
  oldPosition: num(),
  current: s.opt(s.bool()),
  timeOnChart: num(),
  timeOnChartUnit: str(),
};
/** A venue as embedded in concerts, editions and discovery results. */
export const venueLight = s.obj({
  uuid: str(),
  name: str(),
  cityName: str(),
  countryCode: str(),
  countryName: str(),
  region: str(),
  imageUrl: str(),
  type: str(),
  capacity: num(),
});
/** A festival as embedded in editions and discovery results. */
export const festivalLight = s.obj({
  uuid: str(),
  name: str(),
  imageUrl: str(),
  cityName: str(),
  countryCode: str(),
  countryName: str(),
});
/** `related` of discovery lists: `{updatedAt}`, documented as an array on some schemas (§1.4). */
export const topRelated = s.oneOf([s.obj({ updatedAt: s.opt(s.date()) }), s.arr(s.json())]);

/**
 * Response of a batch metadata path (`/{entity}/{uuids}`): the "Metadata Collection" `{items}`.
 * With a single UUID the path is the one of `get`, which answers the entity envelope: that body is
 * normalized to `{items: [entity]}` so `getMany` always returns a collection.
 */
export const batchOf = <T extends s.Schema>(item: T): s.Schema<{ items: s.Infer<T>[] } & Record<string, unknown>> =>
  s.z.pipe(
    s.oneOf([s.obj({ items: s.arr(item) }), item]) as s.Schema<unknown>,
    s.z.transform((v: unknown) => {
      const body = v as { items?: unknown };
      return (Array.isArray(body.items) ? v : { items: [v] }) as { items: s.Infer<T>[] } & Record<string, unknown>;
    }),
  );
