/**
 * Building blocks every Soundcharts family shares (reference/soundcharts.md §1.4–1.5, §2): the
 * parameter pieces (paging, periods, ids, country codes, platform codes), the "basic entity" objects
 * that responses embed (artist, song, album, playlist, radio, chart, venue, festival), the series
 * points and the list-entry shapes that several families answer. Family files hold their endpoints
 * and the shapes only they use; nothing here is an endpoint.
 *
 * Response shapes follow DESIGN.md "Validation": loose objects, every field the reference does not
 * promise is `s.opt(...)`, counters are `s.num()` (numeric strings accepted), dates stay strings.
 */
import * as z from 'zod/mini';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { once } from '../../core/lazy.js';

const optStr = () => s.opt(s.str());
const optNum = () => s.opt(s.num());

// ---------------------------------------------------------------- params

/** `offset` / `limit` of every collection: "Number of results (max. 100)" (§1.5). */
export const paging = once(() => ({ offset: p.optional(p.int({ min: 0 })), limit: p.optional(p.int({ min: 1, max: 100 })) }));

/** `startDate` / `endDate` query dates (`YYYY-MM-DD`, §1.5); the API defaults to the 30 days before `endDate`. */
export const period = once(() => ({ startDate: p.optional(p.date()), endDate: p.optional(p.date()) }));

/** `startDate` must not be after `endDate` (the API answers 400 "invalid period" otherwise). */
export const datesInOrder = (params: Record<string, unknown>): string | undefined => {
  const day = (v: unknown) => (v instanceof Date ? p.toIsoDate(v) : typeof v === 'string' ? v : undefined);
  const start = day(params.startDate);
  const end = day(params.endDate);
  return start && end && start > end ? `startDate (${start}) must be on or before endDate (${end})` : undefined;
};

/** `asc` / `desc`: documented completely, so a closed enum. */
export const sortOrder = () => p.exactly(['asc', 'desc']);

/** ISO 3166-1 alpha-2 country code. */
export const countryCode = () => p.str({ pattern: /^[A-Za-z]{2}$/, expected: `a 2-letter ISO 3166 country code such as 'US'` });

const UUID_RE = '[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}';
/**
 * The `{uuids}` segment of batch metadata calls: 1 to 10 UUIDs joined by commas (the API answers
 * 400 beyond 10). A path parameter cannot be a list, so it is one comma-joined string,
 * e.g. `uuids.join(',')`.
 */
export const uuidBatch = () =>
  p.str({
    pattern: new RegExp(`^${UUID_RE}(,${UUID_RE}){0,9}$`),
    expected: `1 to 10 UUIDs joined by commas, such as '11e81bcc-9c1c-ce38-b96b-a0369fe50396,7d534228-5165-11e9-9375-549f35161576'`,
  });

/** A free identifier segment (platform id, slug, curator id): any non-empty string, path-encoded. */
export const ident = () => p.text({ max: 500 });
/** IPI name number: 9 to 11 digits. */
export const ipi = () => p.str({ pattern: /^\d{9,11}$/, expected: "an IPI number of 9 to 11 digits, e.g. '00052210040'" });
/** ISWC, with or without separators: `T-034.524.680-1` or `T0345246801`. */
export const iswc = () => p.str({ pattern: /^T-?\d{3}\.?\d{3}\.?\d{3}-?\d$/i, expected: "an ISWC such as 'T-034.524.680-1' or 'T0345246801'" });
/** UPC / EAN barcode: 8 to 14 digits. */
export const upc = () => p.str({ pattern: /^\d{8,14}$/, expected: "a UPC/EAN of 8 to 14 digits, e.g. '00602577427666'" });

// ---------------------------------------------------------------- platform codes (open enums)

/** Platforms with song/album charts (§2.3 "song-chart platforms"; `airplay` = Soundcharts radio charts). */
export const CHART_PLATFORMS = [
  'spotify', 'apple-music', 'itunes', 'deezer', 'amazon', 'youtube', 'shazam', 'airplay', 'billboard',
  'melon', 'line-music', 'awa', 'anghami', 'boomplay', 'jiosaavn', 'kkbox', 'qq', 'soundcloud', 'beatport', 'tiktok',
] as const;
/** Playlist platforms (§2.8, get-playlists; also playlist entries and reach of artists and songs). */
export const PLAYLIST_PLATFORMS = [
  'spotify', 'apple-music', 'deezer', 'amazon', 'youtube', 'jiosaavn', 'boomplay', 'audiomack', 'gaana',
  'kuwo', 'line-music', 'melon', 'qq', 'soundcloud', 'yandex', 'anghami',
] as const;
/** Playlist types accepted by playlist entries (`type`). */
export const PLAYLIST_ENTRY_TYPES = ['all', 'editorial', 'algorithmic', 'algotorial', 'major', 'charts', 'curators_listeners', 'radios', 'this_is'] as const;
/** Social platforms with audience series (collaborator/label audience, §2.11). `twitter` became `x` (§6.11). */
export const SOCIAL_PLATFORMS = ['instagram', 'tiktok', 'youtube', 'facebook', 'x', 'soundcloud', 'spotify', 'deezer', 'triller'] as const;
/** Platform codes seen on identifiers and `by-platform` lookups. */
export const ID_PLATFORMS = [
  'spotify', 'apple-music', 'deezer', 'amazon', 'youtube', 'tidal', 'soundcloud', 'instagram', 'tiktok',
  'facebook', 'x', 'musicbrainz', 'discogs', 'wikidata', 'songkick', 'bandsintown', 'ticketmaster', 'isni', 'ipi',
] as const;

// ---------------------------------------------------------------- query pieces of several families

/** Query of `/identifiers` lists: one platform's identifiers, paged. */
export const identifiersQuery = once(() => ({ platform: p.optional(p.oneOf(ID_PLATFORMS)), ...paging() }));
/** Query of playlist entries (artist and song). */
export const playlistCurrentQuery = once(() => ({
  type: p.optional(p.oneOf(PLAYLIST_ENTRY_TYPES)),
  /** 1: only current positions; 0: current and past ones. */
  currentOnly: p.optional(p.flag()),
  countryCode: p.optional(countryCode()),
  /** Restrict to these playlists (sent comma-joined). */
  playlistUuids: p.optional(p.list(p.uuid(), { min: 1 })),
  ...paging(),
  sortBy: p.optional(p.oneOf(['position', 'positionDate', 'entryDate', 'subscriberCount'] as const)),
  sortOrder: p.optional(sortOrder()),
}));
/** Query of chart ranks (artist and song). */
export const chartRanksQuery = once(() => ({
  /** 1: only current positions; 0: current and past ones. */
  currentOnly: p.optional(p.flag()),
  ...paging(),
  sortBy: p.optional(p.oneOf(['position', 'rankDate'] as const)),
  sortOrder: p.optional(sortOrder()),
}));
/** Query of playlist reach (artist and song). */
export const playlistReachQuery = once(() => ({ type: p.optional(p.oneOf(['all', 'editorial', 'user', 'algorithmic'] as const)), ...period(), ...paging() }));
/** Query of radio spins and spin groups (artist and song). */
export const broadcastsQuery = once(() => ({
  /** Restrict to these radios (sent comma-joined). */
  radioSlugs: p.optional(p.list(p.str({ min: 1 }), { min: 1 })),
  countryCode: p.optional(countryCode()),
  ...period(),
  ...paging(),
}));
/** Album list query (artist and song albums). */
export const albumsQuery = once(() => ({
  type: p.optional(p.oneOf(['all', 'album', 'single', 'compil'] as const)),
  ...paging(),
  sortBy: p.optional(p.oneOf(['title', 'releaseDate'] as const)),
  sortOrder: p.optional(sortOrder()),
}));
/** Body of `…/sources/add`: profile URLs to attach. */
export const sourcesBody = once(() => ({ urls: p.list(p.str({ pattern: /^https?:\/\/\S+$/, expected: 'an http(s) URL' }), { min: 1, expected: 'a list of URLs' }) }));

// ---------------------------------------------------------------- basic entity objects

/** Genre: artists send plain strings, songs/albums send `{root, sub[]}` (DOC-DEF artistresponse2, songresponse3). */
export const genre = once(() => s.oneOf([s.str(), s.obj({ root: optStr(), sub: s.opt(s.arr(s.str())) })]));
/** A `genres` list of either form. */
export const genres = once(() => s.opt(s.arr(genre())));

/** ISRC: a plain string in older versions, `{value, countryCode, countryName}` since v2.25. */
export const isrc = once(() => s.oneOf([s.str(), s.obj({ value: optStr(), countryCode: optStr(), countryName: optStr() })]));

/** The basic artist object of `related`, `artists[]` and lists. */
export const artistRef = once(() => s.obj({ uuid: optStr(), slug: optStr(), name: optStr(), appUrl: optStr(), imageUrl: optStr() }));
/** The basic song object of lists, ranks and `related`. */
export const songRef = once(() => s.obj({
  uuid: optStr(),
  name: optStr(),
  creditName: optStr(),
  /** ISO-8601 with offset (`2015-11-13T00:00:00+01:00`), or null when unknown. */
  releaseDate: s.opt(s.date()),
  isrc: s.opt(isrc()),
  appUrl: optStr(),
  imageUrl: optStr(),
}));
/** An album in lists and ranks. Older versions (v2.18) sent no `uuid`, only a `slug`. */
export const albumRef = once(() => s.obj({
  uuid: optStr(),
  slug: optStr(),
  name: optStr(),
  creditName: optStr(),
  type: s.opt(s.openEnum(['album', 'single', 'compil'])),
  releaseDate: s.opt(s.date()),
  upc: optStr(),
  appUrl: optStr(),
  imageUrl: optStr(),
}));
/** A playlist owner (curator): `{name, identifier}`. */
export const owner = once(() => s.obj({ name: optStr(), identifier: optStr() }));
/** A playlist as embedded in playlist entries, lists and search results (DOC-DEF playlistresponse2). */
export const playlistRef = once(() => s.obj({
  uuid: optStr(),
  name: optStr(),
  identifier: optStr(),
  platform: optStr(),
  countryCode: optStr(),
  type: s.opt(s.openEnum(['editorial', 'algorithmic', 'algotorial', 'major', 'charts', 'curators_listeners', 'radios', 'this_is', 'user'])),
  owner: s.opt(owner()),
  latestCrawlDate: s.opt(s.date()),
  latestTrackCount: optNum(),
  latestSubscriberCount: optNum(),
  imageUrl: optStr(),
  appUrl: optStr(),
}));
/** A radio station (identified by `slug`). */
export const radioRef = once(() => s.obj({
  slug: optStr(),
  name: optStr(),
  countryCode: optStr(),
  countryName: optStr(),
  cityName: optStr(),
  timeZone: optStr(),
  reach: optNum(),
  genres: genres(),
  imageUrl: optStr(),
}));
/** A chart (identified by `slug`); `metric` only on song charts that rank by a value. */
export const chartRef = once(() => s.obj({
  slug: optStr(),
  name: optStr(),
  type: optStr(),
  platform: optStr(),
  frequency: s.opt(s.openEnum(['daily', 'weekly', 'monthly'])),
  countryCode: optStr(),
  countryName: optStr(),
  cityName: optStr(),
  maxResultsCount: optNum(),
  webUrl: optStr(),
  metric: s.opt(s.obj({ type: optStr(), description: optStr() })),
}));
/** A venue as embedded in events, concerts, editions and discovery results. */
export const venueRef = once(() => s.obj({
  uuid: optStr(),
  name: optStr(),
  cityName: optStr(),
  countryCode: optStr(),
  countryName: optStr(),
  region: optStr(),
  imageUrl: optStr(),
  type: optStr(),
  capacity: optNum(),
}));
/** A festival as embedded in editions and discovery results. */
export const festivalRef = once(() => s.obj({
  uuid: optStr(),
  name: optStr(),
  imageUrl: optStr(),
  cityName: optStr(),
  countryCode: optStr(),
  countryName: optStr(),
}));
/** A platform identifier of an entity (`/identifiers` lists). */
export const identifier = once(() => s.obj({
  platformName: optStr(),
  platformCode: optStr(),
  identifier: optStr(),
  url: optStr(),
  default: s.opt(s.bool()),
}));

// ---------------------------------------------------------------- series points

/** One dated value of a series; `value` is null on days the platform reported nothing. */
export const point = once(() => s.obj({ date: s.date(), value: optNum() }));
/** Per-city / per-country breakdown of a located series point. */
export const placeValue = once(() => s.obj({
  value: optNum(),
  percent: optNum(),
  cityName: optStr(),
  cityKey: optStr(),
  region: optStr(),
  countryCode: optStr(),
  countryName: optStr(),
}));
/** A located series point: total plus city and country breakdowns. */
export const locatedPoint = once(() => s.obj({ date: s.date(), value: optNum(), cityPlots: s.opt(s.arr(placeValue())), countryPlots: s.opt(s.arr(placeValue())) }));
/** A social audience point (artist, collaborator and label audiences). */
export const audiencePoint = once(() => s.obj({
  date: s.date(),
  followerCount: optNum(),
  likeCount: optNum(),
  followingCount: optNum(),
  postCount: optNum(),
  viewCount: optNum(),
  value: optNum(),
}));
/** A current-stats entry (DOC-DEF currentstatsresponse). */
export const currentStat = once(() => s.obj({ platform: s.str(), value: optNum(), date: s.opt(s.date()), evolution: optNum(), percentEvolution: optNum() }));
/** Soundcharts score point (DOC-DEF soundchartsscorecollectionresponse; songs have no `scScore`). */
export const scorePoint = once(() => s.obj({ date: s.date(), scScore: optNum(), fanbaseScore: optNum(), trendingScore: optNum() }));
/** Playlist count and reach on a day; reach is only computed on some platforms (null elsewhere). */
export const reachPoint = once(() => s.obj({ date: s.date(), playlistCount: optNum(), playlistReach: optNum() }));

// ---------------------------------------------------------------- list entries of several families

/** Chart-position fields shared by every rank shape (position 0 = left the chart, §2.4). */
export const rankFields = once(() => ({
  position: optNum(),
  positionEvolution: optNum(),
  peakPosition: optNum(),
  entryState: s.opt(s.openEnum(['NEW', 'UP', 'DOWN', 'SAME', 'RE_ENTRY', 'OUT'])),
  entryDate: s.opt(s.date()),
  rankDate: s.opt(s.date()),
  oldPosition: optNum(),
  current: s.opt(s.bool()),
  timeOnChart: optNum(),
  timeOnChartUnit: s.opt(s.openEnum(['day', 'week', 'month'])),
}));
/** A chart rank of an entity (`/charts/song/ranks/{platform}` of artists, songs and albums). */
export const chartEntry = once(() => s.obj({ chart: s.opt(chartRef()), song: s.opt(songRef()), album: s.opt(albumRef()), ...rankFields() }));
/** A playlist position (`/playlist/current/{platform}`, DOC-DEF trackcollectionresponse2). */
export const playlistEntry = once(() => s.obj({
  playlist: playlistRef(),
  song: s.opt(songRef()),
  position: optNum(),
  peakPosition: optNum(),
  entryDate: s.opt(s.date()),
  exitDate: s.opt(s.date()),
  positionDate: s.opt(s.date()),
  peakPositionDate: s.opt(s.date()),
}));
/** One radio spin; `airedAt` is UTC. */
export const spin = once(() => s.obj({ airedAt: s.date(), duration: optNum(), radio: s.opt(radioRef()), song: s.opt(songRef()) }));
/** Spins aggregated per radio (`/broadcast-groups`): field names beyond the counts are undocumented. */
export const spinGroup = once(() => s.obj({
  radio: s.opt(radioRef()),
  song: s.opt(songRef()),
  countryCode: optStr(),
  spinCount: optNum(),
  firstAiredAt: s.opt(s.date()),
  lastAiredAt: s.opt(s.date()),
}));
/** A metric line of discovery results: `{platformCode, metricType, total, week/month/quarter: {volume, percent}}`. */
const evolution = once(() => s.opt(s.obj({ volume: optNum(), percent: optNum() })));
export const metricLine = once(() => s.obj({ platformCode: optStr(), metricType: optStr(), total: optNum(), week: evolution(), month: evolution(), quarter: evolution() }));

// ---------------------------------------------------------------- envelopes

/**
 * `related` that the definitions document as an array but recorded responses send as one object
 * (soundcharts.md §1.4: "Type it as a per-endpoint generic"): both are accepted.
 */
export const oneOrMany = <T extends s.Schema>(x: T) => s.oneOf([s.arr(x), x]);
/** `related` of discovery lists: `{updatedAt}`, documented as an array on some schemas (§1.4). */
export const topRelated = once(() => s.oneOf([s.obj({ updatedAt: s.opt(s.date()) }), s.arr(s.json())]));

/**
 * Response of a batch metadata path (`/{entity}/{uuids}`): the "Metadata Collection" `{items}`.
 * The batch path is also the single-entity path, so a batch of one UUID comes back as one entity
 * (unwrapped from `{type, object}`): it is normalized to `{items: [entity]}` so the result has one shape.
 */
export const batchOf = <T extends s.Schema>(item: T): s.Schema<{ items: s.Infer<T>[] } & Record<string, unknown>> =>
  z.pipe(
    s.oneOf([s.obj({ items: s.arr(item) }), item]) as s.Schema<unknown>,
    z.transform((v: unknown) => {
      const body = v as { items?: unknown };
      return (Array.isArray(body.items) ? v : { items: [v] }) as { items: s.Infer<T>[] } & Record<string, unknown>;
    }),
  );
