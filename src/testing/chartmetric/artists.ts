/**
 * The Chartmetric sandbox's `artists` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/artists.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`.
 */
import { daysBetween, isoDay, pick, randInt } from '../data.js';
import type { RouteContext, RouteHandlers, SandboxReply } from '../types.js';
import {
  albumCount, albumRow, artistCode2, artistName, artistProfile, artistRank, artistScale, BRANDS, careerStage, CITIES, cmStatistics, COUNTRIES,
  countryName, genreOf, hashInt, image, INTERESTS, MAX_VENUE_ID, metricBase, metricOn, neighbourId, pacific, rngFor, SEEDED_ARTISTS, spaced,
  spotifyIdFor, STAT_SOURCE_FIELDS, statPoints, TAXONOMY, trackCount, trackRow, trackTitle, venueInfo,
} from './artist-data.js';
import {
  addDays, artistOf, badRequest, dayDiff, isDay, isReply, isUnknownId, need, ok, page, pageWindow, qBool, qDay, qInt, qList, virtualPage,
} from './shared.js';

/** The `since … until` window of a request (until defaults to today, since to `defaultDays` before until). */
function window(ctx: RouteContext, defaultDays: number): { since: string; until: string } | SandboxReply {
  const today = isoDay(ctx.now);
  const since = qDay(ctx, 'since');
  const until = qDay(ctx, 'until');
  if (isReply(since)) return since;
  if (isReply(until)) return until;
  const u = until ?? today;
  const s = since ?? addDays(u, -defaultDays);
  if (s > u) return badRequest('since must be before until');
  return { since: s, until: u };
}

const days = (w: { since: string; until: string }, max = 400) => daysBetween(w.since, w.until, max);
const WORDS_NEWS = ['Morning', 'Late Night', 'Weekend', 'Summer', 'Chart', 'Fresh'];

// ---------------------------------------------------------------------------- artist sub-resources

function venueRows(id: number) {
  const count = 3 + (id % 23);
  return Array.from({ length: count }, (_, i) => {
    const rng = rngFor('artist-venue', id, i);
    const venueId = 1 + (hashInt(`venue:${id}:${i}`) % MAX_VENUE_ID);
    const v = venueInfo(venueId);
    const city = CITIES.find((c) => c.id === v.city_id)!;
    return {
      venue_id: venueId,
      venue_name: v.name,
      venue_url: `https://venues.sandbox.chartstack.invalid/${venueId}`,
      venue_capacity: v.capacity,
      city: { id: city.id, name: city.name },
      code2: city.code2,
      events: Array.from({ length: randInt(rng, 1, 3) }, (_, j) => {
        const day = addDays('2025-06-01', -(i * 40 + j * 7));
        return {
          id: 100 + i * 10 + j,
          event_name: `${artistName(id)} at ${v.name}`,
          jambase_event_url: `https://events.sandbox.chartstack.invalid/${id}/${i}/${j}`,
          songkick_event_url: rng() < 0.5 ? `https://songkick.sandbox.chartstack.invalid/${id}${i}${j}` : null,
          seatgeek_event_url: null,
          type: j === 0 && i % 5 === 0 ? 'Festival' : 'Concert',
          start_date: spaced(day, '19:00:00'),
          end_date: spaced(day),
          is_headliner: rng() < 0.7,
        };
      }),
    };
  });
}

function placementRow(id: number, platform: string, status: string, i: number, until: string) {
  const rng = rngFor('placement', id, platform, status, i);
  const track = trackRow(id, i % trackCount(id));
  const editorial = i % 4 === 0;
  const playlistId = 1_000_000 + (hashInt(`pl:${id}:${platform}:${i}`) % 30_000_000);
  const added = addDays(until, -(i * 3 + 1));
  return {
    playlist: {
      id: playlistId,
      playlist_id: platform === 'spotify' ? spotifyIdFor('playlist', playlistId) : String(playlistId),
      name: `${pick(rng, ['Fresh', 'Chill', 'Top', 'New', 'Late Night'])} ${genreOf(id)[1]} ${editorial ? 'Picks' : 'Mix'}`,
      track_id: track.id,
      cm_track: track.cm_track,
      track: track.name,
      position: randInt(rng, 1, 300),
      peak_position: randInt(rng, 1, 50),
      added_at: added,
      ...(status === 'past' ? { removed_at: addDays(added, randInt(rng, 5, 60)) } : {}),
      period: randInt(rng, 1, 60),
      followers: platform === 'youtube' ? null : randInt(rng, 1, 2_000_000),
      fdiff_week: randInt(rng, -50, 500),
      fdiff_month: randInt(rng, -100, 5000),
      code2: rng() < 0.5 ? null : artistCode2(id),
      curator_name: editorial ? 'Editorial' : word2(rng),
      owner_name: editorial ? 'Editorial' : word2(rng),
      owner_id: randInt(rng, 2, 30_000_000),
      user_id: editorial ? platform : `user${randInt(rng, 1000, 99999)}`,
      description: null,
      image_url: image('playlist', playlistId),
      playlist_image_url: image('playlist', playlistId),
      last_updated: `${addDays(added, 10)}T20:26:31.000Z`,
      sys_last_updated: `${addDays(added, 11)}T00:00:00.000Z`,
      editorial,
      personalized: false,
      tags: [{ id: 462_884, name: 'Rock' }],
      num_track: randInt(rng, 20, 600),
      catalog: pick(rng, ['frontline', 'mixed', 'catalog']),
      active_ratio: Math.round(rng() * 100_000) / 100_000,
    },
    track: {
      ...track,
      spotify_track_id: track.spotify_track_ids[0],
      composer_name: null,
      album: [{ id: track.album_ids[0], label: track.album_label[0], name: track.album_names[0], release_date: track.release_dates[0]!.slice(0, 10), upc: track.album_upc[0] }],
      duration_ms: track.spotify_duration_ms,
      explicit: false,
      score: randInt(rng, 1, 90),
      artists: track.cm_artist.map((a) => ({ id: a, name: artistName(a), code2: artistCode2(a) })),
    },
  };
}
const word2 = (rng: () => number) => `${pick(rng, ['dj', 'the', 'mr', 'ms'])}_${randInt(rng, 100, 9999)}`;

function eventRows(id: number, status: string, from: number, to: number, now: Date) {
  const today = isoDay(now);
  const out: unknown[] = [];
  for (let ago = from; ago >= to; ago--) {
    if (hashInt(`event:${id}:${addDays(today, -ago)}`) % 9 !== 0) continue;
    const day = addDays(today, -ago);
    const rng = rngFor('event', id, day);
    const venueId = 1 + (hashInt(`ev-venue:${id}:${day}`) % MAX_VENUE_ID);
    const v = venueInfo(venueId);
    const city = CITIES.find((c) => c.id === v.city_id)!;
    const common = {
      id: hashInt(`event-id:${id}:${day}`) % 10_000_000,
      event_name: `${artistName(id)} at ${v.name}`,
      type: rng() < 0.15 ? 'Festival' : 'Concert',
      start_date: spaced(day, '19:00:00'),
      end_date: spaced(day),
      venue_name: v.name,
      venue_url: `https://venues.sandbox.chartstack.invalid/${venueId}`,
      venue_capacity: v.capacity,
      code2: city.code2,
    };
    out.push(
      status === 'past'
        ? {
            ...common,
            jambase_event_url: `https://events.sandbox.chartstack.invalid/${common.id}`,
            songkick_event_url: `https://songkick.sandbox.chartstack.invalid/${common.id}`,
            seatgeek_event_url: rng() < 0.5 ? null : `https://seatgeek.sandbox.chartstack.invalid/${common.id}`,
            ticketmaster_event_url: null,
            venue_id: venueId,
            city: { id: city.id, name: city.name },
            low_price: randInt(rng, 2000, 6000),
            high_price: randInt(rng, 20_000, 120_000),
            price: randInt(rng, 6000, 20_000),
            price_trend: [0, 1].map((k) => ({ date: addDays(day, -30 + k * 14), price: randInt(rng, 4000, 9000) })),
            currency: 'USD',
            is_headliner: true,
          }
        : // Upcoming events name the city as a plain string (both shapes occur, §3 Artist events).
          { ...common, event_url: `https://events.sandbox.chartstack.invalid/${common.id}`, city: city.name },
    );
  }
  return out;
}

const CHART_TYPES = new Set([
  'spotify_viral_daily', 'spotify_viral_weekly', 'spotify_top_daily', 'spotify_top_weekly', 'applemusic_top', 'applemusic_daily', 'applemusic_albums',
  'itunes_top', 'itunes_albums', 'shazam', 'beatport', 'youtube', 'youtube_tracks', 'youtube_videos', 'youtube_trends', 'amazon',
]);

function socialAudienceRows(id: number, domain: string, audienceType: string, statsType: string, dayList: string[]) {
  const out: Record<string, unknown>[] = [];
  for (const day of dayList) {
    const rng = rngFor('audience', id, domain, audienceType, statsType, day);
    const base = { timestp: day };
    switch (statsType) {
      case 'stat':
        out.push({ ...base, followers: metricBase(id, `${domain}:followers`), avg_likes_per_post: randInt(rng, 1000, 900_000), avg_comments_per_post: randInt(rng, 10, 9000), avg_views_per_post: rng() < 0.3 ? null : randInt(rng, 1000, 9_000_000), engagement_rate: Math.round(rng() * 400) / 100 });
        break;
      case 'country':
        COUNTRIES.slice(0, 5).forEach(([code2], rank) => out.push({ ...base, code2, rank: rank + 1, weights: Math.round((0.3 - rank * 0.05) * 1e6) / 1e6 }));
        break;
      case 'city':
        CITIES.slice(0, 5).forEach((c, rank) => out.push({ ...base, city_id: c.id, city_name: c.name, code2: c.code2, rank: rank + 1, weights: Math.round((0.05 - rank * 0.005) * 1e6) / 1e6 }));
        break;
      case 'language':
        ['English', 'Spanish', 'Korean', 'Portuguese'].forEach((language_name, rank) => out.push({ ...base, language_name, rank: rank + 1, weights: Math.round((0.5 - rank * 0.1) * 1e6) / 1e6 }));
        break;
      case 'interest':
        INTERESTS.slice(0, 4).forEach(([interest_id, interest_name], rank) => out.push({ ...base, interest_id, interest_name, scale: Math.round((1.3 - rank * 0.1) * 1e6) / 1e6, interest_followers: randInt(rng, 1e6, 9e7), weight: Math.round((0.37 - rank * 0.05) * 1e6) / 1e6, rank: 40_000 + rank }));
        break;
      case 'brand':
        BRANDS.slice(0, 4).forEach((brand, rank) => out.push({ ...base, brand_id: brand.id, brand_name: brand.name, scale: Math.round((1.7 - rank * 0.1) * 1e6) / 1e6, brand_followers: randInt(rng, 1e5, 9e6), weight: Math.round((0.02 - rank * 0.002) * 1e6) / 1e6, rank: 5000 + rank }));
        break;
      default: {
        const female = Math.round((0.4 + rng() * 0.2) * 1e6) / 1e6;
        out.push({ ...base, female, male: Math.round((1 - female) * 1e6) / 1e6, ages_13_17: 0.1, ages_18_24: 0.46, ages_25_34: 0.34, ages_35_44: 0.075, ages_45_64: 0.025, ages_65_: 0 });
      }
    }
  }
  return out;
}

function audienceCountries(id: number, key: 'followers' | 'subscribers' | 'likes' | 'comments') {
  const rng = rngFor('aud-countries', id, key);
  return COUNTRIES.slice(0, 5).map(([code, name], i) => ({ name, code, percent: (24 - i * 4 + rng()).toFixed(2), [key]: metricBase(id, `aud:${key}:${code}`) }));
}
const gendersPerAge = (rng: () => number) => ['13-17', '18-24', '25-34', '35-44', '45-64', '65-'].map((code) => ({ code, male: (rng() * 20).toFixed(2), female: (rng() * 20).toFixed(2) }));
const genders = (rng: () => number) => {
  const m = 30 + rng() * 40;
  return [{ code: 'male', weight: m.toFixed(2) }, { code: 'female', weight: (100 - m).toFixed(2) }];
};
const notable = (id: number, i: number, platform: string) => {
  const other = neighbourId(id, 50 + i);
  return {
    user_id: String(10_000_000 + other),
    username: artistName(other).toLowerCase().replace(/[^a-z0-9]/g, ''),
    picture: image('social', other),
    fullname: artistName(other),
    url: `https://${platform}.sandbox.chartstack.invalid/${other}`,
    geo: { country: { id: 148_838, name: countryName(artistCode2(other)), code: artistCode2(other) } },
    is_verified: i % 2 === 0,
    engagements: metricBase(other, 'engagements'),
    followers: metricBase(other, 'followers'),
  };
};

/** Instagram audience reports exist every 14 days going back from the latest Monday before `now`. */
function reportDates(now: Date): string[] {
  const today = isoDay(now);
  const dow = new Date(`${today}T00:00:00Z`).getUTCDay();
  const latest = addDays(today, -((dow + 6) % 7) - 7);
  return Array.from({ length: 12 }, (_, i) => addDays(latest, -14 * i));
}

function listenRows(id: number, names: Array<{ id: number; name: string; code2: string; lat: number; lng: number; population: number }>, region: 'CITY' | 'COUNTRY', dayList: string[]) {
  const out: Record<string, unknown[]> = {};
  for (const place of names) {
    out[place.name] = dayList.map((day) => {
      const listeners = Math.round(metricBase(id, `wpl:${place.name}`) / (region === 'CITY' ? 20 : 2));
      return {
        timestp: `${day}T07:00:00.000Z`,
        code2: place.code2,
        spotify_artist_id: spotifyIdFor('artist', id),
        lat: place.lat,
        lng: place.lng,
        region,
        city_id: region === 'CITY' ? place.id : null,
        spotify_artist_insights_location: null,
        current_max_count: listeners * 3,
        market_max_cm_artist_id: region === 'CITY' ? neighbourId(id, place.id) : null,
        market_max_artist_name: region === 'CITY' ? artistName(neighbourId(id, place.id)) : null,
        listeners: metricOn(`wpl:${id}:${place.name}`, listeners, day),
        prev_listeners: metricOn(`wpl:${id}:${place.name}`, listeners, addDays(day, -1)),
        artist_city_rank: null,
        max_listeners: listeners * 40,
        population: place.population,
        city_affinity: null,
        is_estimate: day >= '2024-08-12',
      };
    });
  }
  return out;
}

const COUNTRY_PLACES = COUNTRIES.map(([code2, name], i) => ({ id: i + 1, name, code2, lat: 0, lng: 0, population: 10_000_000 * (i + 1) }));

function listedArtist(metric: string, min: number, max: number, i: number) {
  const id = 40_000 + (hashInt(`list:${metric}:${min}:${max}:${i}`) % 9_000_000);
  const rng = rngFor('listed', id);
  const span = Math.max(0, max - min);
  return {
    chartmetric_artist_id: id,
    name: artistName(id),
    code2: artistCode2(id),
    genres: `${genreOf(id)[1]}, ${pick(rng, ['smooth jazz', 'indie pop', 'trap', 'house'])}`,
    cpp_rank: artistRank(id),
    rank_eg: artistRank(id) + 91,
    rank_fb: artistRank(id) + 17,
    spotify_popularity: randInt(rng, 5, 80),
    spotify_followers: metric === 'sp_followers' ? max - Math.round((span * i) / 400) : metricBase(id, 'sp_followers'),
    spotify_monthly_listeners: metricBase(id, 'sp_monthly_listeners'),
    spotify_listeners_to_followers_ratio: Math.round(rng() * 8_000_000) / 1_000_000,
    spotify_followers_to_listeners_ratio: Math.round(rng() * 1_000_000) / 1_000_000,
    deezer_fans: String(randInt(rng, 0, 90_000)),
    facebook_likes: null,
    facebook_talks: null,
    twitter_followers: rng() < 0.5 ? null : metricBase(id, 'twitter'),
    twitter_retweets: null,
    instagram_followers: metric === 'ins_followers' ? max - Math.round((span * i) / 400) : rng() < 0.3 ? null : metricBase(id, 'ins'),
    youtube_channel_views: null,
    youtube_subscribers: metric === 'ycs_subscribers' ? max - Math.round((span * i) / 400) : null,
    youtube_daily_video_views: null,
    youtube_monthly_video_views: null,
    wikipedia_views: null,
    soundcloud_followers: null,
    bandsintown_followers: rng() < 0.5 ? null : randInt(rng, 10, 9000),
    tiktok_followers: null,
    tiktok_likes: null,
    sp_where_people_listen: [{ code2: 'id', listeners: randInt(rng, 10, 5000), name: 'Jakarta' }],
    signed: rng() < 0.4,
  };
}

function filteredArtist(i: number, q: URLSearchParams) {
  const seeds = Object.keys(SEEDED_ARTISTS).map(Number);
  const id = i < seeds.length ? seeds[i]! : 50_000 + (hashInt(`filter:${q.get('code2') ?? ''}:${i}`) % 9_000_000);
  const rng = rngFor('filtered', id);
  return {
    /** A numeric string, as the screener sends it (§6.5). */
    cm_artist: String(id),
    name: artistName(id),
    pronoun: SEEDED_ARTISTS[id]?.pronoun ?? pick(rng, ['he/him', 'she/her', 'they/them']),
    band: SEEDED_ARTISTS[id]?.band ?? false,
    image_url: image('artist', id),
    code2: q.get('code2') ?? artistCode2(id),
    cm_tag: [462_882, 462_870],
    career_status: { stage: careerStage(id), stage_score: randInt(rng, 10, 99), trend: 'steady', trend_score: randInt(rng, 1, 99) },
    cm_artist_rank: artistRank(id),
    rank_eg: artistRank(id) + 1,
    rank_fb: artistRank(id) + 5,
    sp_followers: metricBase(id, 'sp_followers'),
    sp_monthly_listeners: metricBase(id, 'sp_monthly_listeners'),
    sp_popularity: randInt(rng, 30, 100),
    ins_followers: metricBase(id, 'ins_followers'),
    tiktok_followers: rng() < 0.3 ? null : metricBase(id, 'tiktok_followers'),
    spotify_playlist_count: metricBase(id, 'sp_pl_count'),
    spotify_playlist_total_reach: metricBase(id, 'sp_reach') * 10,
    boomplay_plays: null,
    twitch_views: null,
    ts_retweets: null,
  };
}

function artistIdsRow(id: number) {
  return {
    chartmetric_id: id,
    artist_name: artistName(id),
    spotify_artist_ids: [spotifyIdFor('artist', id)],
    itunes_artist_ids: [400_000_000 + (id % 90_000_000)],
    deezer_artist_ids: [String(5_000_000 + (id % 4_000_000))],
    amazon_artist_ids: id % 3 === 0 ? null : [`B0${String(id).padStart(8, '0')}`],
    youtube_channel_ids: [`UC${spotifyIdFor('yt', id)}`],
    instagram_id: id % 4 === 0 ? null : 2_000_000_000 + id,
  };
}

/** Resolves a platform id to a Chartmetric artist id (seeded ids round-trip; well-formed others map by hash). */
function resolveArtistId(type: string, raw: string): number | undefined {
  if (type === 'chartmetric') return !isUnknownId(raw) ? Number(raw) : undefined;
  for (const seed of Object.keys(SEEDED_ARTISTS).map(Number)) {
    const row = artistIdsRow(seed);
    const known = { spotify: row.spotify_artist_ids, itunes: row.itunes_artist_ids.map(String), deezer: row.deezer_artist_ids, amazon: row.amazon_artist_ids ?? [], youtube: row.youtube_channel_ids }[type];
    if (known?.includes(raw)) return seed;
  }
  const shapes: Record<string, RegExp> = { spotify: /^[0-9A-Za-z]{22}$/, itunes: /^\d+$/, deezer: /^\d+$/, amazon: /^B0[0-9A-Z]{8}$/, youtube: /^UC[\w-]{22}$/ };
  return shapes[type]?.test(raw) ? 1 + (hashInt(`${type}:${raw}`) % 9_000_000) : undefined;
}

export const artistsHandlers: RouteHandlers = {
  // ------------------------------------------------------------ artists
  'artists.venues': (ctx) => {
    const id = artistOf(ctx, 'artistId');
    if (isReply(id)) return id;
    return ok(page(ctx, venueRows(id), 20));
  },

  'artists.get': (ctx) => {
    const id = artistOf(ctx);
    return isReply(id) ? id : ok(artistProfile(id));
  },

  'artists.playlists': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const { platform = '', status = '' } = ctx.params;
    if (!['spotify', 'applemusic', 'deezer', 'amazon', 'youtube'].includes(platform)) return badRequest('Invalid platform');
    if (!['current', 'past'].includes(status)) return badRequest('Invalid status');
    const w = window(ctx, 180);
    if (isReply(w)) return w;
    // With every category flag explicitly false there is nothing to return (§5.4).
    const flags = ['indie', 'editorial', 'majorCurator', 'newMusicFriday', 'personalized', 'chart', 'thisIs', 'radio', 'brand', 'popularIndie'];
    if (flags.every((f) => ctx.query.get(f) === 'false')) return ok([]);
    const total = 30 + (id % 50);
    return ok(virtualPage(ctx, total, 10, (i) => placementRow(id, platform, status, i, w.until)));
  },

  'artists.events': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const status = ctx.params.status ?? '';
    if (!['current', 'past'].includes(status)) return badRequest('Invalid status');
    const miss = need(ctx, 'fromDaysAgo', 'toDaysAgo');
    if (miss) return miss;
    const from = qInt(ctx, 'fromDaysAgo');
    const to = qInt(ctx, 'toDaysAgo');
    if (from === undefined || to === undefined) return badRequest('fromDaysAgo and toDaysAgo must be integers');
    return ok(page(ctx, eventRows(id, status, from, to, ctx.now), 10));
  },

  'artists.charts': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    if (!CHART_TYPES.has(ctx.params.type ?? '')) return badRequest('Streaming type does not exist');
    const miss = need(ctx, 'since');
    if (miss) return miss;
    const w = window(ctx, 30);
    if (isReply(w)) return w;
    if (dayDiff(w.since, w.until) > 365) return badRequest('until must be within 365 days of since');
    const type = ctx.params.type!;
    const entries: unknown[] = [];
    const unique = new Map<number, { cm_track: string; cm_album: null; name: string; image_url: string; chart_events: number; total_plays: number }>();
    for (const day of days(w)) {
      for (let k = 0; k < 3; k++) {
        if (hashInt(`chart:${id}:${type}:${day}:${k}`) % 3 !== 0) continue;
        const t = trackRow(id, k);
        const rng = rngFor('chart-entry', id, type, day, k);
        const rank = randInt(rng, 1, 200);
        const plays = randInt(rng, 20_000, 900_000);
        entries.push({ ...t, spotify_id: t.id, rank, added_at: pacific(day), code2: pick(rng, COUNTRIES)[0], plays, duration: type.endsWith('weekly') ? 'weekly' : 'daily', chart_type: type.includes('viral') ? 'viral' : 'regional', chart_name: type.endsWith('weekly') ? 'WEEKLY' : 'DAILY', gnp: `${plays * 9}.00`, pre_rank: rng() < 0.2 ? null : rank + randInt(rng, -10, 10), peak_rank: Math.max(1, rank - randInt(rng, 0, 40)), peak_date: pacific(addDays(day, -randInt(rng, 0, 90))), peak_plays: plays + 1000, total_plays: String(plays * 40), spotify_album_id: t.spotify_album_ids[0] });
        const u = unique.get(t.id) ?? { cm_track: String(t.id), cm_album: null, name: t.name, image_url: t.image_url, chart_events: 0, total_plays: 0 };
        u.chart_events += 1;
        u.total_plays += plays;
        unique.set(t.id, u);
      }
    }
    return ok({ data: { entries, uniqueTracks: [...unique.values()] } });
  },

  'artists.albums': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    let rows = Array.from({ length: albumCount(id) }, (_, i) => albumRow(id, i));
    if (qBool(ctx, 'isPrimary')) rows = rows.filter((r) => r.primary);
    const byPopularity = ctx.query.get('sortColumn') === 'spotify_popularity';
    rows.sort((a, b) => (byPopularity ? b.spotify_popularity - a.spotify_popularity : b.release_date.localeCompare(a.release_date)));
    if (ctx.query.get('sortOrderDesc') === 'false') rows.reverse();
    return ok(page(ctx, rows, 100).map(({ primary: _primary, ...row }) => row));
  },

  'artists.artistRank': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const metric = ctx.query.get('metric') ?? 'cm_artist_rank';
    const scope = ctx.query.get('code2') ? 7 : ctx.query.get('genre') ? 3 : 1;
    return ok({ artist_rank: Math.max(1, Math.round(artistRank(id) / scope) + (hashInt(metric) % 50)) });
  },

  'artists.career': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const today = isoDay(ctx.now);
    const since = qDay(ctx, 'since');
    const until = qDay(ctx, 'until');
    if (isReply(since)) return since;
    if (isReply(until)) return until;
    const legacy = qBool(ctx, 'legacy');
    const weeks = Array.from({ length: 104 }, (_, i) => addDays(until ?? today, -7 * i)).filter((d) => !since || d >= since);
    const rows = weeks.map((day) => {
      const rng = rngFor('career', id, day);
      const base = { timestp: day, stage: careerStage(id), stage_score: randInt(rng, 40, 99) };
      return legacy ? { ...base, trend: pick(rng, ['even', 'growth', 'decline']), trend_score: randInt(rng, 1, 99) } : { ...base, momentum: pick(rng, ['steady', 'growth', 'decline', 'gradual decline']), momentum_score: randInt(rng, 1, 100) };
    });
    return ok(page(ctx, rows, 10));
  },

  'artists.cmStats': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const stats = cmStatistics(id);
    const latest: Record<string, number | null> = {};
    for (const [k, v] of Object.entries(stats)) if (typeof v === 'number' || v === null) latest[k] = v;
    latest.cm_artist_rank_percentile = 1;
    const diff = (scale: number, percent: boolean) =>
      Object.fromEntries(Object.entries(latest).map(([k, v]) => [k, v === null ? null : percent ? Math.round((hashInt(`${id}:${k}:${scale}`) % 500) / 100 * scale) / 100 : Math.round(v * 0.003 * scale)]));
    return ok({
      timestamp: `${isoDay(ctx.now)}T09:39:26Z`,
      latest,
      weekly_diff: diff(1, false),
      weekly_diff_percent: diff(1, true),
      monthly_diff: diff(4, false),
      monthly_diff_percent: diff(4, true),
      bimonthly_diff: diff(8, false),
      bimonthly_diff_percent: diff(8, true),
    });
  },

  'artists.cpp': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const miss = need(ctx, 'stat');
    if (miss) return miss;
    const stat = ctx.query.get('stat')!;
    if (stat !== 'rank' && stat !== 'score') return badRequest('stat must be rank or score');
    const w = window(ctx, 30);
    if (isReply(w)) return w;
    const list = qBool(ctx, 'latest') ? [w.until] : days(w);
    return ok(list.map((day) => (stat === 'rank' ? { rank: Math.max(1, artistRank(id) + (hashInt(`${id}:${day}`) % 5) - 2), timestp: `${day}T00:00:00.000Z` } : { score: Math.round((0.5 + artistScale(id) / 2 - (hashInt(`${id}:${day}`) % 100) / 10_000) * 1e6) / 1e6, timestp: `${day}T00:00:00.000Z` })));
  },

  'artists.instagramAudienceStats': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const date = qDay(ctx, 'date');
    if (isReply(date)) return date;
    const dates = reportDates(ctx.now);
    // A date without a report answers an empty object (§6.18).
    if (date && !dates.includes(date)) return ok({});
    const day = date ?? dates[0]!;
    const rng = rngFor('ig-audience', id, day);
    const geoOnly = qBool(ctx, 'geoOnly');
    const geo = {
      top_countries: audienceCountries(id, 'followers'),
      top_cities: CITIES.slice(0, 4).map((c, i) => ({ name: c.name, percent: (1.6 - i * 0.2).toFixed(2), followers: metricBase(id, `igc:${c.id}`), state: null, country: countryName(c.code2) })),
      likers_top_countries: audienceCountries(id, 'likes'),
      likers_top_cities: CITIES.slice(4, 7).map((c, i) => ({ name: c.name, percent: (1.5 - i * 0.2).toFixed(2), likes: metricBase(id, `igl:${c.id}`), country: countryName(c.code2) })),
    };
    if (geoOnly) return ok({ ...geo, timestp: day });
    return ok({
      ...geo,
      audience_genders_per_age: gendersPerAge(rng),
      audience_ethnicities: [{ code: 'white', name: 'White / Caucasian', weight: '55.00' }, { code: 'asian', name: 'Asian', weight: '25.10' }],
      audience_genders: genders(rng),
      audience_brand_affinities: BRANDS.slice(0, 3).map((b) => ({ name: b.name, weight: (rng() * 10).toFixed(2), affinity: Math.round(rng() * 2e6) / 1e6 })),
      audience_interests: INTERESTS.slice(0, 3).map(([, name]) => ({ name, weight: (rng() * 40).toFixed(2), affinity: Math.round(rng() * 2e6) / 1e6 })),
      audience_likers_genders_per_age: gendersPerAge(rng),
      audience_likers_ethnicities: [{ code: 'asian', name: 'Asian', weight: '42.83' }],
      audience_likers_genders: genders(rng),
      audience_likers_brand_affinities: BRANDS.slice(3, 5).map((b) => ({ name: b.name, weight: (rng() * 10).toFixed(2), affinity: Math.round(rng() * 2e6) / 1e6 })),
      audience_likers_interests: INTERESTS.slice(0, 2).map(([, name]) => ({ name, weight: (rng() * 40).toFixed(2), affinity: Math.round(rng() * 2e6) / 1e6 })),
      followers: metricBase(id, 'ins_followers'),
      avg_likes_per_post: randInt(rng, 1000, 900_000),
      // Misspelled upstream (§6.20).
      avg_commments_per_post: randInt(rng, 10, 9000),
      engagement_rate: Math.round(rng() * 400) / 100,
      notable_followers: [0, 1, 2].map((i) => notable(id, i, 'instagram')),
      timestp: day,
    });
  },

  'artists.instagramAudienceStatsDates': (ctx) => {
    const id = artistOf(ctx);
    return isReply(id) ? id : ok(reportDates(ctx.now).slice().reverse());
  },

  'artists.marketCoverageViewsYoutube': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    // The legacy table spells it `Date`; accept both, as the API does.
    const raw = ctx.query.get('date') ?? ctx.query.get('Date');
    if (raw === null) return badRequest('Missing required parameter: date');
    if (!isDay(raw)) return badRequest('Invalid date: expected YYYY-MM-DD');
    const point = (p: { id: number; name: string; code2: string; lat: number; lng: number; population: number }, rank: number, region: 'CITY' | 'COUNTRY') => ({
      value: metricOn(`ytm:${id}:${p.name}`, Math.round(metricBase(id, `yt:${p.name}`) / (region === 'CITY' ? 10 : 1)), raw),
      timestp: `${raw}T00:00:00.000Z`,
      rank,
      params_id: `0x${hashInt(`${p.name}:a`).toString(16)}:0x${hashInt(`${p.name}:b`).toString(16)}`,
      name: region === 'CITY' ? `${p.name}, ${p.code2}` : p.name,
      lat: region === 'CITY' ? p.lat : null,
      lng: region === 'CITY' ? p.lng : null,
      code2: region === 'CITY' ? p.code2 : null,
      city_id: region === 'CITY' ? p.id : null,
      current_max_count: String(metricBase(id, `ytmax:${p.name}`) * 2),
      region,
      market_max_cm_artist_id: String(neighbourId(id, rank)),
      market_max_artist_name: artistName(neighbourId(id, rank)),
    });
    const market = (p: { id: number; name: string; code2: string; lat: number; lng: number; population: number }, rank: number, region: 'CITY' | 'COUNTRY') => {
      const { timestp: _t, rank: _r, params_id: _p, ...rest } = point(p, rank, region);
      return { ...rest, value: String(rest.value), weight: Math.round(rngFor('weight', id, p.name)() * 200 * 1e6) / 1e6, youtubeforartist_location: `0x${hashInt(p.name).toString(16)}`, youtube_artist_id: `/m/0${hashInt(`${id}`).toString(36)}` };
    };
    return ok({
      insights: { cities: CITIES.slice(0, 5).map((c, i) => point(c, i + 1, 'CITY')), countries: COUNTRY_PLACES.slice(0, 5).map((c, i) => point(c, i + 1, 'COUNTRY')) },
      marketInsights: { marketCities: CITIES.slice(5, 8).map((c, i) => market(c, i + 1, 'CITY')), marketCountries: COUNTRY_PLACES.slice(5, 8).map((c, i) => market(c, i + 1, 'COUNTRY')) },
    });
  },

  'artists.milestones': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const stars = qList(ctx, 'stars').map(Number);
    const platforms = qList(ctx, 'platforms');
    const LABEL: Record<string, string> = { spotify: 'Spotify', apple_music: 'Apple Music', youtube: 'YouTube', tiktok: 'TikTok', shazam: 'Shazam', deezer: 'Deezer', amazon: 'Amazon', chartmetric: 'Chartmetric' };
    const keys = Object.keys(LABEL);
    const daysAgo = qInt(ctx, 'daysAgo');
    const today = isoDay(ctx.now);
    let rows = Array.from({ length: 60 + (id % 80) }, (_, i) => {
      const rng = rngFor('milestone', id, i);
      const platform = keys[i % keys.length]!;
      const track = trackTitle(rng);
      const day = addDays(today, -(i * 2 + 1));
      return { platformKey: platform, row: { id: 1_750_000_000 + (hashInt(`ms:${id}:${i}`) % 9_000_000), date: day, summary: `${track} added to ${LABEL[platform]} Top 50 - ${countryName(pick(rng, COUNTRIES)[0])} at #${randInt(rng, 1, 50)}`, artist_name: artistName(id), track_name: track, platform: LABEL[platform]!, stars: 1 + (hashInt(`stars:${id}:${i}`) % 5) } };
    });
    if (stars.length) rows = rows.filter((r) => stars.includes(r.row.stars));
    if (platforms.length) rows = rows.filter((r) => platforms.includes(r.platformKey));
    if (daysAgo !== undefined) rows = rows.filter((r) => dayDiff(r.row.date, today) <= daysAgo);
    if (ctx.query.get('sortColumn') === 'stars') rows.sort((a, b) => b.row.stars - a.row.stars);
    if (ctx.query.get('sortOrderDesc') === 'false') rows.reverse();
    const grouped = qBool(ctx, 'grouped');
    return ok({ insights: page(ctx, rows.map((r) => (grouped ? { ...r.row, group_size: 1 } : r.row)), 100), count: rows.length });
  },

  'artists.neighboringArtists': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const limit = qInt(ctx, 'limit') ?? 10;
    if (limit > 100) return badRequest('limit must be at most 100');
    const metric = ctx.query.get('metric') ?? 'cm_artist_rank';
    const ids = [id, ...Array.from({ length: Math.max(0, limit - 1) }, (_, i) => neighbourId(id, i))];
    return ok({
      cluster_artists: ids.map((a, i) => {
        const rng = rngFor('neighbour-row', a);
        return {
          rank: String(i + 1),
          position: i + 1,
          id: a,
          name: artistName(a),
          image_url: image('artist', a),
          sp_popularity: randInt(rng, 20, 100),
          sp_followers: metricBase(a, 'sp_followers'),
          deezer_fans: String(metricBase(a, 'deezer_fans')),
          sp_monthly_listeners: metricBase(a, 'sp_monthly_listeners'),
          sp_where_people_listen: [{ code2: 'us', listeners: metricBase(a, 'wpl:us'), name: 'Chicago' }],
          cm_artist_rank: artistRank(a),
          [metric]: metricBase(a, metric),
          ins_followers: metricBase(a, 'ins_followers'),
          ycs_views: String(metricBase(a, 'ycs_views') * 100),
          tiktok_likes: null,
          tiktok_followers: null,
          latest_album_release_date: `${addDays('2025-05-01', -(a % 400))}T00:00:00.000Z`,
          latest_album_upc: String(602_000_000_000 + (a % 1_000_000)),
          signed: rng() < 0.7,
          genres: `${genreOf(a)[1]}, pop`,
        };
      }),
      tags: { top_genres: [`'${genreOf(id)[1]}'`, "'pop'"] },
    });
  },

  'artists.news': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const limit = qInt(ctx, 'limit') ?? 10;
    if (limit > 50) return badRequest('limit must be at most 50');
    const weight = qInt(ctx, 'weight') ?? 5;
    if (weight > 10) return badRequest('weight must be at most 10');
    const today = isoDay(ctx.now);
    return ok(
      Array.from({ length: limit }, (_, i) => {
        const rng = rngFor('news', id, i);
        const track = trackRow(id, i % trackCount(id));
        return {
          id: String(i + 1),
          type: 'artist',
          subType: pick(rng, ['playlist', 'chart', 'milestone']),
          formattedDate: addDays(today, -i),
          imageUrl: track.image_url,
          summaryTemplate: ':trackName added to Spotify :playlistName',
          summaryData: { playlistName: `${pick(rng, WORDS_NEWS)} Hits`, trackName: track.name },
          metadata: { playlist_id: String(16_000_000 + i), playlistUrlParam: `playlist/spotify?id=${16_000_000 + i}`, cmTrackId: track.cm_track, artistName: artistName(id), cmArtistId: id },
          stars: Math.max(1, Math.min(5, Math.round(weight / 2) + (i % 2))),
        };
      }),
    );
  },

  'artists.noteworthyInsights': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const limit = qInt(ctx, 'limit') ?? 5;
    const insightType = ctx.query.get('insightType') ?? 'daily';
    const from = qInt(ctx, 'fromDaysAgo') ?? 28;
    const today = isoDay(ctx.now);
    const metrics = ['sp_followers', 'sp_monthly_listeners', 'ins_followers', 'tiktok_followers', 'ycs_subscribers'];
    return ok(
      Array.from({ length: Math.min(limit, Math.max(1, Math.floor(from / 7))) }, (_, i) => {
        const rng = rngFor('insight', id, insightType, i);
        const day = addDays(today, -(i * 5 + 1));
        return {
          variant: pick(rng, ['very-low', 'low', 'high', 'very-high']),
          insightType,
          metricName: metrics[i % metrics.length]!,
          insightId: 6_700_000 + (hashInt(`insight:${id}:${i}`) % 100_000),
          target: 'cm_artist',
          targetId: String(id),
          targetName: artistName(id),
          targetImageUrl: image('artist', id),
          insightDate: `${day}T07:00:00.000Z`,
          insightDateMinus7Days: `${addDays(day, -7)}T00:00:00.000Z`,
          graphImageUrl: image('insight', `${id}-${i}`),
          metricDx1: randInt(rng, -5000, 100_000),
          metricDx2: Math.round(rng() * 1e6) / 1e6,
        };
      }),
    );
  },

  'artists.pastArtistRank': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const metric = ctx.query.get('metric') ?? 'cm_artist_rank';
    const date = qDay(ctx, 'date');
    if (isReply(date)) return date;
    const day = date ?? isoDay(ctx.now);
    const shift = hashInt(`${id}:${day}`) % 20;
    if (metric === 'cm_artist_genre_rank' || metric === 'cm_artist_subgenre_rank') {
      return ok([genreOf(id), TAXONOMY[0]!, TAXONOMY[3]!].map(([gid, name], i) => ({ artist_rank: 1 + i * 4 + (shift % 3), genre_id: gid, genre: name })));
    }
    if (metric === 'cm_artist_country_rank') return ok([{ artist_rank: 1 + (shift % 30), code2: artistCode2(id) }]);
    return ok([{ artist_rank: artistRank(id) + shift }]);
  },

  'artists.relatedArtists': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const limit = qInt(ctx, 'limit') ?? 10;
    const from = qInt(ctx, 'fromDaysAgo');
    const to = qInt(ctx, 'toDaysAgo');
    const today = isoDay(ctx.now);
    return ok(
      Array.from({ length: limit }, (_, i) => {
        const a = neighbourId(id, 200 + i);
        const rng = rngFor('related', a);
        const g = genreOf(a);
        const row = {
          id: a,
          name: artistName(a),
          code2: artistCode2(a).toLowerCase(),
          cm_artist_rank: artistRank(a),
          image_url: image('artist', a),
          sp_followers: metricBase(a, 'sp_followers'),
          popularity: randInt(rng, 20, 100),
          rank_diff: randInt(rng, -5, 5),
          genres: { primary: { id: g[0], name: g[1], link_type: 'cm_artist_genre', score: 5 }, secondary: [], sub: [{ id: 402_000 + (a % 999), name: `${g[1]} nuevo`, link_type: 'cm_artist_sub_genre', score: 0 }] },
        };
        if (from === undefined && to === undefined) return row;
        const span = Math.max(0, (from ?? 7) - (to ?? 0));
        return { ...row, rank_stats: Array.from({ length: Math.min(span + 1, 30) }, (_, k) => ({ rank: artistRank(a) + (k % 3), timestp: addDays(today, -((to ?? 0) + k)) })) };
      }),
    );
  },

  'artists.riaa': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const n = artistScale(id) > 0.6 ? 2 + (id % 5) : 0;
    return ok({
      riaa_awards: Array.from({ length: n }, (_, i) => {
        const album = albumRow(id, i);
        return { cm_album: album.cm_album, upc: album.upc, certification_date: `${addDays(album.release_date.slice(0, 10), 200)}T00:00:00.000Z`, award: `${1 + (i % 4)}x Platinum`, album_title: album.name, format: i % 2 ? 'album' : 'single', image_url: album.image_url, label: album.label };
      }),
    });
  },

  'artists.similarArtistsByConfigurations': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const configs = ['audience', 'mood', 'genre', 'musicality'].filter((k) => ctx.query.get(k));
    if (!configs.length) return badRequest('At least one of audience, mood, genre, musicality is required');
    const total = 60;
    const data = virtualPage(ctx, total, 10, (i) => {
      const a = i === 0 ? id : neighbourId(id, 300 + i);
      const rng = rngFor('similar', id, a);
      return {
        id: a,
        name: artistName(a),
        image_url: image('artist', a),
        code2: artistCode2(a),
        verified: rng() < 0.5,
        gender: rng() < 0.5 ? 0 : null,
        band: SEEDED_ARTISTS[a]?.band ?? false,
        genres: null,
        genre_smart_ordered: [{ 1: genreOf(a)[0] }],
        subgenres: [419_163, 419_170],
        rank: artistRank(a),
        score: Math.round(artistScale(a) * 1e6) / 1e4,
        career_stage: careerStage(a),
        recent_momentum: pick(rng, ['steady', 'growth', 'decline']),
        similarity: i === 0 ? 1 : Math.round((0.95 - i * 0.01) * 1e6) / 1e6,
        sp_followers: metricBase(a, 'sp_followers'),
        sp_monthly_listeners: metricBase(a, 'sp_monthly_listeners'),
        ins_followers: metricBase(a, 'ins_followers'),
        tiktok_followers: rng() < 0.3 ? null : metricBase(a, 'tiktok_followers'),
        youtube_subscribers: metricBase(a, 'ycs_subscribers'),
        network_strength: pick(rng, ['prominent', 'emerging']),
      };
    });
    return ok({ data, total });
  },

  'artists.socialAudienceStats': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const miss = need(ctx, 'domain', 'audienceType', 'statsType');
    if (miss) return miss;
    const domain = ctx.query.get('domain')!;
    const audienceType = ctx.query.get('audienceType')!;
    const statsType = ctx.query.get('statsType')!;
    if (!['instagram', 'youtube', 'tiktok'].includes(domain)) return badRequest('Domain does not exist');
    if ((audienceType === 'likes' && domain !== 'instagram') || (audienceType === 'commenters' && domain !== 'youtube')) return badRequest(`audienceType ${audienceType} is not available for ${domain}`);
    if (['city', 'interest', 'brand'].includes(statsType) && domain !== 'instagram') return badRequest(`statsType ${statsType} is only available for instagram`);
    if (!['country', 'city', 'interest', 'brand', 'language', 'stat', 'demographic'].includes(statsType)) return badRequest('Invalid statsType');
    const w = window(ctx, 0);
    if (isReply(w)) return w;
    // Reports are weekly (Wednesdays in the sandbox); a window with none answers the latest one.
    let reportDays = days(w).filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 3);
    if (!reportDays.length) reportDays = [addDays(w.until, -((new Date(`${w.until}T00:00:00Z`).getUTCDay() + 4) % 7))];
    return ok(page(ctx, socialAudienceRows(id, domain, audienceType, statsType, reportDays), 50));
  },

  'artists.stats': (ctx) => {
    const raw = ctx.params.id ?? '';
    const isDomainId = qBool(ctx, 'isDomainId');
    let key: number | string;
    if (isDomainId) key = raw;
    else {
      const id = artistOf(ctx);
      if (isReply(id)) return id;
      key = id;
    }
    const source = ctx.params.source ?? '';
    const fields = STAT_SOURCE_FIELDS[source];
    if (!fields) return badRequest('Domain does not exist');
    const field = ctx.query.get('field');
    if (field && !fields.includes(field)) return badRequest(`Field ${field} does not exist for ${source}`);
    const w = window(ctx, 30);
    if (isReply(w)) return w;
    const dayList = qBool(ctx, 'latest') ? [w.until] : days(w, 366);
    const body: Record<string, unknown> = { link: source === 'spotify' ? `https://open.spotify.com/artist/${typeof key === 'number' ? spotifyIdFor('artist', key) : key}` : null };
    for (const f of field ? [field] : fields) body[f] = statPoints(key, source, f, dayList);
    return ok(body);
  },

  'artists.tiktokAudienceStats': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const date = qDay(ctx, 'date');
    if (isReply(date)) return date;
    const rng = rngFor('tt-audience', id, date ?? 'latest');
    return ok({
      top_countries: audienceCountries(id, 'subscribers'),
      audience_genders_per_age: gendersPerAge(rng),
      audience_genders: genders(rng),
      notable_followers: [0, 1].map((i) => notable(id, i, 'tiktok')),
      followers: metricBase(id, 'tiktok_followers'),
      avg_likes_per_post: randInt(rng, 1000, 500_000),
      avg_commments_per_post: randInt(rng, 10, 9000),
      engagement_rate: Math.round(rng() * 100) / 100,
    });
  },

  'artists.topTracks': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    if (ctx.params.source !== 'tiktok') return badRequest('Only the tiktok source is supported');
    const limit = qInt(ctx, 'limit') ?? 10;
    const today = isoDay(ctx.now);
    return ok(
      Array.from({ length: Math.min(limit, trackCount(id)) }, (_, i) => {
        const t = trackRow(id, i);
        const rng = rngFor('tiktok-top', id, i);
        const views = randInt(rng, 100, 9_000_000);
        const likes = Math.round(views / randInt(rng, 5, 20));
        return {
          tiktok: 6_000_000 + i,
          tags: genreOf(id)[1],
          tiktok_track_id: `${t.name.replace(/\s+/g, '-')}-${7_000_000_000_000_000_000n + BigInt(t.id)}`,
          tiktok_url: `https://tiktok.sandbox.chartstack.invalid/music/${t.id}`,
          isrc: t.isrc,
          cm_track: rng() < 0.2 ? null : t.cm_track,
          monthly_diff_percent: null,
          posts: rng() < 0.5 ? null : randInt(rng, 10, 900_000),
          name: t.name,
          image_url: t.image_url,
          audio_url: null,
          comments: randInt(rng, 0, 5000),
          views,
          likes,
          created_at: spaced(addDays(today, -randInt(rng, 30, 900)), '20:52:11'),
          score: randInt(rng, 1, 100),
          trend: [2, 1, 0].map((k) => ({ value: randInt(rng, 1000, 900_000), timestp: `${addDays(today, -k * 7)}T00:00:00.000Z` })),
          engagementRate: likes / views,
        };
      }),
    );
  },

  'artists.tracks': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const total = trackCount(id);
    const artistType = ctx.query.get('artist_type');
    const rows = virtualPage(ctx, total, 10, (i) => {
      const t = trackRow(id, i);
      const rng = rngFor('track-extra', id, i);
      const featured = t.cm_artist.length > 1 && i % 2 === 1;
      return {
        ...t,
        artist_type: featured ? 'featured' : 'main',
        genre_smart_ordered: [{ 1: genreOf(id)[0] }],
        cm_track_cluster: { cluster_id: t.id, track_types: ['original'] },
        cm_statistics: { cm_track: t.id, sp_popularity: randInt(rng, 0, 100), sp_streams: randInt(rng, 1000, 900_000_000), num_sp_playlists: randInt(rng, 0, 9000), num_az_playlists: null, yt_playlist_total_reach: null },
        cm_audio_features: { acousticness: Math.round(rng() * 100) / 100, danceability: Math.round(rng() * 100) / 100, energy: Math.round(rng() * 100) / 100, tempo: randInt(rng, 70, 170) },
        version_types: { original: !featured, remix: false, live: false, feat_or_collab: featured, explicit: false, clean: true },
      };
    }).filter((t) => !artistType || t.artist_type === artistType);
    // `total` sits beside `obj` on this endpoint.
    return { obj: rows, total };
  },

  'artists.tvmaze': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    if (artistScale(id) < 0.5) return ok({ people: null, shows: [] });
    const rng = rngFor('tvmaze', id);
    return ok({
      people: { id: 60_000 + (id % 9000), name: artistName(id), gender: 1, image: image('tvmaze', id), date_of_birth: `${1980 + (id % 20)}-02-01T08:00:00.000Z`, date_of_death: null, country_code: artistCode2(id), tv_maze_url: `https://tvmaze.sandbox.chartstack.invalid/people/${id}`, cm_artist: id, created_at: null, modified_at: '2020-11-12T18:09:59.730Z' },
      shows: [0, 1].map((i) => ({
        title: `${pick(rng, WORDS_NEWS)} Tonight`,
        as: 'Himself / Herself',
        url: `https://tvmaze.sandbox.chartstack.invalid/shows/${id}${i}`,
        year: String(2015 + i * 3),
        episodes: [{ title: `Episode ${i + 1}x0${i + 2}`, url: `https://tvmaze.sandbox.chartstack.invalid/episodes/${id}${i}`, date: `Oct ${10 + i}, ${2015 + i * 3}` }],
        show_details: { id: 37_000 + i, name: `${pick(rng, WORDS_NEWS)} Tonight`, genres: ['Comedy'], runtime: null, premiered: `${2015 + i * 3}-10-18T07:00:00.000Z`, rating: '7.5' },
      })),
    });
  },

  'artists.urls': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const slug = artistName(id).toLowerCase().replace(/[^a-z0-9]+/g, '');
    return ok([
      { domain: 'spotify', url: [`https://open.spotify.com/artist/${spotifyIdFor('artist', id)}`] },
      { domain: 'instagram', url: [`https://www.instagram.com/${slug}/`] },
      { domain: 'tiktok', url: [`https://www.tiktok.com/@${slug}`] },
      { domain: 'youtube', url: [`https://www.youtube.com/channel/UC${spotifyIdFor('yt', id)}`] },
      { domain: 'youtubeforartist', url: [`https://artists.youtube.com/${slug}`] },
      { domain: 'wikipedia', url: [] },
    ]);
  },

  'artists.wherePeopleListen': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const latest = qBool(ctx, 'latest');
    if (!latest) {
      const miss = need(ctx, 'since');
      if (miss) return miss;
    }
    const limit = qInt(ctx, 'limit') ?? 10;
    if (limit > 50) return badRequest('limit must be at most 50');
    const offset = qInt(ctx, 'offset') ?? 0;
    const w = window(ctx, 0);
    if (isReply(w)) return w;
    const date = qDay(ctx, 'date');
    if (isReply(date)) return date;
    const dayList = latest ? [addDays(isoDay(ctx.now), -1)] : date ? [date] : days(w, 60);
    const estimates = ctx.query.get('includeEstimates') !== 'false';
    const useDays = estimates ? dayList : dayList.filter((d) => d < '2024-08-12');
    return ok({
      cities: listenRows(id, CITIES.slice(offset, offset + limit), 'CITY', useDays),
      countries: listenRows(id, COUNTRY_PLACES.slice(offset, offset + limit), 'COUNTRY', useDays),
    });
  },

  'artists.youtubeAudienceStats': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const date = qDay(ctx, 'date');
    if (isReply(date)) return date;
    const day = date ?? isoDay(ctx.now);
    const rng = rngFor('yt-audience', id, day);
    const geo = { top_countries: audienceCountries(id, 'subscribers'), commenters_top_countries: audienceCountries(id, 'comments'), timestp: day };
    if (qBool(ctx, 'geoOnly')) return ok(geo);
    return ok({
      ...geo,
      audience_genders_per_age: gendersPerAge(rng),
      audience_genders: genders(rng),
      commenters_genders_per_age: gendersPerAge(rng),
      commenters_genders: genders(rng).map((g) => ({ ...g, code: g.code.toUpperCase() })),
      notable_subscribers: [0, 1].map((i) => ({ ...notable(id, i, 'youtube'), subscribers: metricBase(neighbourId(id, 50 + i), 'ycs_subscribers') })),
      subscribers: metricBase(id, 'ycs_subscribers'),
      avg_likes_per_post: randInt(rng, 1000, 500_000),
      avg_commments_per_post: randInt(rng, 10, 9000),
      engagement_rate: Math.round(rng() * 100) / 100,
    });
  },

  'artists.getIds': (ctx) => {
    const type = ctx.params.type ?? '';
    if (!['chartmetric', 'spotify', 'itunes', 'deezer', 'amazon', 'youtube'].includes(type)) return badRequest('Invalid id type');
    const id = resolveArtistId(type, ctx.params.id ?? '');
    // No match is an empty array with HTTP 200 (§6.15).
    return ok(id === undefined ? [] : page(ctx, [artistIdsRow(id)], 10_000));
  },

  'artists.list': (ctx) => {
    const metric = ctx.params.type ?? '';
    const metrics = ['sp_followers', 'sp_monthly_listeners', 'sp_popularity', 'sp_listeners_to_followers_ratio', 'sp_followers_to_listeners_ratio', 'deezer_fans', 'fs_likes', 'fs_talks', 'ins_followers', 'ts_followers', 'ts_retweets', 'ycs_views', 'ycs_subscribers', 'youtube_daily_video_views', 'youtube_monthly_video_views', 'ws_views', 'soundcloud_followers', 'bs_followers', 'tiktok_followers', 'tiktok_likes', 'cm_artist_rank'];
    if (!metrics.includes(metric)) return badRequest('Invalid metric type');
    const miss = need(ctx, 'min', 'max');
    if (miss) return miss;
    const min = Number(ctx.query.get('min'));
    const max = Number(ctx.query.get('max'));
    if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return badRequest('min and max must be numbers with min <= max');
    const limit = qInt(ctx, 'limit') ?? 10;
    if (limit > 200) return badRequest('limit must be at most 200');
    if ((qInt(ctx, 'offset') ?? 0) > 100_000) return badRequest('offset must be at most 100000');
    const total = 350;
    const data = virtualPage(ctx, total, 10, (i) => listedArtist(metric, min, max, i));
    return ok({ length: data.length, data });
  },

  'artists.anrByPlaylists': (ctx) => {
    const miss = need(ctx, 'sortBy');
    if (miss) return miss;
    const limit = qInt(ctx, 'limit') ?? 10;
    const today = isoDay(ctx.now);
    return ok(
      Array.from({ length: limit }, (_, i) => {
        const id = 50_000 + (hashInt(`anr-pl:${i}`) % 9_000_000);
        const rng = rngFor('anr-pl', id);
        const reach = randInt(rng, 100_000, 5_000_000);
        const growthWeek = Math.round(reach / (i + 4));
        return {
          rank: String(i + 1),
          id,
          num_playlists: randInt(rng, 1, 40),
          num_tracks: randInt(rng, 1, 5),
          followers_total_reach: reach,
          followers_total_reach_diff_week: growthWeek,
          followers_total_reach_diff_week_percent: growthWeek / reach,
          popularity: randInt(rng, 10, 70),
          popularity_diff_week: randInt(rng, -2, 5),
          popularity_diff_week_percent: 0,
          followers: metricBase(id, 'sp_followers'),
          followers_diff_week: randInt(rng, 0, 900),
          followers_diff_week_percent: Math.round(rng() * 1e6) / 1e9,
          listeners: metricBase(id, 'sp_monthly_listeners'),
          listeners_diff_week: randInt(rng, -100, 9000),
          listeners_diff_week_percent: Math.round(rng() * 1e6) / 1e8,
          timestp: pacific(addDays(today, -1)),
          name: artistName(id),
          image_url: image('artist', id),
          isni: null,
          code2: rng() < 0.5 ? null : artistCode2(id),
          hometown_city: null,
          current_city: null,
          sp_followers: metricBase(id, 'sp_followers'),
          sp_popularity: randInt(rng, 10, 70),
          sp_monthly_listeners: metricBase(id, 'sp_monthly_listeners'),
          deezer_fans: randInt(rng, 0, 900),
          tags: null,
          spotify_artist_ids: [spotifyIdFor('artist', id)],
          itunes_artist_ids: [1_000_000_000 + (id % 90_000_000)],
          deezer_artist_ids: [String(9_000_000 + (id % 900_000))],
          cm_artist_rank: artistRank(id),
          amazon_artist_ids: null,
          releases: [0, 1].map((k) => { const a = albumRow(id, k); return { cm_album: a.cm_album, album_name: a.name, release_date: a.release_date, upc: a.upc, label: a.label, image_url: a.image_url }; }),
          genres: [],
        };
      }),
    );
  },

  'artists.anrBySocialIndex': (ctx) => {
    const miss = need(ctx, 'sortBy');
    if (miss) return miss;
    const sortBy = ctx.query.get('sortBy')!;
    const sns = sortBy.replace(/_(popularity|followers|monthly_listeners|views)$/, (_, m: string) => `_${m.charAt(0)}`);
    const total = 80;
    return ok(
      virtualPage(ctx, total, 10, (i) => {
        const id = 60_000 + (hashInt(`anr-si:${sortBy}:${i}`) % 9_000_000);
        const rng = rngFor('anr-si', id);
        const value = metricBase(id, sortBy);
        const growth = (k: number) => ({ fdiff: rng() < 0.15 ? null : Math.round(value * 0.01 * k), fdiff_percent: rng() < 0.15 ? null : Math.round(k * 1e4) / 1e4, sns, value });
        return {
          name: artistName(id),
          code2: rng() < 0.5 ? null : artistCode2(id),
          image_url: image('artist', id),
          tags: ['Hip-Hop/Rap', 'Pop'],
          spotify_artist_ids: [spotifyIdFor('artist', id)],
          // The id is a numeric string on this endpoint.
          id: String(id),
          releases: [0].map((k) => { const a = albumRow(id, k); return { cm_album: a.cm_album, album_name: a.name, release_date: a.release_date, label: a.label, image_url: a.image_url, upc: a.upc }; }),
          weekInsights: growth(1),
          insights: growth(4),
          twoMonthInsights: growth(8),
          sp_followers: metricBase(id, 'sp_followers'),
          signed: rng() < 0.3,
        };
      }),
    );
  },

  'artists.listFilter': (ctx) => {
    const { limit, offset } = pageWindow(ctx, 50);
    if (limit + offset > 10_000) return badRequest('limit + offset must be at most 10000');
    for (const [key] of ctx.query) {
      if (key.endsWith('[]') && !['eventIds[]', 'shortlistIds[]'].includes(key) && ctx.query.getAll(key).length !== 2) return badRequest(`${key} must be a [min, max] pair`);
    }
    const total = ctx.query.get('code2') ? 120 + (hashInt(ctx.query.get('code2')!) % 300) : 2400;
    const rows = virtualPage(ctx, total, 50, (i) => filteredArtist(i, ctx.query));
    // Double-wrapped, with offset/total inside the outer obj (§6.7).
    return ok({ obj: rows, offset, total });
  },
};
