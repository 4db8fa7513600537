// @ts-check
// Saving quota: a small dashboard — three artists, four widgets each — loaded twice. Identical reads
// made at the same moment share one request (coalescing, on by default), and the in-memory response
// cache answers the second load without a single request. `client.usage` says where the calls went.
//   CHARTMETRIC_REFRESH_TOKEN=… node examples/saving-quota.mjs      (without a token: the embedded sandbox)
import { Chartmetric } from 'chartstack/chartmetric';
import { MemoryCacheStore } from 'chartstack/cache';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

const refreshToken = process.env.CHARTSTACK_SANDBOX ? undefined : process.env.CHARTMETRIC_REFRESH_TOKEN;
const cache = { store: new MemoryCacheStore({ maxEntries: 1_000 }) };
const cm = refreshToken
  ? new Chartmetric({ refreshToken, cache })
  : new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: createSandbox().fetch, cache });

const ARTISTS = [206557, 3380, 4904]; // Chartmetric artist ids
const since = '2025-01-01';
/** Each artist's panel: the header and the card read the same profile. */
const panel = (/** @type {number} */ id) => [
  cm.artists.get(id).withResponse(), // header
  cm.artists.get(id).withResponse(), // profile card
  cm.artists.stats(id, 'spotify', { field: 'followers', since }).withResponse(), // followers chart
  cm.artists.cmStats(id).withResponse(), // cross-platform tiles
];

for (const load of ['first load', 'second load']) {
  const before = cm.usage;
  const results = await Promise.all(ARTISTS.flatMap(panel));
  const after = cm.usage;
  const requests = after.requests - before.requests;
  const shared = results.filter((r) => r.coalesced).length;
  const cached = results.filter((r) => r.fromCache).length;
  console.log(`${load}: ${results.length} widget reads, ${requests} request(s) sent, ${shared} shared an identical request, ${cached} from the cache`);
}
const { requests, cacheHits, coalesced, queueWaitMs } = cm.usage;
console.log(`in all: ${requests} requests (the token exchange included), ${cacheHits} cache hits, ${coalesced} coalesced, ${queueWaitMs} ms waiting for the rate limit`);
