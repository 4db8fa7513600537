/**
 * The ChartMogul Metrics API client.
 *
 * ```ts
 * const mogul = new ChartMogul({ apiKey: process.env.CHARTMOGUL_API_KEY! });
 * const { entries, summary } = await mogul.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' });
 * ```
 * Results use camelCase keys (`mrrNewBusiness`, `externalId`); money is in cents.
 */
import type { APIPromise } from '../core/api-promise.js';
import { basicAuth } from '../core/auth/static.js';
import { BaseClient } from '../core/base-client.js';
import { CoreClient } from '../core/client.js';
import type { Resources, ResultOf } from '../core/endpoint.js';
import { APIUserAbortError, ChartstackError, InvalidParamsError } from '../core/errors.js';
import type { ClientOptions, RequestOptions } from '../core/options.js';
import { lazyProperty } from '../core/lazy.js';
import { bindFamilies, bindFamily } from '../core/resources.js';
import { sleep } from '../core/sleep.js';
import { chartmogulFamilies, ping, type ChartmogulCatalog } from './catalog/index.js';
import { chartmogulSpec } from './provider.js';

export interface ChartMogulOptions extends ClientOptions {
  /** Your ChartMogul API key (Profile → API keys). Sent as the HTTP Basic user; never logged. */
  apiKey: string;
}

type Catalog = ChartmogulCatalog;

/** An activities export job: `id`, `status`, and `fileUrl` once it is ready. */
export type ActivitiesExport = ResultOf<Catalog['activitiesExport']['get']>;

export class ChartMogul extends BaseClient {
  /** Revenue metrics: `all`, `mrr`, `arr`, `arpa`, `asp`, `customerCount`, `customerChurnRate`, `mrrChurnRate`, `ltv`. */
  declare readonly metrics: Resources<Catalog>['metrics'];
  /** Customer search by email, and a customer's activities and subscriptions. */
  declare readonly customers: Resources<Catalog>['customers'];
  /** MRR activities across all customers. */
  declare readonly activities: Resources<Catalog>['activities'];
  /** Activities exports: `create`, `get`, and `waitUntilReady`. */
  declare readonly activitiesExport: Resources<Catalog>['activitiesExport'] & {
    /**
     * Polls an export until its file is ready (`status: 'succeeded'` with a `fileUrl`) and returns it.
     * Rejects with `APIUserAbortError` on `signal`, or a `ChartstackError` if the export fails or
     * `timeout` (ms, default 10 minutes) passes.
     */
    waitUntilReady(id: string, options?: { pollInterval?: number; timeout?: number; signal?: AbortSignal }): Promise<ActivitiesExport>;
  };
  /** Account name, currency, time zone and week start. */
  declare readonly account: Resources<Catalog>['account'];

  constructor(options: ChartMogulOptions) {
    if (!options || typeof options.apiKey !== 'string' || options.apiKey.trim() === '') {
      throw new InvalidParamsError('ChartMogul needs an `apiKey`: new ChartMogul({ apiKey: process.env.CHARTMOGUL_API_KEY }).', [
        { param: 'apiKey', message: 'expected a non-empty string' },
      ]);
    }
    const core = new CoreClient(chartmogulSpec, options);
    // ChartMogul: key as user, empty password (reference/chartmogul.md §1 "Auth").
    core.setAuth(basicAuth(options.apiKey, '', core.redactor));
    super(core);
    // Each family is built and bound when first read (src/core/lazy.ts); the export family gains `waitUntilReady`.
    bindFamilies(this, core, chartmogulFamilies);
    lazyProperty(this, 'activitiesExport', () => {
      const exports = bindFamily(core, chartmogulFamilies.activitiesExport());
      return Object.freeze({
        ...exports,
        waitUntilReady: (id: string, opts: { pollInterval?: number; timeout?: number; signal?: AbortSignal } = {}) => waitForExport(exports.get, id, opts),
      });
    });
  }

  /** Checks the API key: resolves to `{ data: 'pong!' }`. */
  ping(options?: RequestOptions): APIPromise<{ data: string }> {
    return this.core.call(ping(), [options]) as APIPromise<{ data: string }>;
  }
}

async function waitForExport(
  get: (id: string, options?: RequestOptions) => APIPromise<ActivitiesExport>,
  id: string,
  { pollInterval = 2_000, timeout = 10 * 60_000, signal }: { pollInterval?: number; timeout?: number; signal?: AbortSignal },
): Promise<ActivitiesExport> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (signal?.aborted) throw new APIUserAbortError('Stopped waiting for the activities export: the caller aborted.');
    const job = await get(id, signal ? { signal } : {});
    if (job.fileUrl && job.status !== 'failed') return job;
    if (job.status === 'failed') throw new ChartstackError(`Activities export ${id} failed on ChartMogul's side; create a new one.`);
    if (Date.now() + pollInterval > deadline) throw new ChartstackError(`Activities export ${id} was not ready within ${timeout} ms (status: ${job.status}).`);
    await sleep(pollInterval, signal).catch(() => {
      throw new APIUserAbortError('Stopped waiting for the activities export: the caller aborted.');
    });
  }
}
