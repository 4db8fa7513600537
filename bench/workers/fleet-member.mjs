// One process of the Redis fleet benchmark (bench/workers/pacing-fleet.mjs): a Chartmetric client
// sharing its token and its rate limit with the other processes through Redis, making `CALLS` calls
// at once from `START_AT` on. Prints when each call settled and how it ended.

import { Redis } from 'ioredis';
import { Chartmetric } from 'chartstack/chartmetric';
import { RedisTokenStore } from 'chartstack/redis';

const { redisUrl, baseUrl, refreshToken, prefix, calls, startAt } = JSON.parse(process.argv[2]);
const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
const cm = new Chartmetric({ refreshToken, baseUrl, tokenStore: new RedisTokenStore(redis, { prefix }), rateLimit: { redis } });

await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
const done = [];
let failed = 0;
await Promise.all(
  Array.from({ length: calls }, () =>
    cm.genres.list().then(
      () => done.push(Date.now()),
      () => failed++,
    ),
  ),
);
const pacer = cm.core.pacer();
console.log(JSON.stringify({ done, failed, tokenExchanges: cm.tokenExchanges, margin: pacer.margin, minTime: pacer.minTime }));
await cm.close();
redis.disconnect();
