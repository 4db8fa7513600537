// One process of the shared-cache fleet (bench/workers/quota-fleet.mjs): a Chartmetric client whose
// response cache is Redis (`RedisCacheStore`, shared by every member) with a short TTL, reading the
// same `ids` over and over — all of them at once, every `everyMs` — from `startAt` until `endAt`.
// Prints how many reads it made and how they were answered.
import { Redis } from 'ioredis';
import { Chartmetric } from 'chartstack/chartmetric';
import { RedisCacheStore, RedisTokenStore } from 'chartstack/redis';

const { redisUrl, baseUrl, refreshToken, prefix, ids, ttlMs, everyMs, startAt, endAt } = JSON.parse(process.argv[2]);
const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
const cm = new Chartmetric({
  refreshToken,
  baseUrl,
  tokenStore: new RedisTokenStore(redis, { prefix }),
  cache: { store: new RedisCacheStore(redis, { prefix: `${prefix}cache:` }), ttl: ttlMs },
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
await sleep(Math.max(0, startAt - Date.now()));
let reads = 0;
let failed = 0;
while (Date.now() < endAt) {
  const round = Date.now();
  await Promise.all(ids.map((id) => cm.artists.get(id).then(() => reads++, () => failed++)));
  await sleep(Math.max(0, everyMs - (Date.now() - round)));
}
console.log(JSON.stringify({ reads, failed, usage: cm.usage }));
await cm.close();
redis.disconnect();
