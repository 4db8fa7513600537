// @ts-check
/* global Deno */
// A Deno script: the top of a Spotify chart from Chartmetric, and its token exchange count.
//   CHARTMETRIC_REFRESH_TOKEN=… deno run --allow-env --allow-net examples/deno/main.js
// Without a refresh token it uses the embedded sandbox (and needs no permission but --allow-env).
// deno.json maps `chartstack/` to the npm package, so the imports read like everywhere else.
import { Chartmetric } from 'chartstack/chartmetric';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

const refreshToken = Deno.env.get('CHARTMETRIC_REFRESH_TOKEN');
const cm = refreshToken
  ? new Chartmetric({ refreshToken })
  : new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: createSandbox().fetch });

const date = Deno.args[0] ?? '2025-06-01';
const chart = await cm.charts.spotify({ date, countryCode: 'US', type: 'regional', interval: 'daily' });
for (const row of chart.data.slice(0, 10)) {
  console.log(`${String(row.rank).padStart(2)}. ${row.name} — ${(row.artist_names ?? []).join(', ')}`);
}
console.log(`(${chart.data.length} entries on ${date}; ${cm.tokenExchanges} token exchange)`);
