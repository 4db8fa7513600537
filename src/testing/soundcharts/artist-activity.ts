/**
 * Activity of the Soundcharts sandbox artists and songs (artist-data.ts), served by artists.ts and
 * songs.ts: chart entries, playlist entries, radio spins, events, short videos and audience reports.
 * Everything is derived from ids and calendar days, so repeated and overlapping requests agree.
 */
import { hashString, isoDay, pick, randInt } from '../data.js';
import {
  albumRef, albumsOf, artistRef, chartsOf, countryName, playlistRef, playlists, radioRef, radios, songRef, songsOf, venues, type ArtistRec,
  type SongRec,
} from './artist-data.js';
import { atom, rngFor } from './shared.js';

// ----------------------------------------------------------------------------------------------
// Charts
// ----------------------------------------------------------------------------------------------

/** Chart entries of songs (or albums) on a platform; some entries have left the chart (position 0). */
export function chartEntries(owner: { songs: readonly SongRec[]; artist: ArtistRec }, platform: string, now: Date, kind: 'song' | 'album' = 'song') {
  const charts = chartsOf(platform);
  const today = isoDay(now);
  const out: Record<string, unknown>[] = [];
  const subjects = kind === 'song' ? owner.songs.slice(0, 12) : [];
  const albums = kind === 'album' ? albumsOf(owner.artist).slice(0, 4) : [];
  const make = (key: string, extra: Record<string, unknown>) => {
    const rng = rngFor(`chart:${platform}:${key}`);
    for (const chart of charts) {
      if (rng() < 0.45) continue;
      const left = rng() < 0.25;
      const position = left ? 0 : randInt(rng, 1, 200);
      const old = randInt(rng, 1, 200);
      const weeks = randInt(rng, 1, 60);
      out.push({
        chart,
        ...extra,
        position,
        positionEvolution: left ? null : old - position,
        entryState: left ? 'OUT' : pick(rng, ['NEW', 'UP', 'DOWN', 'SAME', 'RE_ENTRY']),
        entryDate: atom(isoDay(new Date(now.getTime() - weeks * 7 * 86_400_000))),
        rankDate: atom(left ? isoDay(new Date(now.getTime() - randInt(rng, 8, 90) * 86_400_000)) : today),
        oldPosition: old,
        current: !left,
        timeOnChart: weeks * 7,
        timeOnChartUnit: 'day',
      });
    }
  };
  for (const s of subjects) make(s.uuid, { song: songRef(s) });
  for (const al of albums) make(al.uuid, { album: albumRef(al) });
  return out;
}

// ----------------------------------------------------------------------------------------------
// Playlists
// ----------------------------------------------------------------------------------------------

/** Playlist entries of songs on a platform (1–3 playlists per song for the 150 biggest songs). */
export function playlistEntries(songs: readonly SongRec[], platform: string, now: Date) {
  const pool = playlists().filter((pl) => pl.platform === platform);
  if (pool.length === 0) return [];
  const out: Array<Record<string, unknown> & { _type: string; _country: string; _uuid: string; _current: boolean; _subscribers: number }> = [];
  for (const s of songs.slice(0, 150)) {
    const rng = rngFor(`pl-entries:${platform}:${s.uuid}`);
    const n = randInt(rng, 1, 3);
    for (let k = 0; k < n; k++) {
      const pl = pool[Math.floor(rng() * pool.length)]!;
      const position = randInt(rng, 1, pl.tracks);
      const entryDaysAgo = randInt(rng, 10, 700);
      const exited = rng() < 0.3;
      out.push({
        playlist: playlistRef(pl, now),
        song: songRef(s),
        position,
        peakPosition: Math.max(1, position - randInt(rng, 0, 20)),
        entryDate: atom(isoDay(new Date(now.getTime() - entryDaysAgo * 86_400_000))),
        exitDate: exited ? atom(isoDay(new Date(now.getTime() - randInt(rng, 1, 9) * 86_400_000))) : null,
        positionDate: atom(isoDay(now)),
        peakPositionDate: atom(isoDay(new Date(now.getTime() - randInt(rng, 1, entryDaysAgo) * 86_400_000))),
        _type: pl.type,
        _country: pl.countryCode,
        _uuid: pl.uuid,
        _current: !exited,
        _subscribers: pl.subscribers,
      });
    }
  }
  return out;
}

// ----------------------------------------------------------------------------------------------
// Radio spins
// ----------------------------------------------------------------------------------------------

/** Radio spins of some songs over some days (UTC `airedAt`), newest first. */
export function spins(songs: readonly SongRec[], days: readonly string[], perDay: number) {
  const pool = radios();
  const out: Array<{ airedAt: string; duration: number; radio: ReturnType<typeof radioRef>; song: ReturnType<typeof songRef> }> = [];
  if (songs.length === 0) return out;
  for (const day of days) {
    const rng = rngFor(`spins:${songs[0]!.artist.uuid}:${songs.length}:${day}`);
    const n = randInt(rng, 0, perDay);
    for (let k = 0; k < n; k++) {
      const song = songs[Math.floor(rng() ** 2 * songs.length)]!;
      const time = `${String(randInt(rng, 0, 23)).padStart(2, '0')}:${String(randInt(rng, 0, 59)).padStart(2, '0')}:${String(randInt(rng, 0, 59)).padStart(2, '0')}`;
      out.push({ airedAt: atom(day, time), duration: song.duration, radio: radioRef(pick(rng, pool)), song: songRef(song) });
    }
  }
  return out.sort((a, b) => (a.airedAt < b.airedAt ? 1 : -1));
}

/** Spins grouped per radio. */
export function spinGroups(list: ReturnType<typeof spins>, song?: SongRec) {
  const groups = new Map<string, { radio: ReturnType<typeof radioRef>; song?: ReturnType<typeof songRef>; countryCode: string; spinCount: number; firstAiredAt: string; lastAiredAt: string }>();
  for (const sp of list) {
    const g = groups.get(sp.radio.slug);
    if (!g) groups.set(sp.radio.slug, { radio: sp.radio, ...(song ? { song: songRef(song) } : {}), countryCode: sp.radio.countryCode, spinCount: 1, firstAiredAt: sp.airedAt, lastAiredAt: sp.airedAt });
    else {
      g.spinCount++;
      if (sp.airedAt < g.firstAiredAt) g.firstAiredAt = sp.airedAt;
      if (sp.airedAt > g.lastAiredAt) g.lastAiredAt = sp.airedAt;
    }
  }
  return [...groups.values()].sort((a, b) => b.spinCount - a.spinCount);
}

// ----------------------------------------------------------------------------------------------
// Events, short videos, audience reports
// ----------------------------------------------------------------------------------------------

/** Events of an artist from a year ago to six months ahead. */
export function events(a: ArtistRec, now: Date) {
  const rng = rngFor(`events:${a.uuid}`);
  const pool = venues();
  const n = a.scale > 10_000_000 ? 25 : 6;
  return Array.from({ length: n }, (_, i) => {
    const offset = Math.round(-365 + (545 * i) / n) + randInt(rng, 0, 10);
    const type = i % 6 === 5 ? 'festival' : i % 11 === 10 ? 'online' : 'concert';
    const venue = pick(rng, pool);
    return {
      uuid: `${a.uuid.slice(0, 24)}${String(i).padStart(12, '0')}`,
      name: type === 'festival' ? `${venue.cityName} ${pick(rng, ['Summer', 'Sound', 'Open Air'])} Festival` : `${a.name} live`,
      date: atom(isoDay(new Date(now.getTime() + offset * 86_400_000)), '20:00:00'),
      type,
      venue: type === 'online' ? null : venue,
      url: `https://www.songkick.com/concerts/${hashString(`${a.uuid}:${i}`)}`,
    };
  });
}

export interface ShortVideo { identifier: string; platform: string; artist: ArtistRec; index: number }
/** Short videos of an artist on instagram (Reels) or youtube (Shorts). */
export const shortVideos = (a: ArtistRec, platform: string): ShortVideo[] =>
  Array.from({ length: a.scale > 10_000_000 ? 30 : 8 }, (_, index) => ({ identifier: `${platform === 'youtube' ? 'yt' : 'ig'}${hashString(`${a.uuid}:${platform}:${index}`).toString(36)}`, platform, artist: a, index }));

export function shortVideoRow(v: ShortVideo, now: Date) {
  const rng = rngFor(`short:${v.identifier}`);
  const views = Math.round(v.artist.scale * 0.05 * rng());
  return {
    identifier: v.identifier,
    url: v.platform === 'youtube' ? `https://www.youtube.com/shorts/${v.identifier}` : `https://www.instagram.com/reel/${v.identifier}/`,
    title: `${v.artist.name} – ${pick(rng, ['behind the scenes', 'tour diary', 'new single', 'rehearsal'])}`,
    imageUrl: null,
    publishedAt: atom(isoDay(new Date(now.getTime() - (v.index * 6 + 1) * 86_400_000)), '17:00:00'),
    viewCount: views,
    likeCount: Math.round(views * 0.08),
    commentCount: Math.round(views * 0.002),
  };
}

/** The dates (ATOM) of the monthly audience reports in a window. */
export const reportDates = (days: readonly string[]) => days.filter((d) => d.endsWith('-01')).map((d) => atom(d));

/** A social audience report: weighted distributions; values drift a little from month to month. */
export function audienceReport(a: ArtistRec, platform: string, date: string) {
  const rng = rngFor(`report:${a.uuid}:${platform}:${date.slice(0, 7)}`);
  const female = Math.round((0.55 + 0.2 * rng()) * 1e6) / 1e6;
  const w = (x: number) => Math.round(x * 1e6) / 1e6;
  const breakdown = () => ({
    genders: [{ code: 'FEMALE', weight: female }, { code: 'MALE', weight: w(1 - female) }],
    ages: [{ code: '13-17', weight: w(0.15 * rng()) }, { code: '18-24', weight: w(0.4 + 0.2 * rng()) }, { code: '25-34', weight: w(0.2 * rng()) }],
    gendersPerAge: [{ code: '18-24', maleWeight: w(0.1 + 0.05 * rng()), femaleWeight: w(0.3 + 0.1 * rng()) }],
    ethnicities: [{ code: 'White / Caucasian', weight: w(0.5 + 0.2 * rng()) }, { code: 'Hispanic', weight: w(0.1 + 0.1 * rng()) }],
    languages: [{ code: 'en', weight: w(0.5 + 0.1 * rng()) }, { code: 'es', weight: w(0.1 * rng()) }],
    countries: ['US', 'BR', 'GB'].map((cc, i) => ({ weight: w((0.3 - i * 0.08) * (0.8 + 0.4 * rng())), countryCode: cc, countryName: countryName(cc) })),
    cities: [{ weight: w(0.02 * rng()), countryCode: 'US', countryName: 'United States', region: 'California', cityName: 'Los Angeles' }],
    notableUsers: [],
  });
  const followers = Math.round(a.scale * 0.8);
  return {
    top: {
      mentions: [{ code: 'appletv', weight: w(0.1 + 0.1 * rng()) }],
      hashtags: [{ code: a.slug.replace(/-/g, ''), weight: w(0.5 + 0.3 * rng()) }],
      posts: [{ likeCount: Math.round(followers * 0.1 * rng()), commentCount: Math.round(followers * 0.002 * rng()), date: atom(date.slice(0, 10), '16:49:13'), imageUrl: null, url: `https://www.instagram.com/p/${hashString(a.uuid + date).toString(36)}/`, text: 'new music', mentions: [] }],
    },
    audience: {
      stats: {
        followerCount: followers,
        postCount: randInt(rng, 100, 900),
        viewCount: platform === 'instagram' ? null : Math.round(followers * 0.2),
        engagementCount: Math.round(followers * 0.06),
        averageLikesPerPost: Math.round(followers * 0.05),
        averageCommentsPerPost: Math.round(followers * 0.0005),
        engagementRate: w(0.04 + 0.04 * rng()),
      },
      audienceLike: breakdown(),
      audienceFollower: breakdown(),
      brandsAffinity: [{ code: 'Apple', weight: w(0.2 * rng()) }],
      interests: [{ code: 'Music', weight: w(0.6 + 0.2 * rng()) }],
    },
  };
}

/** Songs related to a song: other songs of the artist with a word of the title in common, else neighbours. */
export function relatedSongs(s: SongRec) {
  const all = songsOf(s.artist).filter((x) => x.uuid !== s.uuid);
  const words = new Set(s.name.toLowerCase().split(' '));
  const alike = all.filter((x) => x.name.toLowerCase().split(' ').some((w) => words.has(w)));
  return (alike.length ? alike : all).slice(0, 10);
}

/** Artists related to an artist: the other sandbox artists plus generated look-alikes. */
export function relatedArtists(a: ArtistRec, others: readonly ArtistRec[]) {
  const rng = rngFor(`related:${a.uuid}`);
  const generated = Array.from({ length: 18 }, (_, i) => {
    const name = `${pick(rng, ['Ashe', 'Lorde', 'Clairo', 'Gracie', 'Holly', 'Remi', 'Noa', 'Lena'])} ${pick(rng, ['Abrams', 'Vale', 'Stone', 'Moss', 'Rivers'])}`;
    const slug = `${name.toLowerCase().replace(/\s+/g, '-')}-${i}`;
    return { uuid: `f620291b-429f-4a10-${String(1000 + i)}-${hashString(slug).toString(16).padStart(12, '0').slice(0, 12)}`, slug, name, appUrl: `https://app.soundcharts.com/app/artist/${slug}/overview`, imageUrl: null };
  });
  return [...others.filter((o) => o.uuid !== a.uuid).map(artistRef), ...generated].sort((x, y) => x.name.localeCompare(y.name));
}

