/**
 * Runs one endpoint from the command line through the real client — `client[family][method](...path,
 * params, { signal })` — so the SDK's validation, pacing, retries and pagination apply exactly as in
 * code. Lists are written page by page as they arrive; Ctrl-C aborts the request in flight, closes
 * the output properly (a JSON array gets its `]`) and exits with 130.
 */
import type { AnyEndpoint, ClientOptions, Page, PagePromise } from '../index.js';
import { UsageError } from './coerce.js';
import { loadEnv, redactEnv } from './env.js';
import { EXIT, exitCodeFor, messageFor } from './exit-codes.js';
import { formatter, formatForFile, type Format } from './output/formats.js';
import { rowsOf } from './output/rows.js';
import { Sink } from './output/sink.js';
import { findSeries, renderPlot } from './plot.js';
import { Progress, WaitTracker, progressLine } from './progress.js';
import { SECRET_VARS, sandboxFetch, type CliClient, type Env, type Provider } from './providers.js';

/** Options every endpoint command takes (output, paging, connection). */
export interface CallOptions {
  format?: Format | undefined;
  out?: string | undefined;
  columns?: string[] | undefined;
  rows?: string | undefined;
  /** `--plot` alone (true) or the fields to plot. */
  plot?: true | string[] | undefined;
  all?: boolean | undefined;
  limit?: number | undefined;
  progress?: boolean | undefined;
  wait?: boolean | undefined;
  sandbox?: boolean | undefined;
  envFile?: string | undefined;
  baseUrl?: string | undefined;
  rate?: number | undefined;
  timeout?: number | undefined;
  maxRetries?: number | undefined;
}

export interface Invocation {
  provider: Provider;
  endpoint: AnyEndpoint;
  family: string;
  method: string;
  pathArgs: unknown[];
  params: Record<string, unknown> | undefined;
  options: CallOptions;
}

const LOG_ORDER = { off: 0, error: 1, warn: 2, info: 3, debug: 4 } as const;

/** Lines of the SDK's log that the user asked for with `CHARTSTACK_LOG`. */
function logForwarder(env: Env, write: (line: string) => void) {
  const wanted = LOG_ORDER[(env.CHARTSTACK_LOG?.toLowerCase() ?? 'off') as keyof typeof LOG_ORDER] ?? 0;
  return (level: 'error' | 'warn' | 'info' | 'debug', line: string) => {
    if (LOG_ORDER[level] <= wanted) write(line);
  };
}

/** The total number of items a list reports, if it does (offset rules, Soundcharts `page.total`, a `total` field). */
function totalOf(endpoint: AnyEndpoint, data: unknown): number | undefined {
  const rule = endpoint.paginate;
  const fromRule = rule?.kind === 'offset' ? rule.total?.(data as never) : undefined;
  if (typeof fromRule === 'number') return fromRule;
  const d = data as { page?: { total?: unknown }; total?: unknown } | null;
  const t = d?.page?.total ?? d?.total;
  return typeof t === 'number' && Number.isFinite(t) ? t : undefined;
}

/** Asks the API for pages of `--limit` items when the page-size parameter accepts that size (fewer requests). */
function pageSizeFor(endpoint: AnyEndpoint, params: Record<string, unknown> | undefined, limit: number | undefined): Record<string, unknown> | undefined {
  const shape = endpoint.query?.def.shape;
  if (!shape || limit === undefined) return params;
  for (const key of ['limit', 'perPage']) {
    const schema = shape[key];
    if (schema && params?.[key] === undefined && schema.safeParse(limit).success) return { ...params, [key]: limit };
  }
  return params;
}

/** Runs the call; resolves with the exit code. */
export async function runCall(inv: Invocation): Promise<number> {
  const { endpoint, options: o } = inv;
  const stderr = process.stderr;
  const env = loadEnv(o.envFile);
  const say = (line: string) => stderr.write(`${redactEnv(line, env, SECRET_VARS)}\n`);
  const interactive = Boolean(stderr.isTTY);
  const showProgress = o.progress ?? interactive;

  if (o.limit !== undefined && (!Number.isInteger(o.limit) || o.limit < 1)) throw new UsageError(`--limit: expected a positive integer (got ${o.limit}).`);
  const tracker = new WaitTracker(logForwarder(env, say));
  const clientOptions: ClientOptions = {
    logger: tracker,
    logLevel: 'debug',
    ...(o.timeout !== undefined ? { timeout: o.timeout } : {}),
    ...(o.maxRetries !== undefined ? { maxRetries: o.maxRetries } : {}),
    ...(o.rate !== undefined ? { rateLimit: { perSecond: o.rate } } : {}),
  };
  // Credentials first: a missing one fails before an output file is created.
  const baseUrl = o.baseUrl ?? env[inv.provider.baseUrlVar];
  const client: CliClient =
    o.sandbox || env.CHARTSTACK_SANDBOX
      ? await inv.provider.sandboxClient({ ...clientOptions, fetch: await sandboxFetch() })
      : await inv.provider.client(env, { ...clientOptions, ...(baseUrl ? { baseUrl } : {}) });

  const sink = o.out ? Sink.file(o.out) : Sink.stdout();
  const format: Format = o.format ?? (o.out ? formatForFile(o.out) : undefined) ?? (sink.isTTY ? 'table' : 'json');
  const out = formatter(format, { columns: o.columns, rows: o.rows, width: sink.columns });
  // With --plot the chart goes to stdout; the data too only when it has a file of its own.
  const writeData = !o.plot || Boolean(o.out);
  const progress = new Progress(stderr, tracker, () => client.rateLimit);

  const controller = new AbortController();
  let interrupted = false;
  const onSigint = () => {
    if (interrupted) {
      // A second Ctrl-C: leave at once.
      progress.stop();
      process.exit(EXIT.interrupted);
    }
    interrupted = true;
    controller.abort(new Error('Interrupted (Ctrl-C).'));
  };
  process.on('SIGINT', onSigint);
  sink.onReaderGone(() => controller.abort(new Error('The output pipe was closed.')));

  let items = 0;
  let pages = 0;
  let code: number = EXIT.ok;
  const collected: unknown[] = [];
  let result: unknown;

  try {
    // A method lives on its family (`client.metrics.mrr`), or on the client itself (`client.ping`).
    const family = (inv.family ? client[inv.family] : client) as Record<string, (...args: unknown[]) => unknown>;
    const args = [...inv.pathArgs];
    const paged = Boolean(endpoint.paginate);
    const params = paged ? pageSizeFor(endpoint, inv.params, o.limit) : inv.params;
    if (endpoint.query || endpoint.body) args.push(params);
    args.push({ signal: controller.signal });

    if (paged) {
      const follow = Boolean(o.all) || o.limit !== undefined;
      tracker.asked();
      const pagesOf = (family[inv.method]!(...args) as PagePromise<unknown, unknown>).pages();
      let total: number | undefined;
      for await (const page of pagesOf as AsyncIterable<Page<unknown, unknown>>) {
        pages++;
        const room = o.limit === undefined ? page.items.length : Math.max(0, o.limit - items);
        const batch = page.items.slice(0, room);
        items += batch.length;
        total ??= totalOf(endpoint, page.data);
        const more = page.hasNextPage() && (o.limit === undefined || items < o.limit);
        if (writeData) await progress.interleave(() => sink.write(out.items(batch)));
        if (o.plot) collected.push(...batch);
        const shown = total === undefined ? undefined : Math.min(total, o.limit ?? total);
        if (showProgress && follow && more && !progress.active) progress.start({ items, pages, total: shown });
        else progress.update({ items, pages, total: shown });
        if (!follow && more && interactive) say('More pages are available: add --all for every page, or --limit N for the first N items.');
        if (!follow || !more || controller.signal.aborted) break;
        tracker.asked();
      }
      if (o.plot) result = collected;
    } else {
      tracker.asked();
      result = await family[inv.method]!(...args);
      if (o.wait) {
        // The SDK's own poller for the family's job (ChartMogul `activitiesExport.waitUntilReady`).
        const jobs = family as { waitUntilReady?: (id: string, opts: { signal: AbortSignal }) => Promise<unknown> };
        const id = (result as { id?: unknown } | null)?.id;
        if (typeof jobs.waitUntilReady !== 'function' || typeof id !== 'string') throw new UsageError(`--wait: ${endpoint.id} returned no job to wait for.`);
        if (showProgress) progress.start({ waitingFor: `${inv.family} ${id}` });
        result = await jobs.waitUntilReady(id, { signal: controller.signal });
        progress.stop();
      }
      if (writeData) await sink.write(out.value(result));
    }
  } catch (err) {
    code = interrupted ? EXIT.interrupted : sink.closedByReader ? EXIT.ok : exitCodeFor(err);
    if (!interrupted && !sink.closedByReader) {
      progress.stop();
      say(messageFor(err));
    }
  } finally {
    process.off('SIGINT', onSigint);
  }

  const final = progress.stop();
  if (writeData) await sink.write(out.end(code !== EXIT.ok && !interrupted));
  if (o.plot && code === EXIT.ok) {
    const series = findSeries(o.rows ? rowsOf(result, o.rows) : result, o.plot === true ? undefined : o.plot);
    if (series.length) process.stdout.write(renderPlot(series, process.stdout.columns ?? 100));
    else say('--plot: no time series in this result (a list of objects with a date and a number); nothing to draw.');
  }
  await sink.close();
  for (const note of out.notes()) say(note);
  if (interrupted) {
    say(
      endpoint.paginate
        ? `Interrupted: ${items} item(s) from ${pages} page(s) were written${o.out ? ` to ${o.out}` : ''}.`
        : 'Interrupted before the result arrived: nothing was written.',
    );
  }
  else if (showProgress && pages > 1) say(`Done: ${progressLine({ ...final, items, pages, total: undefined })}.`);
  await client.close().catch(() => undefined);
  return code;
}
