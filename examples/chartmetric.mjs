// @ts-check
// Chartmetric's common tasks: an artist's profile, their Spotify followers over 90 days, a daily
// Spotify chart, and every track of the artist across pages. The refresh token is exchanged once,
// however many calls run at the same time, and calls are paced from Chartmetric's rate-limit headers.
//   CHARTMETRIC_REFRESH_TOKEN=… node examples/chartmetric.mjs      (without a token: the embedded sandbox)
import { Chartmetric } from 'chartstack/chartmetric';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

const refreshToken = process.env.CHARTSTACK_SANDBOX ? undefined : process.env.CHARTMETRIC_REFRESH_TOKEN;
const cm = refreshToken
  ? new Chartmetric({ refreshToken })
  : new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: createSandbox().fetch });

const ARTIST = 206557; // a Chartmetric artist id (BTS in the sandbox)

// Three calls at once: one token exchange, then paced requests.
const [artist, urls, stats] = await Promise.all([cm.artists.get(ARTIST), cm.artists.urls(ARTIST), cm.artists.cmStats(ARTIST)]);
console.log(`${artist.name} (${artist.code2 ?? '?'}): ${urls.length} profile links, ${Object.keys(stats).length} headline stats`);

// Spotify followers over the last 90 days (dates accept 'YYYY-MM-DD' or Date objects).
const spotify = await cm.artists.stats(ARTIST, 'spotify', { since: new Date(Date.now() - 90 * 86_400_000) });
const followers = (spotify.followers ?? []).map((point) => Number(point.value));
if (followers.length) console.log(`Spotify followers: ${followers[0]?.toLocaleString('en-US')} → ${followers.at(-1)?.toLocaleString('en-US')} over ${followers.length} days`);

// A whole chart in one call.
const chart = await cm.charts.spotify({ date: '2025-06-01', countryCode: 'US', type: 'regional', interval: 'daily' });
console.log(`Spotify US daily chart for 2025-06-01: ${chart.data.length} entries; #1 is "${chart.data[0]?.name}"`);

// Every track of the artist: offset pages fetched lazily by `for await`.
let tracks = 0;
for await (const _ of cm.artists.tracks(ARTIST)) tracks++;
console.log(`${artist.name} has ${tracks} tracks; token exchanges: ${cm.tokenExchanges}`);
