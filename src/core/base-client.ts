/** What every provider client shares: the core, the escape hatch, rate-limit state, and cleanup. */
import type { APIPromise } from './api-promise.js';
import type { CoreClient, RawRequest } from './client.js';
import type { RequestOptions } from './options.js';
import type { RateLimitInfo } from './provider.js';
import type { Usage } from './usage.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

export abstract class BaseClient {
  /** @internal The pipeline. */
  protected readonly core: CoreClient;

  protected constructor(core: CoreClient) {
    // Non-enumerable, so `console.log(client)` cannot wander into credentials.
    Object.defineProperty(this, 'core', { value: core, enumerable: false });
    this.core = core;
  }

  /**
   * Calls any path of the API, for endpoints not in the catalog yet. Query and body names are sent
   * exactly as given (wire names); the provider envelope is unwrapped; the result is not validated.
   */
  request<T = unknown>(req: RawRequest, options?: RequestOptions): APIPromise<T> {
    return this.core.request<T>(req, options);
  }

  /** Rate-limit and quota state from the most recent response. */
  get rateLimit(): RateLimitInfo {
    return this.core.rateLimit;
  }

  /**
   * What this client has done since it was created: requests sent, cache hits and misses, coalesced
   * calls, retries, 429s, time spent waiting in the rate-limit queue, and the quota left (Soundcharts).
   * A copy: read it again for fresh numbers, subtract two reads for a period.
   */
  get usage(): Usage {
    return this.core.usage();
  }

  /** The base URL this client talks to. */
  get baseUrl(): string {
    return this.core.baseUrl;
  }

  /** Closes idle keep-alive connections (Node). The client stays usable. */
  close(): Promise<void> {
    return this.core.close();
  }

  [INSPECT](): string {
    return `${this.constructor.name} { baseUrl: '${this.core.baseUrl}' }`;
  }

  toJSON(): Record<string, unknown> {
    return { client: this.constructor.name, baseUrl: this.core.baseUrl };
  }
}
