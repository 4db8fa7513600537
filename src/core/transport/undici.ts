/**
 * The Node transport: undici's `request` over one keep-alive Agent per client (or an
 * `EnvHttpProxyAgent` when HTTP(S)_PROXY is set). undici's own header/body timers are set just
 * above ours so that our per-attempt timeout, which covers headers and body together, fires first
 * with a clear `APITimeoutError` (reference/sdk-practices.md §6, openai-node#2153).
 */
import type { EventEmitter } from 'node:events';
import { Agent, EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { NodeResponseHeaders } from './headers.js';
import type { Transport } from './types.js';

export function undiciTransport(timeout: number): Transport & { close(): Promise<void> } {
  let dispatcher: Dispatcher | undefined;
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
  const useProxy = Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
  const getDispatcher = () =>
    (dispatcher ??= (() => {
      const opts = { keepAliveTimeout: 10_000, headersTimeout: timeout + 1_000, bodyTimeout: timeout + 1_000, connections: 64 };
      return useProxy ? new EnvHttpProxyAgent(opts) : new Agent(opts);
    })());

  const transport: Transport = async (req) => {
    const res = await request(req.url, {
      method: req.method as Dispatcher.HttpMethod,
      headers: req.headers,
      body: req.body,
      // undici needs only `on`/`once`/`removeListener` of the EventEmitter it accepts (attempt-signal.ts).
      signal: req.signal as unknown as EventEmitter,
      dispatcher: getDispatcher(),
      // A per-call timeout above the client default must not be cut short by the agent.
      headersTimeout: req.timeout + 1_000,
      bodyTimeout: req.timeout + 1_000,
    });
    return {
      status: res.statusCode,
      headers: new NodeResponseHeaders(res.headers),
      text: () => res.body.text(),
      discard: async () => {
        await res.body.dump().catch(() => undefined);
      },
    };
  };
  return Object.assign(transport, {
    close: async () => {
      await dispatcher?.close();
      dispatcher = undefined;
    },
  });
}
