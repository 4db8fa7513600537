/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS user script is the point */
// Builds the client from the environment the test gives (a loopback sandbox in the test process, so
// requests go through the real Node transport) and makes one call. Resolves with "ok …" or "error <name>".
const env = process.env;
const options = { baseUrl: env.BASE_URL, timeout: Number(env.TIMEOUT ?? 60_000), maxRetries: Number(env.MAX_RETRIES ?? 2) };
// Pacing shared through Redis (given as a URL: the script opens no connection of its own).
if (env.REDIS_URL) options.rateLimit = { redis: env.REDIS_URL, prefix: env.REDIS_PREFIX };

async function call(mod) {
  try {
    switch (env.PROVIDER) {
      case 'chartmogul': {
        const mogul = new mod.ChartMogul({ ...options, apiKey: env.API_KEY });
        const mrr = await mogul.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-03-31' });
        return `ok entries=${mrr.entries.length}`;
      }
      case 'chartmetric': {
        const cm = new mod.Chartmetric({ ...options, refreshToken: env.REFRESH_TOKEN });
        const artist = await cm.artists.get(206557);
        return `ok name=${JSON.stringify(artist.name)}`;
      }
      case 'soundcharts': {
        const sc = new mod.Soundcharts({ ...options, clientId: env.CLIENT_ID, clientSecret: env.CLIENT_SECRET, tokenUrl: env.TOKEN_URL });
        const artist = await sc.artists.get('11e81bcc-9c1c-ce38-b96b-a0369fe50396');
        return `ok name=${JSON.stringify(artist.name)}`;
      }
      default:
        throw new Error(`unknown PROVIDER ${env.PROVIDER}`);
    }
  } catch (err) {
    return `error ${err && err.name}`;
  }
}

// When the event loop has nothing left to do, Node emits 'exit': the moment nothing holds the process
// any more. Printed synchronously (the loop is done), so the test can compare it with settled-at.
process.on('exit', () => require('node:fs').writeSync(1, `exit-at=${Date.now()}\n`));

module.exports = { call };
