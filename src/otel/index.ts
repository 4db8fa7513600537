/**
 * `chartstack/otel`: OpenTelemetry for chartstack clients, through `@opentelemetry/api` (an optional
 * peer: install it, and set up an SDK as usual; without one, the API is a no-op). Its own entry, so
 * apps that do not use OpenTelemetry never carry it.
 *
 * ```ts
 * import { Soundcharts } from 'chartstack/soundcharts';
 * import { openTelemetry } from 'chartstack/otel';
 *
 * const sc = new Soundcharts({ clientId, clientSecret, onEvent: openTelemetry() });
 * ```
 *
 * What it records, from the client's events (`onEvent`):
 * - a CLIENT span per HTTP attempt, `GET /api/v2.9/artist/{uuid}`, with the stable HTTP semantic
 *   conventions (`http.request.method`, `url.full`, `url.template`, `server.address`,
 *   `http.response.status_code`, `http.request.resend_count`, `error.type`) plus
 *   `chartstack.provider` and `chartstack.endpoint`; a span marked `chartstack.cache.hit` for a call
 *   answered from the cache; retries and rate-limit waits as events on the active span;
 * - metrics: `http.client.request.duration` (s), `chartstack.requests`, `chartstack.cache.hits`,
 *   `chartstack.coalesced`, `chartstack.retries` (counters) and `chartstack.rate_limit.wait` (s),
 *   with low-cardinality attributes only (provider, endpoint id, method, status).
 *
 * Spans are started when the response is reported, with the attempt's real start time, under the
 * context active at that moment (usually the caller's: chartstack reports from the call's own async
 * chain; a call that waited in a rate-limit queue may be reported from another call's chain).
 */
import { metrics, SpanKind, SpanStatusCode, trace, type Attributes, type Counter, type Histogram, type Meter, type Tracer } from '@opentelemetry/api';
import type { ChartstackEvent, EventBase, EventListener } from '../core/usage.js';
import { VERSION } from '../version.js';

export interface OpenTelemetryOptions {
  /** The tracer to use. Default: `trace.getTracer('chartstack', VERSION)` from the global provider. */
  tracer?: Tracer;
  /** The meter to use. Default: `metrics.getMeter('chartstack', VERSION)` from the global provider. */
  meter?: Meter;
  /** Record spans. Default `true`. */
  spans?: boolean;
  /** Record metrics. Default `true`. */
  metrics?: boolean;
}

interface Instruments {
  duration: Histogram;
  requests: Counter;
  cacheHits: Counter;
  coalesced: Counter;
  retries: Counter;
  waits: Histogram;
}

/**
 * An `onEvent` listener that records spans and metrics through `@opentelemetry/api`. One listener
 * can serve several clients. To also use your own listener, call both:
 * `onEvent: (e) => { otel(e); mine(e); }`.
 */
export function openTelemetry(options: OpenTelemetryOptions = {}): EventListener {
  const spans = options.spans !== false;
  const withMetrics = options.metrics !== false;
  let tracer = options.tracer;
  let instruments: Instruments | undefined;
  // Instruments are created on the first event, not when the listener is: a Worker's global scope
  // may build clients before the app's OpenTelemetry setup has registered its providers.
  const meter = (): Instruments => {
    if (instruments) return instruments;
    const m = options.meter ?? metrics.getMeter('chartstack', VERSION);
    return (instruments = {
      duration: m.createHistogram('http.client.request.duration', { unit: 's', description: 'Duration of HTTP client requests (each attempt).' }),
      requests: m.createCounter('chartstack.requests', { description: 'HTTP requests sent to the API (each attempt).' }),
      cacheHits: m.createCounter('chartstack.cache.hits', { description: 'Calls answered from the response cache (no request sent).' }),
      coalesced: m.createCounter('chartstack.coalesced', { description: 'Calls that shared an identical call in flight (no request of their own).' }),
      retries: m.createCounter('chartstack.retries', { description: 'Attempts retried.' }),
      waits: m.createHistogram('chartstack.rate_limit.wait', { unit: 's', description: 'Time requests waited in the rate-limit queue before being sent.' }),
    });
  };

  return (event: ChartstackEvent) => {
    const labels: Attributes = { 'chartstack.provider': event.provider, 'chartstack.endpoint': event.endpoint ?? event.route, 'http.request.method': event.method };
    switch (event.type) {
      case 'response': {
        const failed = event.status === 0 || event.status >= 400;
        const errorType = event.error ?? (failed ? String(event.status) : undefined);
        if (withMetrics) {
          const m = meter();
          const attrs: Attributes = { ...labels, 'server.address': host(event.url) };
          if (event.status > 0) attrs['http.response.status_code'] = event.status;
          if (errorType) attrs['error.type'] = errorType;
          m.duration.record(event.durationMs / 1000, attrs);
          m.requests.add(1, attrs);
        }
        if (spans) {
          const span = (tracer ??= trace.getTracer('chartstack', VERSION)).startSpan(`${event.method} ${event.route}`, {
            kind: SpanKind.CLIENT,
            startTime: event.time - event.durationMs,
            attributes: spanAttributes(event, labels),
          });
          if (event.status > 0) span.setAttribute('http.response.status_code', event.status);
          if (event.attempt > 1) span.setAttribute('http.request.resend_count', event.attempt - 1);
          if (errorType) {
            span.setAttribute('error.type', errorType);
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end(event.time);
        }
        return;
      }
      case 'cache-hit': {
        if (withMetrics) meter().cacheHits.add(1, labels);
        if (spans) {
          const span = (tracer ??= trace.getTracer('chartstack', VERSION)).startSpan(`${event.method} ${event.route}`, {
            kind: SpanKind.CLIENT,
            startTime: event.time,
            attributes: { ...spanAttributes(event, labels), 'chartstack.cache.hit': true, 'chartstack.cache.age_ms': event.ageMs },
          });
          span.end(event.time);
        }
        return;
      }
      case 'coalesced':
        if (withMetrics) meter().coalesced.add(1, labels);
        if (spans) trace.getActiveSpan()?.addEvent('chartstack.coalesced', labels, event.time);
        return;
      case 'retry':
        if (withMetrics) meter().retries.add(1, { ...labels, 'error.type': event.reason });
        if (spans) trace.getActiveSpan()?.addEvent('chartstack.retry', { ...labels, 'error.type': event.reason, 'chartstack.retry.delay_ms': event.delayMs }, event.time);
        return;
      case 'rate-limit-wait':
        if (withMetrics) meter().waits.record(event.waitedMs / 1000, labels);
        if (spans) trace.getActiveSpan()?.addEvent('chartstack.rate_limit.wait', { ...labels, 'chartstack.wait_ms': event.waitedMs }, event.time);
        return;
      default:
        return;
    }
  };
}

function spanAttributes(event: EventBase, labels: Attributes): Attributes {
  return { ...labels, 'url.full': event.url, 'url.template': event.route, 'server.address': host(event.url) };
}

function host(url: string): string {
  const m = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url);
  return m ? m[1]! : '';
}
