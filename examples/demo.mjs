#!/usr/bin/env node
// The chartstack tour: every hard part at work, against the embedded sandbox (a loopback HTTP server
// with the three fake APIs), or against the real APIs when credentials are in the environment:
//   CHARTMOGUL_API_KEY, CHARTMETRIC_REFRESH_TOKEN, SOUNDCHARTS_CLIENT_ID + SOUNDCHARTS_CLIENT_SECRET
//   (or SOUNDCHARTS_APP_ID + SOUNDCHARTS_API_KEY).
// Run it with `npm run demo` (installs, builds, then runs this file); CHARTSTACK_SANDBOX=1 forces the sandbox.
import { ChartMogul, Chartmetric, Soundcharts, InvalidParamsError, APIError } from 'chartstack';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

// CHARTSTACK_SANDBOX=1 forces the sandbox even with credentials set (the tests use it).
const env = process.env.CHARTSTACK_SANDBOX ? {} : process.env;
const bold = (s) => `\x1b[1m${s}\x1b[0m`;
const dim = (s) => `\x1b[2m${s}\x1b[0m`;
const BARS = '▁▂▃▄▅▆▇█';
const spark = (values) => {
  const min = Math.min(...values), max = Math.max(...values);
  return values.map((v) => BARS[max === min ? 0 : Math.round(((v - min) / (max - min)) * 7)]).join('');
};
// -$2,112, not $-2,112: the sign goes before the currency symbol.
const money = (cents) => `${cents < 0 ? '-' : ''}$${(Math.abs(cents) / 100).toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
/** `n` values averaged into at most `width` bars (each bar covers the same number of values). */
const squeeze = (values, width) => {
  const per = Math.ceil(values.length / width);
  const out = [];
  for (let i = 0; i < values.length; i += per) {
    const group = values.slice(i, i + per);
    out.push(group.reduce((a, b) => a + b, 0) / group.length);
  }
  return { values: out, per };
};
const monthName = (day) => new Date(`${day}T00:00:00Z`).toLocaleString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const section = (title) => console.log(`\n${bold(`── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`)}`);

const sandbox = createSandbox({ enforceRateLimits: true });
const server = await sandbox.listen();
const live = (name) => (name ? bold('live API') : dim('sandbox'));

console.log(bold('chartstack demo'), dim(`— sandbox on ${server.url}; set provider credentials in the environment to use the real APIs`));

// ───────────────────────────── ChartMogul ─────────────────────────────
section(`ChartMogul (${live(env.CHARTMOGUL_API_KEY)})`);
const mogul = new ChartMogul(
  env.CHARTMOGUL_API_KEY ? { apiKey: env.CHARTMOGUL_API_KEY } : { ...SANDBOX_CREDENTIALS.chartmogul, baseUrl: server.baseUrl('chartmogul') },
);
// The last 12 full months: from the 1st, 12 months back, to the last day of the previous month
// (the current month is not over, so its bucket would be a partial one).
const today = new Date();
const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
const start = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), 1));
const { data: mrr, requestId } = await mogul.metrics.mrr({ startDate: start, endDate: end, interval: 'month' }).withResponse();
const lastMonth = monthName(mrr.entries.at(-1)?.date ?? '2000-01-01');
console.log(`MRR, last 12 months  ${spark(mrr.entries.map((e) => e.mrr))}  ${money(mrr.entries.at(-1)?.mrr ?? 0)} in ${lastMonth} ${dim(`(${mrr.entries.length} months; request id ${requestId})`)}`);
console.log(dim('  month        MRR         new biz    churn'));
for (const e of mrr.entries.slice(-6)) {
  console.log(`  ${e.date}  ${money(e.mrr).padStart(10)}  ${money(e.mrrNewBusiness ?? 0).padStart(9)}  ${money(e.mrrChurn ?? 0).padStart(8)}`);
}
const all = await mogul.metrics.all({ startDate: start, endDate: end, interval: 'month' });
const summary = all.summary ?? {};
console.log(
  `${lastMonth}: ARR ${money(summary.currentArr ?? 0)} · customers ${summary.currentCustomers} · ARPA ${money(summary.currentArpa ?? 0)} · ` +
    `customer churn rate ${summary.currentCustomerChurnRate}% · net MRR churn rate ${summary.currentMrrChurnRate}%` +
    ((summary.currentMrrChurnRate ?? 0) < 0 ? dim(' (negative: expansion outgrew churn)') : ''),
);
let activities = 0;
for await (const _ of mogul.activities.list({ perPage: 200 })) activities++;
console.log(`Activities across every page (cursor pagination, fetched lazily): ${bold(activities)}`);

// ───────────────────────────── Chartmetric ─────────────────────────────
section(`Chartmetric (${live(env.CHARTMETRIC_REFRESH_TOKEN)})`);
const cm = new Chartmetric(
  env.CHARTMETRIC_REFRESH_TOKEN
    ? { refreshToken: env.CHARTMETRIC_REFRESH_TOKEN }
    : { ...SANDBOX_CREDENTIALS.chartmetric, baseUrl: server.baseUrl('chartmetric') },
);
const t0 = Date.now();
const [artist] = await Promise.all([cm.artists.get(206557), cm.artists.urls(206557), cm.artists.cmStats(206557)]);
console.log(`${bold(artist.name)} (${artist.code2 ?? '?'}) — 3 concurrent calls, ${bold(cm.tokenExchanges)} token exchange, ${Date.now() - t0} ms`);
// 90 days including today.
const since = new Date(Date.now() - 89 * 86_400_000);
const stats = await cm.artists.stats(206557, 'spotify', { since });
const followers = (stats.followers ?? []).map((p) => Number(p.value));
if (followers.length) {
  // Every daily point of the 90 days, averaged two (or more) days a bar to fit the line.
  const bars = squeeze(followers, 45);
  const label = `Spotify followers, ${followers.length} days${bars.per > 1 ? ` (${bars.per} days a bar)` : ''}`;
  console.log(`${label}  ${spark(bars.values)}  ${followers.at(-1)?.toLocaleString('en-US')}`);
}
const chart = await cm.charts.spotify({ date: '2025-06-01', countryCode: 'US', type: 'regional', interval: 'daily' });
console.log(`Spotify US daily chart, 2025-06-01 (${chart.length ?? chart.data?.length} entries):`);
for (const [i, row] of (chart.data ?? []).slice(0, 5).entries()) console.log(`  ${String(row.rank ?? i + 1).padStart(2)}. ${row.name} — ${(row.artist_names ?? []).join(', ')}`);
let tracks = 0;
const paced = Date.now();
for await (const _ of cm.artists.tracks(206557)) tracks++;
console.log(`Tracks of ${artist.name} across pages: ${bold(tracks)} ${dim(`(paced from X-RateLimit headers; ${Date.now() - paced} ms; limit learned: ${cm.rateLimit.limit ?? '?'} req/s)`)}`);

// ───────────────────────────── Soundcharts ─────────────────────────────
const scLive = env.SOUNDCHARTS_CLIENT_ID || env.SOUNDCHARTS_APP_ID;
section(`Soundcharts (${live(scLive)})`);
const sc = env.SOUNDCHARTS_CLIENT_ID
  ? new Soundcharts({ clientId: env.SOUNDCHARTS_CLIENT_ID, clientSecret: env.SOUNDCHARTS_CLIENT_SECRET ?? '' })
  : env.SOUNDCHARTS_APP_ID
    ? new Soundcharts({ appId: env.SOUNDCHARTS_APP_ID, apiKey: env.SOUNDCHARTS_API_KEY ?? '' })
    : Soundcharts.sandbox({ baseUrl: server.baseUrl('soundcharts') });
const billie = await sc.artists.get('11e81bcc-9c1c-ce38-b96b-a0369fe50396');
console.log(`${bold(billie.name)}'s songs, newest first, page by page (following page.next links):`);
let songs = 0;
let pages = 0;
for await (const page of sc.artists.songs(billie.uuid, { sortBy: 'releaseDate', sortOrder: 'desc' }).pages()) {
  pages++;
  songs += page.items.length;
  const newest = page.items[0];
  console.log(`  page ${pages}: ${String(page.items.length).padStart(3)} songs, from "${newest?.name}" ${dim(`(${newest?.releaseDate?.slice(0, 10)})`)} · quota left ${bold(sc.quotaRemaining ?? '?')}`);
}
console.log(`${songs} songs over ${pages} pages; every successful call uses one unit of quota (x-quota-remaining).`);

// ───────────────────────────── Errors ─────────────────────────────
section('Errors, as you would see them');
try {
  await mogul.metrics.mrr({ startDate: '2025-13-01', endDate: '2025-01-31', geo: ['usa'] });
} catch (err) {
  if (!(err instanceof InvalidParamsError)) throw err;
  console.log(`InvalidParamsError ${dim('(nothing was sent)')}\n  ${err.message}`);
}
try {
  await new ChartMogul({ apiKey: 'not-a-real-key', baseUrl: env.CHARTMOGUL_API_KEY ? undefined : server.baseUrl('chartmogul') }).ping();
} catch (err) {
  if (!(err instanceof APIError)) throw err;
  console.log(`${err.name} ${dim(`(status ${err.status}; the key is never printed)`)}\n  ${err.message}`);
}

await Promise.all([mogul.close(), cm.close(), sc.close()]);
await server.close();
console.log(dim('\nDone. Next: examples/ for focused scripts, README.md for the full guide.'));
