/**
 * Process lifetime (issue #14): a plain script whose only work is one call must see that call settle,
 * whatever the call meets on its way — and must exit by itself once it has.
 *
 * Each case runs test/lifetime/call.mjs (ESM, top-level await) and call.cjs (CommonJS, `.then`) in a
 * child process of its own: no test runner keeps that process alive, exactly as when a user runs a
 * script. The sandbox runs here, in the test process, behind its loopback server, so the child sends
 * through the real Node transport (undici). Faults are queued on the sandbox before each child starts.
 *
 * Before the fix, a call paused after a 503 without `Retry-After` left nothing holding the event loop:
 * ESM exited with code 13 ("unsettled top-level await"), CommonJS exited 0 and printed nothing.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { createSandbox, SANDBOX_CREDENTIALS, type Fault, type LoopbackServer, type Sandbox } from '../../src/testing/index.js';
import { ensureBuilt } from '../examples/run-example.js';
import { collect, type ChildRun } from '../support/child.js';
import { REDIS_SERVER_AVAILABLE, startRedis, type RedisServer } from '../redis/redis-server.js';

type Provider = 'chartmogul' | 'chartmetric' | 'soundcharts';

/** The provider's own error body and rate-limit headers for a 429, so the client reads it as the API's. */
function tooMany(provider: Provider, retryAfter: boolean): Fault {
  const headers: Record<string, string> = retryAfter ? { 'retry-after': '1' } : {};
  if (provider === 'chartmetric') {
    Object.assign(headers, { 'x-ratelimit-limit': '25', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) });
    return { provider, status: 429, headers, body: { error: 'Too Many Requests' } };
  }
  if (provider === 'soundcharts') {
    if (!retryAfter) headers['x-ratelimit-reset'] = '1';
    return { provider, status: 429, headers, body: { errors: [{ code: 429, key: 'rate', message: 'You have reached the maximum request count per minute' }] } };
  }
  return { provider, status: 429, headers, body: { error: 'Your request rate has exceeded our rate limit.' } };
}

interface Case {
  name: string;
  faults: (provider: Provider) => Fault[];
  env?: Record<string, string>;
  providers?: Provider[];
}

const CASES: Case[] = [
  { name: '429 with Retry-After', faults: (p) => [tooMany(p, true)] },
  { name: '429 without Retry-After', faults: (p) => [tooMany(p, false)] },
  { name: '503 with Retry-After', faults: (p) => [{ provider: p, status: 503, headers: { 'retry-after': '1' } }] },
  { name: '503 without Retry-After', faults: (p) => [{ provider: p, status: 503, times: 2 }] },
  { name: '500', faults: (p) => [{ provider: p, status: 500 }] },
  { name: 'a reset connection', faults: (p) => [{ provider: p, kind: 'reset' }] },
  { name: 'an attempt timeout', faults: (p) => [{ provider: p, kind: 'stall-headers' }], env: { TIMEOUT: '400' } },
  {
    name: 'a failing token endpoint',
    providers: ['chartmetric', 'soundcharts'],
    faults: (p) => [p === 'chartmetric' ? { provider: p, path: '/api/token', status: 503 } : { provider: 'soundcharts-account', status: 503 }],
  },
];

const PROVIDERS: Provider[] = ['chartmogul', 'chartmetric', 'soundcharts'];
const MODULES = ['call.mjs', 'call.cjs'] as const;

function runScript(script: string, env: Record<string, string>): Promise<ChildRun> {
  return collect(spawn(process.execPath, [join(__dirname, script)], { env: { ...process.env, ...env, CHARTSTACK_LOG: '' } }));
}

/** One sandbox per case, behind its own loopback server, so cases can run side by side. */
async function sandboxWith(faults: Fault[]): Promise<{ sandbox: Sandbox; server: LoopbackServer }> {
  const sandbox = createSandbox({ seed: 7 });
  for (const fault of faults) sandbox.faults.add(fault);
  return { sandbox, server: await sandbox.listen() };
}

const envFor = (provider: Provider, server: LoopbackServer): Record<string, string> => ({
  PROVIDER: provider,
  BASE_URL: server.baseUrl(provider),
  TOKEN_URL: `${server.baseUrl('soundcharts-account')}/oauth/token`,
  API_KEY: SANDBOX_CREDENTIALS.chartmogul.apiKey,
  REFRESH_TOKEN: SANDBOX_CREDENTIALS.chartmetric.refreshToken,
  CLIENT_ID: SANDBOX_CREDENTIALS.soundcharts.clientId,
  CLIENT_SECRET: SANDBOX_CREDENTIALS.soundcharts.clientSecret,
});

beforeAll(() => ensureBuilt(), 300_000);

describe.concurrent('a plain script sees its call settle, then exits by itself', () => {
  for (const provider of PROVIDERS) {
    for (const c of CASES.filter((x) => !x.providers || x.providers.includes(provider))) {
      for (const script of MODULES) {
        it(`${provider}: ${c.name} (${script === 'call.mjs' ? 'ESM, top-level await' : 'CommonJS, .then'})`, async ({ expect }) => {
          const { sandbox, server } = await sandboxWith(c.faults(provider));
          try {
            const run = await runScript(script, { ...envFor(provider, server), ...c.env });
            const line = run.stdout.split('\n').find((l) => l.includes('settled-at=')) ?? run.stdout;
            expect(run.stderr).not.toMatch(/unsettled top-level await/i);
            expect({ code: run.code, line }).toMatchObject({ code: 0, line: expect.stringMatching(/^ok /) });
            // Nothing chartstack started holds the process once the call has settled: the event loop
            // empties (Node's 'exit' event) within a second.
            const settledAt = Number(/settled-at=(\d+)/.exec(run.stdout)?.[1]);
            const exitAt = Number(/exit-at=(\d+)/.exec(run.stdout)?.[1]);
            expect(exitAt - settledAt).toBeLessThan(1_000);
            // The fault really happened (the call did not just miss it).
            expect(sandbox.faults.pending).toBe(0);
          } finally {
            await server.close();
          }
        }, 60_000);
      }
    }
  }
});

describe.skipIf(!REDIS_SERVER_AVAILABLE)('with pacing shared through Redis', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
    return () => redis.stop();
  });

  // A paused shared queue waits on Redis (its connections do not hold the process by design): the
  // pending call itself must.
  for (const c of CASES.filter((x) => ['429 without Retry-After', '503 without Retry-After'].includes(x.name))) {
    for (const script of MODULES) {
      it(`chartmetric: ${c.name} (${script})`, async ({ expect }) => {
        const { sandbox, server } = await sandboxWith(c.faults('chartmetric'));
        try {
          const run = await runScript(script, { ...envFor('chartmetric', server), REDIS_URL: redis.url, REDIS_PREFIX: `life${process.pid}:` });
          expect({ code: run.code, out: run.stdout }).toMatchObject({ code: 0, out: expect.stringMatching(/^ok /m) });
          const settledAt = Number(/settled-at=(\d+)/.exec(run.stdout)?.[1]);
          const exitAt = Number(/exit-at=(\d+)/.exec(run.stdout)?.[1]);
          expect(exitAt - settledAt).toBeLessThan(1_000);
          expect(sandbox.faults.pending).toBe(0);
          // Every key the shared limiter wrote carries the prefix.
          const keys = await redis.admin.keys('*');
          expect(keys.length).toBeGreaterThan(0);
          expect(keys.filter((k) => !k.startsWith(`life${process.pid}:`))).toEqual([]);
        } finally {
          await server.close();
        }
      }, 60_000);
    }
  }
});
