// @ts-check
// Soundcharts' common tasks: find an artist, read their current stats, walk their songs page by page
// (following `page.next`), and keep an eye on the plan's quota.
//   SOUNDCHARTS_CLIENT_ID=… SOUNDCHARTS_CLIENT_SECRET=… node examples/soundcharts.mjs
//   (or SOUNDCHARTS_APP_ID / SOUNDCHARTS_API_KEY; without credentials: the embedded sandbox)
import { QuotaExceededError, Soundcharts } from 'chartstack/soundcharts';
import { createSandbox } from 'chartstack/testing';

const env = process.env.CHARTSTACK_SANDBOX ? {} : process.env;
const sc =
  env.SOUNDCHARTS_CLIENT_ID && env.SOUNDCHARTS_CLIENT_SECRET
    ? new Soundcharts({ clientId: env.SOUNDCHARTS_CLIENT_ID, clientSecret: env.SOUNDCHARTS_CLIENT_SECRET })
    : env.SOUNDCHARTS_APP_ID && env.SOUNDCHARTS_API_KEY
      ? new Soundcharts({ appId: env.SOUNDCHARTS_APP_ID, apiKey: env.SOUNDCHARTS_API_KEY })
      : Soundcharts.sandbox({ fetch: createSandbox().fetch });

try {
  const [hit] = (await sc.search.artists('Billie Eilish', { limit: 1 })).items;
  if (!hit?.uuid) throw new Error('no artist found');
  const artist = await sc.artists.get(hit.uuid);
  console.log(`${artist.name} (${artist.countryCode}), ${artist.genres?.length ?? 0} genres`);

  // Current numbers per platform, with their evolution.
  const stats = await sc.artists.currentStats(artist.uuid);
  for (const s of stats.social ?? []) console.log(`  ${s.platform.padEnd(10)} ${Number(s.value).toLocaleString('en-US').padStart(14)} followers (${s.percentEvolution}%)`);

  // Newest songs first, page by page; each page also carries `related` (the artist).
  let songs = 0;
  let pages = 0;
  for await (const page of sc.artists.songs(artist.uuid, { sortBy: 'releaseDate', sortOrder: 'desc' }).pages()) {
    if (pages++ === 0) console.log(`Latest release: "${page.items[0]?.name}" (${page.items[0]?.releaseDate?.slice(0, 10)})`);
    songs += page.items.length;
  }
  console.log(`${songs} songs over ${pages} pages; quota left: ${sc.quotaRemaining}`);
} catch (err) {
  // The plan's quota is used up: not retried, since waiting will not help.
  if (err instanceof QuotaExceededError) console.error(`Quota exhausted: ${err.message}`);
  else throw err;
}
