// @ts-check
// One artist, two data providers, side by side. Names are ambiguous across providers, so the join
// key is the artist's Spotify id: found on Soundcharts, then resolved to a Chartmetric id.
//   SOUNDCHARTS_CLIENT_ID=… SOUNDCHARTS_CLIENT_SECRET=… CHARTMETRIC_REFRESH_TOKEN=… node examples/cross-provider.mjs "Billie Eilish"
// Without credentials both clients use the embedded sandbox, whose two fakes have separate made-up
// catalogs: the flow is real, the numbers do not describe the same artist.
import { Chartmetric } from 'chartstack/chartmetric';
import { Soundcharts } from 'chartstack/soundcharts';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

const env = process.env.CHARTSTACK_SANDBOX ? {} : process.env;
const sandbox = createSandbox();
const cm = env.CHARTMETRIC_REFRESH_TOKEN
  ? new Chartmetric({ refreshToken: env.CHARTMETRIC_REFRESH_TOKEN })
  : new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch });
const sc =
  env.SOUNDCHARTS_CLIENT_ID && env.SOUNDCHARTS_CLIENT_SECRET
    ? new Soundcharts({ clientId: env.SOUNDCHARTS_CLIENT_ID, clientSecret: env.SOUNDCHARTS_CLIENT_SECRET })
    : Soundcharts.sandbox({ fetch: sandbox.fetch });

const name = process.argv[2] ?? 'Billie Eilish';
const [artist] = (await sc.search.artists(name, { limit: 1 })).items;
if (!artist?.uuid) throw new Error(`Soundcharts knows no artist named ${name}`);
const spotify = (await sc.artists.identifiers(artist.uuid, { platform: 'spotify' })).items.find((i) => i.default)?.identifier;
if (!spotify) throw new Error(`${artist.name} has no Spotify id on Soundcharts`);
const [ids] = await cm.artists.getIds('spotify', spotify);
if (!ids?.chartmetric_id) throw new Error(`Chartmetric has no artist for Spotify id ${spotify}`);

// Both providers at once: the latest Spotify followers and monthly listeners each one reports.
const since = new Date(Date.now() - 7 * 86_400_000);
const [cmStats, scStats] = await Promise.all([cm.artists.stats(ids.chartmetric_id, 'spotify', { since }), sc.artists.currentStats(artist.uuid)]);
const latest = (points) => Number(points?.at(-1)?.value ?? NaN);
/** @type {Array<[string, unknown, unknown]>} */
const rows = [
  ['Spotify followers', latest(cmStats.followers), scStats.social?.find((s) => s.platform === 'spotify')?.value],
  ['Spotify monthly listeners', latest(cmStats.listeners), scStats.streaming?.find((s) => s.platform === 'spotify')?.value],
];
const show = (n) => (n === undefined || n === null || Number.isNaN(Number(n)) ? '—' : Number(n).toLocaleString('en-US'));

console.log(`${artist.name} · Spotify ${spotify} · Soundcharts ${artist.uuid} · Chartmetric ${ids.chartmetric_id}`);
console.log(`${''.padEnd(26)}${'Chartmetric'.padStart(14)}${'Soundcharts'.padStart(14)}`);
for (const [label, a, b] of rows) console.log(`${label.padEnd(26)}${show(a).padStart(14)}${show(b).padStart(14)}`);
