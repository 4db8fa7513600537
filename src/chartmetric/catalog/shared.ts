/**
 * Building blocks every Chartmetric family shares (reference/chartmetric.md §4–§6): the nullable
 * field shorthands, the row shapes that several families embed (tracks, playlists, placements,
 * stat points, artist rows), the parameter pieces (paging, country codes, placement flags, version
 * filters, camelCase wire names) and the cross-field checks. Family files hold their endpoints and
 * the shapes only they use; nothing here is an endpoint.
 *
 * Chartmetric sends numbers as strings and nulls almost anywhere (§6.5–6.6), so every response field
 * that the reference does not promise is nullable and optional; ids are kept as sent (number or string).
 */
import * as z from 'zod/mini';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { once } from '../../core/lazy.js';

// ---------------------------------------------------------------- response field shorthands

/**
 * An id as the API sends it: a number or a string. Platform ids mix both (Deezer ids arrive as
 * numeric strings, Amazon ids are ASINs, iTunes ids are numbers for artists and strings for
 * tracks, §5.1), so they are kept as sent rather than coerced.
 */
export const anyId = () => s.oneOf([z.number(), s.str()]);
/** A numeric field that may be missing, null, or a numeric string. */
export const optNum = () => s.opt(s.num());
/** A text field that may be missing or null. */
export const optStr = () => s.opt(s.str());
/** A date/time field as sent (formats vary, §6.4), possibly missing or null. */
export const optDate = () => s.opt(s.date());
/** A boolean field that may be missing or null. */
export const optBool = () => s.opt(s.bool());
/** An id (number or string) that may be missing or null. */
export const optId = () => s.opt(anyId());
/** A name that is sometimes a number (SoundCloud `owner_name` in search results, TVmaze `gender`). */
export const textOrNumber = () => s.opt(s.oneOf([s.str(), z.number()]));
/** A list of strings whose entries may be null (`artist_covers: [null]`, `code2s: ["US", null]`); the list may be null (§6.15). */
export const strList = () => s.opt(s.arr(s.opt(s.str())));
/** A list of ids whose entries may be null (`album_ids: [null]`). */
export const idList = () => s.opt(s.arr(s.opt(anyId())));
/** A list of numbers (or numeric strings) with possible null entries. */
export const numList = () => s.opt(s.arr(s.opt(s.num())));
/** A free-form JSON object or value. */
export const anyJson = () => s.opt(s.json());
/** A date/time that is either a string (ISO, `YYYY-MM-DD`, …) or epoch seconds/milliseconds (§6.4). */
export const dateOrEpoch = () => s.oneOf([s.str(), z.number()]);
/** An object of numeric values keyed by metric or feature name (`cm_statistics`, `audio_features`, `latest`…). */
export const numMap = () => s.opt(s.rec(s.opt(s.num())));
/** Like {@link numMap}, where some values are free text (`cm_statistics` of albums and curators). */
export const numOrTextMap = () => s.opt(s.rec(s.opt(s.numOrText())));
/** Builds `{ key: optNum() }` for a list of numeric keys. */
export function numFields<const K extends readonly string[]>(keys: K) {
  return Object.fromEntries(keys.map((k) => [k, optNum()])) as { [P in K[number]]: ReturnType<typeof optNum> };
}

/** An `{id, name}` pair (tags, moods, activities, cities, genres…). */
export const idName = once(() => s.obj({ id: optId(), name: optStr() }));

// ---------------------------------------------------------------- rows several families embed

/** The snake_case track row of artist tracks, chart entries, playlists, albums, placements and city top lists. */
export const trackFields = once(() => ({
  id: optId(),
  name: optStr(),
  isrc: optStr(),
  image_url: optStr(),
  cm_track: optNum(),
  /** Chartmetric artist ids: an array on track rows, a single number on artist rows. */
  cm_artist: s.opt(s.oneOf([s.num(), s.arr(s.opt(s.num()))])),
  artist_names: strList(),
  code2s: strList(),
  artist_images: strList(),
  artist_covers: strList(),
  track_genre: optStr(),
  /** Comma-separated genre names. */
  tags: optStr(),
  spotify_popularity: optNum(),
  spotify_duration_ms: optNum(),
  spotify_track_id: optStr(),
  spotify_album_id: optStr(),
  spotify_artist_names: strList(),
  spotify_artist_ids: idList(),
  spotify_track_ids: idList(),
  spotify_album_ids: idList(),
  itunes_track_ids: idList(),
  itunes_album_ids: idList(),
  storefronts: strList(),
  deezer_track_ids: idList(),
  deezer_album_ids: idList(),
  deezer_duration: optNum(),
  amazon_track_ids: idList(),
  amazon_album_ids: idList(),
  album_ids: idList(),
  album_names: strList(),
  album_upc: idList(),
  album_label: strList(),
  release_dates: strList(),
  created_at: optDate(),
  modified_at: optDate(),
  description: optStr(),
}));
export const trackRow = once(() => s.obj(trackFields()));

/** Position fields of a track's chart history (`/artist/{id}/{type}/charts` entries, `/track/{id}/{type}/charts` rows, album charts). */
export const chartHistoryFields = once(() => ({
  rank: optNum(),
  pre_rank: optNum(),
  peak_rank: optNum(),
  peak_date: optDate(),
  added_at: optDate(),
  code2: optStr(),
  genre: optStr(),
  gnp: optNum(),
}));
/** One chart appearance of a track (artist and track chart history). */
export const trackChartRow = once(() => s.obj({
  ...trackFields(),
  ...chartHistoryFields(),
  plays: optNum(),
  peak_plays: optNum(),
  total_plays: optNum(),
  time_on_chart: optNum(),
  velocity: optNum(),
  duration: optStr(),
  chart_type: optStr(),
  chart_name: optStr(),
}));

/** Playlist metadata row (`/playlist/{platform}/{id}`, curator playlists, placements). */
export const playlistFields = once(() => ({
  id: optId(),
  name: optStr(),
  playlist_id: optId(),
  description: optStr(),
  image_url: optStr(),
  sys_last_updated: optDate(),
  last_updated: optDate(),
  personalized: optBool(),
  code2: optStr(),
  owner_name: optStr(),
  owner_id: optId(),
  user_id: optId(),
  editorial: optBool(),
  tags: s.opt(s.arr(idName())),
  followers: optNum(),
  likes: optNum(),
  views: optNum(),
  num_track: optNum(),
  fdiff_week: optNum(),
  fdiff_month: optNum(),
  catalog: optStr(),
  active_ratio: optNum(),
  genre: optStr(),
}));
export const playlistRow = once(() => s.obj(playlistFields()));

/** An album as embedded in placement tracks and screener rows. */
export const albumRef = once(() => s.obj({ id: optId(), name: optStr(), label: optStr(), release_date: optDate(), upc: optId() }));
/** An artist as embedded in placement tracks and search rows. */
export const artistRef = once(() => s.obj({ id: optId(), name: optStr(), code2: optStr(), image_url: optStr() }));

/** One playlist placement (artist, track and album playlists): the playlist with the track's position in it, and the track. */
export const placementRow = once(() => s.obj({
  playlist: s.obj({
    ...playlistFields(),
    track_id: optId(),
    cm_track: optNum(),
    position: optNum(),
    peak_position: optNum(),
    added_at: optDate(),
    removed_at: optDate(),
    period: optNum(),
    /** The track's name. */
    track: optStr(),
    playlist_image_url: optStr(),
    curator_name: optStr(),
  }),
  track: s.opt(
    s.obj({
      ...trackFields(),
      composer_name: optStr(),
      duration_ms: optNum(),
      explicit: optBool(),
      score: optNum(),
      songwriter: strList(),
      album: s.opt(s.arr(albumRef())),
      artists: s.opt(s.arr(artistRef())),
    }),
  ),
}));

/** A point of a fan-metric or stat series (`value` may arrive as a string, §6.5), with the diffs some routes add. */
export const statPoint = once(() => s.obj({
  value: s.opt(s.numOrText()),
  timestp: optDate(),
  diff: optNum(),
  daily_diff: optNum(),
  weekly_diff: optNum(),
  weekly_diff_percent: optNum(),
  monthly_diff: optNum(),
  monthly_diff_percent: optNum(),
  interpolated: optBool(),
  flags: optBool(),
}));
/** A series of {@link statPoint}s, keyed by field in the stat objects (`followers: [...]`). */
export const statSeries = () => s.opt(s.arr(statPoint()));

/** The artist columns of top-artist and artist-chart rows (city top lists, Spotify and airplay artist charts). */
export const artistRowFields = once(() => ({
  isni: optId(),
  code2: optStr(),
  hometown_city: optStr(),
  current_city: optStr(),
  sp_followers: optNum(),
  sp_popularity: optNum(),
  sp_monthly_listeners: optNum(),
  deezer_fans: optNum(),
  cm_artist_rank: optNum(),
  tags: strList(),
  spotify_artist_ids: idList(),
  itunes_artist_ids: idList(),
  deezer_artist_ids: idList(),
  amazon_artist_ids: idList(),
}));

/** One milestone (chart entry, playlist add…) with its star rating: artist and track milestone feeds. */
export const milestone = once(() => s.obj({
  id: optId(),
  date: optDate(),
  summary: optStr(),
  artist_name: optStr(),
  track_name: optStr(),
  platform: optStr(),
  stars: optNum(),
  group_size: optNum(),
}));
/** A milestone feed: `{insights, count}` (count = total). */
export const milestones = once(() => s.obj({ insights: s.arr(milestone()), count: optNum() }));

/** Release summary attached to A&R and city rows. */
export const releaseRow = once(() => s.obj({ cm_album: optNum(), album_name: optStr(), release_date: optDate(), upc: optStr(), label: optStr(), image_url: optStr() }));

// ---------------------------------------------------------------- paging

/** The `total` of a list body that reports one (`{data, total}`, `{obj, offset, total}`). */
export const totalField = (d: { total?: number | null }) => d.total ?? undefined;
/**
 * Paging of the directory lists that keep the root body (`{obj, offset, total}`, `envelope: 'root'`):
 * 10 rows by default; `maxOffset` is the list's offset window (`offset + limit` at most this), for
 * every call or as a function of the path (playlists: some platforms only).
 */
export const directoryPaging = <Row>(maxOffset: number | ((path: Record<string, unknown>) => number | undefined)) => ({
  kind: 'offset' as const,
  items: (d: { obj: readonly Row[] }) => d.obj,
  total: totalField,
  defaultLimit: 10,
  maxOffset,
});

// ---------------------------------------------------------------- parameters

/**
 * Wire names for parameters that Chartmetric spells in camelCase (the provider default is
 * camelCase → snake_case, §6.9 "parameter naming is inconsistent"): `{ sortColumn: 'sortColumn' }`.
 */
export const camelWire = <const K extends string>(...names: K[]) => Object.fromEntries(names.map((n) => [n, n])) as { [N in K]: N };

/** Chartmetric `limit`/`offset` pair; `max` is the documented ceiling, if any. */
export const limitParam = (max?: number) => p.optional(p.int({ min: 1, max }));
export const offsetParam = (max?: number) => p.optional(p.int({ min: 0, max }));
/** `{ limit, offset }` with a page-size ceiling. */
export const pageParams = (maxLimit?: number) => ({ limit: limitParam(maxLimit), offset: offsetParam() });

/** Country code, ISO-3166 alpha-2 in either case (`US`, `us`), as most `code2` params take it. */
export const code2 = () => p.str({ pattern: /^[A-Za-z]{2}$/, expected: `a two-letter country code such as 'US'` });
/** Upper-case country code (`US`) of the directory and station lists. */
export const upperCode2 = () => p.str({ pattern: /^[A-Z]{2}$/, expected: `an upper-case country code such as 'US'` });

/** Platforms of the playlist placement routes that include YouTube (artist and album placements, track snapshots). */
export const PLACEMENT_PLATFORMS = ['spotify', 'applemusic', 'deezer', 'amazon', 'youtube'] as const;
/** Milestone platforms (note `apple_music` with an underscore, §5.9). */
export const MILESTONE_PLATFORMS = [
  'amazon', 'apple_music', 'beatport', 'chartmetric', 'deezer', 'itunes', 'pandora', 'shazam', 'soundcloud', 'spotify', 'tiktok', 'youtube',
] as const;

/**
 * Playlist category flags of the placement endpoints (§5.4). Which flags apply depends on the
 * platform; with no flag at all the API may answer `[]`, and passing one flag turns the
 * unspecified ones off (community observation), so pass every category you want as `true`.
 */
export const placementFlags = once(() => ({
  indie: p.optional(p.bool()),
  editorial: p.optional(p.bool()),
  majorCurator: p.optional(p.bool()),
  newMusicFriday: p.optional(p.bool()),
  editorialBrand: p.optional(p.bool()),
  personalized: p.optional(p.bool()),
  deezerPartner: p.optional(p.bool()),
  chart: p.optional(p.bool()),
  thisIs: p.optional(p.bool()),
  hundredPercent: p.optional(p.bool()),
  radio: p.optional(p.bool()),
  fullyPersonalized: p.optional(p.bool()),
  brand: p.optional(p.bool()),
  musicBrand: p.optional(p.bool()),
  nonMusicBrand: p.optional(p.bool()),
  popularIndie: p.optional(p.bool()),
  audiobook: p.optional(p.bool()),
  personalityArtist: p.optional(p.bool()),
}));
/** The placement flags that stay camelCase on the wire. */
export const placementFlagWire = camelWire(
  'majorCurator', 'newMusicFriday', 'editorialBrand', 'deezerPartner', 'thisIs', 'hundredPercent', 'fullyPersonalized',
  'musicBrand', 'nonMusicBrand', 'popularIndie', 'personalityArtist',
);

/** Track version values for the `version_*[]` filters (§5.7). */
export const TRACK_VERSIONS = [
  'original', 're_release', 'edit', 'remix', 'acoustic', 'alt_ver', 'physical_ver', 'cover', 'live', 'feat_or_collab', 'dub',
  'remaster', 'bonus', 'arrangement', 'commentary', 'lofi', 'component', 'karaoke', 'compilation_rerelease', 'explicit', 'clean', 'other',
] as const;
const versionList = () => p.optional(p.list(p.oneOf(TRACK_VERSIONS), { min: 1 }));
/** Track version filters (§5.7), sent as `version_only[]=…`; check them with {@link versionChecks}. */
export const versionFilters = once(() => ({
  versionOnly: versionList(),
  versionAnd: versionList(),
  versionOr: versionList(),
  versionNot: versionList(),
}));
/** §5.7: `version_only` cannot be combined with the others; `version_and` and `version_or` exclude each other. */
export const versionChecks = [
  (q: Record<string, unknown>) =>
    q.versionOnly !== undefined && (q.versionAnd !== undefined || q.versionOr !== undefined || q.versionNot !== undefined)
      ? '`versionOnly` cannot be combined with `versionAnd`, `versionOr` or `versionNot` (reference/chartmetric.md §5.7)'
      : undefined,
  (q: Record<string, unknown>) =>
    q.versionAnd !== undefined && q.versionOr !== undefined
      ? '`versionAnd` and `versionOr` are mutually exclusive: pass one of them (reference/chartmetric.md §5.7)'
      : undefined,
];

type CamelOf<S extends string> = S extends `${infer A}_${infer B}` ? `${A}${Capitalize<CamelOf<B>>}` : S;
type OptionalNumber = ReturnType<typeof p.optional<ReturnType<typeof p.number>>>;
/** `min<Stat>`/`max<Stat>` screener filters, sent as `min_<stat>`/`max_<stat>` by the default snake_case rule. */
export function rangeFilters<const K extends readonly string[]>(stats: K) {
  const out: Record<string, unknown> = {};
  for (const stat of stats) {
    const name = stat.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    const cap = name[0]!.toUpperCase() + name.slice(1);
    out[`min${cap}`] = p.optional(p.number());
    out[`max${cap}`] = p.optional(p.number());
  }
  return out as { [P in K[number] as `min${Capitalize<CamelOf<P>>}` | `max${Capitalize<CamelOf<P>>}`]: OptionalNumber };
}

// ---------------------------------------------------------------- cross-field checks

const DAY_MS = 86_400_000;
/** Day number of a `YYYY-MM-DD` string or a Date (checks may see either form). */
export function dayNumber(v: unknown): number | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : Math.floor(v.getTime() / DAY_MS);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return Math.floor(Date.parse(`${v}T00:00:00Z`) / DAY_MS);
  return undefined;
}
/** Today's UTC day number. */
export const today = () => Math.floor(Date.now() / DAY_MS);

/** `since` must not be after `until`. */
export const sinceBeforeUntil = (params: Record<string, unknown>): string | undefined => {
  const a = dayNumber(params.since);
  const z = dayNumber(params.until);
  return a !== undefined && z !== undefined && a > z ? '`since` must be on or before `until` (dates as YYYY-MM-DD)' : undefined;
};

/**
 * The offset window of the directory lists and screeners (§3, §5.6), checked before sending:
 * `offset + limit ≤ max`, or `< max` where the reference writes it strictly (`strict`), on every
 * platform or on the `platforms` given only (the `{platform}` path parameter).
 */
export const offsetWindow =
  (max: number, defaultLimit: number, o: { strict?: boolean; platforms?: readonly string[] } = {}) =>
  (params: Record<string, unknown>): string | undefined => {
    if (o.platforms && !o.platforms.includes(String(params.platform))) return undefined;
    const offset = typeof params.offset === 'number' ? params.offset : 0;
    const limit = typeof params.limit === 'number' ? params.limit : defaultLimit;
    const reachable = o.strict ? max - 1 : max;
    return offset + limit > reachable
      ? `offset + limit must be ${o.strict ? '<' : '≤'} ${max} (got offset ${offset} + limit ${limit}): only the first ${reachable} results of this list are reachable`
      : undefined;
  };
