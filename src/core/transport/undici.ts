/**
 * The Node transport: undici's `Dispatcher.dispatch` over one keep-alive Agent per client (or an
 * `EnvHttpProxyAgent` when HTTP(S)_PROXY is set). undici's own header/body timers are set just
 * above ours so that our per-attempt timeout, which covers headers and body together, fires first
 * with a clear `APITimeoutError` (reference/sdk-practices.md §6, openai-node#2153).
 *
 * Why `dispatch` and not `undici.request`: `request` hands the body over as a Node `Readable`
 * stream, and that stream's machinery (an AsyncResource per request, stream state, the consumer
 * that turns it back into one string) cost about a third of a small call's CPU on the loopback
 * benchmark. The pipeline always wants the whole body as text, so the handler below collects the
 * chunks itself (https://undici.nodejs.org/#/docs/api/Dispatcher.md, "dispatch").
 *
 * undici is loaded on the first request, not at import, and only the dispatcher this client uses
 * (`undici/lib/dispatcher/agent.js`, or `env-http-proxy-agent.js` when a proxy is set): the package
 * entry also loads fetch, WebSocket, the cache and the mock agents, about 60 % of undici's load time,
 * which a serverless cold start pays before its first answer (issue #15; bench/suites/cold-start.mjs
 * measures it). Should a future undici move these files, the package entry is the fallback. Clients
 * given their own `fetch` (tests on `sandbox.fetch`, custom agents) never load undici.
 *
 * undici 8 needs Node ≥ 22.19. On older Node it fails on its first request with an unrelated
 * `TypeError`, which the pipeline would report as a connection problem; so the transport refuses to
 * be created there, and the client's constructor says which Node it needs.
 */
import type { Agent, Dispatcher, EnvHttpProxyAgent } from 'undici';
import { InvalidParamsError } from '../errors.js';
import type { AttemptSignal } from './attempt-signal.js';
import { NodeResponseHeaders } from './headers.js';
import type { Transport, TransportResponse } from './types.js';

/** The oldest Node undici 8 runs on (its `engines`); package.json `engines` says the same. */
export const MIN_NODE = [22, 19] as const;

let agentClass: Promise<typeof Agent> | undefined;
let proxyAgentClass: Promise<typeof EnvHttpProxyAgent> | undefined;
const loadAgent = () =>
  (agentClass ??= import('undici/lib/dispatcher/agent.js').then(
    (m) => m.default,
    () => import('undici').then((m) => m.Agent),
  ));
const loadProxyAgent = () =>
  (proxyAgentClass ??= import('undici/lib/dispatcher/env-http-proxy-agent.js').then(
    (m) => m.default,
    () => import('undici').then((m) => m.EnvHttpProxyAgent),
  ));

/** Throws `InvalidParamsError` on a Node too old for undici, naming the version needed and the way around it. */
export function assertNodeForUndici(version: string = globalThis.process?.versions?.node ?? ''): void {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1])) return;
  const needed = `${MIN_NODE[0]}.${MIN_NODE[1]}`;
  throw new InvalidParamsError(
    `chartstack sends requests with undici, which needs Node ≥ ${needed}; this is Node ${version}. Upgrade Node (22.19 or later, or 24), or pass your own \`fetch\` in the client options (e.g. \`fetch: globalThis.fetch\`) to send without undici.`,
    [{ param: 'fetch', message: `required on Node ${version}: the default transport (undici) needs Node ≥ ${needed}` }],
  );
}

export function undiciTransport(timeout: number): Transport & { close(): Promise<void> } {
  assertNodeForUndici();
  let dispatcher: Dispatcher | undefined;
  let pending: Promise<Dispatcher> | undefined;
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
  const useProxy = Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
  const createDispatcher = async () => {
    const opts = { keepAliveTimeout: 10_000, headersTimeout: timeout + 1_000, bodyTimeout: timeout + 1_000, connections: 64 };
    return (dispatcher = useProxy ? new (await loadProxyAgent())(opts) : new (await loadAgent())(opts));
  };

  const send = (to: Dispatcher, req: Parameters<Transport>[0]) =>
    new Promise<TransportResponse>((resolve, reject) => {
      // Aborted already (while undici was loading, say): nothing to send.
      if (req.signal.fired) return reject(req.signal.reason);
      const { origin, path } = splitUrl(req.url);
      to.dispatch(
        {
          origin,
          path,
          method: req.method as Dispatcher.HttpMethod,
          headers: req.headers,
          body: req.body,
          // A per-call timeout above the client default must not be cut short by the agent.
          headersTimeout: req.timeout + 1_000,
          bodyTimeout: req.timeout + 1_000,
        },
        new CollectingHandler(req.signal, resolve, reject),
      );
    });
  // After the first request the dispatcher is at hand: no extra promise per call.
  const transport: Transport = (req) => (dispatcher ? send(dispatcher, req) : (pending ??= createDispatcher()).then((d) => send(d, req)));
  return Object.assign(transport, {
    close: async () => {
      const closing = dispatcher ?? (await pending?.catch(() => undefined));
      dispatcher = undefined;
      pending = undefined;
      await closing?.close();
    },
  });
}

/** Paths undici takes as they are: printable ASCII only (it rejects anything else as invalid). */
const PLAIN_PATH = /^\/[\x21-\x7e]*$/;

/**
 * `http://host:port` and `/path?query` of an absolute URL. The pipeline builds its URLs from a
 * checked base URL and encoded parts, so a string split is enough; anything unusual (non-ASCII,
 * spaces) goes through the WHATWG parser, which percent-encodes it exactly as `fetch` would.
 */
export function splitUrl(url: string): { origin: string; path: string } {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  const path = slash < 0 ? '/' : url.slice(slash);
  if (PLAIN_PATH.test(path)) return { origin: slash < 0 ? url : url.slice(0, slash), path };
  const parsed = new URL(url);
  return { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
}

/**
 * One exchange, from undici's callbacks to the transport's promise. It resolves once the whole body
 * is in (the pipeline reads nothing before it), and rejects with undici's error (connection failure,
 * undici's own timeouts) or with the attempt's abort, which may come while the request still waits
 * for a free connection.
 */
class CollectingHandler implements Dispatcher.DispatchHandler {
  #signal: AttemptSignal;
  #resolve: (res: TransportResponse) => void;
  #reject: (err: unknown) => void;
  #controller: Dispatcher.DispatchController | undefined;
  #status = 0;
  #headers: Record<string, string | string[] | undefined> = {};
  #chunks: Buffer[] = [];
  #onAbort = () => {
    this.#controller?.abort(abortError(this.#signal.reason));
    this.#reject(this.#signal.reason);
  };

  constructor(signal: AttemptSignal, resolve: (res: TransportResponse) => void, reject: (err: unknown) => void) {
    this.#signal = signal;
    this.#resolve = resolve;
    this.#reject = reject;
    signal.onAbort(this.#onAbort);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    if (this.#signal.fired) controller.abort(abortError(this.#signal.reason));
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>): void {
    // 1xx informational responses (100 Continue, 103 Early Hints) precede the real one.
    if (statusCode < 200) return;
    this.#status = statusCode;
    this.#headers = headers;
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    this.#signal.offAbort(this.#onAbort);
    const chunks = this.#chunks;
    let text = chunks.length === 1 ? chunks[0]!.toString('utf8') : chunks.length === 0 ? '' : Buffer.concat(chunks).toString('utf8');
    // A UTF-8 byte order mark is not part of the text (the Encoding standard's "UTF-8 decode").
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.#resolve({ status: this.#status, headers: new NodeResponseHeaders(this.#headers), text: () => Promise.resolve(text) });
  }

  onResponseError(_controller: Dispatcher.DispatchController | null, error: Error): void {
    this.#signal.offAbort(this.#onAbort);
    this.#reject(error);
  }
}

/** undici expects an `Error` as the abort reason; the pipeline keeps its own reason on the signal. */
const abortError = (reason: unknown): Error =>
  reason instanceof Error ? reason : Object.assign(new Error('The request was aborted.'), { name: 'AbortError' });
