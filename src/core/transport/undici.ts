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
 * undici itself is loaded on the first request, not at import: it takes longer to load than the
 * rest of a provider entry, and clients given their own `fetch` (tests on `sandbox.fetch`, custom
 * agents) never need it.
 */
import type { Dispatcher } from 'undici';
import type { AttemptSignal } from './attempt-signal.js';
import { NodeResponseHeaders } from './headers.js';
import type { Transport, TransportResponse } from './types.js';

let undici: Promise<typeof import('undici')> | undefined;
const loadUndici = () => (undici ??= import('undici'));

export function undiciTransport(timeout: number): Transport & { close(): Promise<void> } {
  let dispatcher: Dispatcher | undefined;
  let pending: Promise<Dispatcher> | undefined;
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
  const useProxy = Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
  const createDispatcher = async () => {
    const { Agent, EnvHttpProxyAgent } = await loadUndici();
    const opts = { keepAliveTimeout: 10_000, headersTimeout: timeout + 1_000, bodyTimeout: timeout + 1_000, connections: 64 };
    return (dispatcher = useProxy ? new EnvHttpProxyAgent(opts) : new Agent(opts));
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
