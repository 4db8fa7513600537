/**
 * The Node transport's two guards (src/core/transport/undici.ts): it refuses Node older than
 * undici's 22.19 with an `InvalidParamsError` that names the versions (test:runtimes proves it on a
 * real Node 20), and the dispatcher modules it loads on their own are the undici entry's classes.
 */
import { Agent, EnvHttpProxyAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { InvalidParamsError } from '../../src/errors.js';
import { MIN_NODE, assertNodeForUndici } from '../../src/core/transport/undici.js';

describe('Node version guard', () => {
  it.each(['20.20.2', '22.18.0', '18.0.0', ''])('Node %s: InvalidParamsError naming 22.19 and the way around it', (version) => {
    let err: unknown;
    try {
      assertNodeForUndici(version);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidParamsError);
    const { message, issues } = err as InvalidParamsError;
    expect(message).toContain('Node ≥ 22.19');
    expect(message).toContain(`this is Node ${version}`);
    expect(message).toContain('`fetch: globalThis.fetch`');
    expect(issues).toEqual([{ param: 'fetch', message: expect.stringContaining('22.19') }]);
  });

  it.each(['22.19.0', '22.20.1', '23.0.0', '24.21.0', '25.1.0'])('Node %s: accepted', (version) => {
    expect(() => assertNodeForUndici(version)).not.toThrow();
  });

  it('matches package.json engines', async () => {
    const { engines } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(engines.node).toBe(`>=${MIN_NODE.join('.')}`);
  });

  it('runs on this Node (supported): a client without `fetch` is created', () => {
    expect(() => new ChartMogul({ apiKey: 'key-123456', rateLimit: false })).not.toThrow();
  });
});

describe('undici dispatchers loaded from their own modules', () => {
  it('are the package entry’s Agent and EnvHttpProxyAgent', async () => {
    expect((await import('undici/lib/dispatcher/agent.js')).default).toBe(Agent);
    expect((await import('undici/lib/dispatcher/env-http-proxy-agent.js')).default).toBe(EnvHttpProxyAgent);
  });
});
