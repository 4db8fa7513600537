/**
 * Coalescing (issue #17): identical reads in flight at the same moment share one request. The
 * requests are held by a gated fetch until the test lets them go, so "at the same moment" is decided
 * by the test, never by timing.
 */
import { describe, expect, it } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { Soundcharts } from '../../src/soundcharts/index.js';
import { APIUserAbortError, NotFoundError } from '../../src/errors.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { gatedFetch, settle } from '../support/gated.js';
import { failure } from '../support/scripted.js';

const MRR = { startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' } as const;

function setup(options: { coalesce?: boolean } = {}) {
  const sandbox = createSandbox();
  const gate = gatedFetch(sandbox);
  const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: gate.fetch, rateLimit: false, maxRetries: 0, ...options });
  return { sandbox, gate, mogul };
}

describe('coalescing identical reads', () => {
  it('five identical calls at once send one request; each caller gets its own objects', async () => {
    const { sandbox, gate, mogul } = setup();
    const calls = Array.from({ length: 5 }, () => mogul.metrics.mrr(MRR).withResponse());
    await gate.arrived(1);
    await settle();
    expect(gate.held).toHaveLength(1);
    gate.held[0]!.release();
    const results = await Promise.all(calls);

    expect(sandbox.requestsTo('chartmogul')).toHaveLength(1);
    expect(results.map((r) => r.coalesced).sort()).toEqual([false, true, true, true, true]);
    for (const r of results.slice(1)) {
      expect(r.data).toEqual(results[0]!.data);
      expect(r.data).not.toBe(results[0]!.data);
      expect(r.data.entries).not.toBe(results[0]!.data.entries);
      expect(r.response.status).toBe(200);
      expect(r.fromCache).toBe(false);
    }
    // A caller mutating its result changes nobody else's.
    const before = structuredClone(results[1]!.data);
    results[0]!.data.entries[0]!.mrr = -1;
    results[0]!.data.entries.pop();
    (results[0]!.data.summary as Record<string, unknown>).current = 'changed';
    for (const r of results.slice(1)) expect(r.data).toEqual(before);
    expect(mogul.usage).toMatchObject({ requests: 1, coalesced: 4 });
  });

  it('calls that differ in params or per-call headers are not shared; coalesce: false sends every call', async () => {
    const { gate, mogul } = setup();
    const calls = [
      mogul.metrics.mrr(MRR),
      mogul.metrics.mrr({ ...MRR, interval: 'week' }),
      mogul.metrics.mrr(MRR, { headers: { 'x-trace': '1' } }),
      mogul.metrics.mrr(MRR, { headers: { 'X-Trace': '1' } }),
    ];
    await gate.arrived(3);
    await settle();
    expect(gate.held).toHaveLength(3);
    for (const h of gate.held) h.release();
    await Promise.all(calls);

    const off = setup({ coalesce: false });
    const separate = Array.from({ length: 3 }, () => off.mogul.metrics.mrr(MRR));
    await off.gate.arrived(3);
    for (const h of off.gate.held) h.release();
    await Promise.all(separate);
    expect(off.sandbox.requestsTo('chartmogul')).toHaveLength(3);
    expect(off.mogul.usage.coalesced).toBe(0);
  });

  it('aborting one caller does not abort the shared request or the other callers', async () => {
    const { gate, mogul } = setup();
    const first = new AbortController();
    const second = new AbortController();
    const a = mogul.metrics.mrr(MRR, { signal: first.signal });
    const b = mogul.metrics.mrr(MRR, { signal: second.signal });
    const c = mogul.metrics.mrr(MRR);
    await gate.arrived(1);
    await settle();

    first.abort(new Error('the user left'));
    const aborted = await failure(a);
    expect(aborted).toBeInstanceOf(APIUserAbortError);
    expect(gate.held[0]!.signal.aborted).toBe(false);

    gate.held[0]!.release();
    const [rb, rc] = await Promise.all([b, c]);
    expect(rb.entries).toHaveLength(6);
    expect(rc).toEqual(rb);
    expect(gate.held).toHaveLength(1);
  });

  it('the shared request is aborted once every caller has aborted; the next call starts afresh', async () => {
    const { gate, mogul } = setup();
    const controllers = [new AbortController(), new AbortController(), new AbortController()];
    const calls = controllers.map((c) => mogul.metrics.mrr(MRR, { signal: c.signal }));
    await gate.arrived(1);
    await settle();

    controllers[1]!.abort();
    controllers[0]!.abort();
    await settle();
    expect(gate.held[0]!.signal.aborted).toBe(false);
    controllers[2]!.abort();
    await settle();
    expect(gate.held[0]!.signal.aborted).toBe(true);
    for (const call of calls) expect(await failure(call)).toBeInstanceOf(APIUserAbortError);

    const again = mogul.metrics.mrr(MRR);
    await gate.arrived(2);
    gate.held[1]!.release();
    await expect(again).resolves.toMatchObject({ entries: expect.any(Array) });
  });

  it('a caller without a signal keeps the shared request alive even when all the others abort', async () => {
    const { gate, mogul } = setup();
    const controller = new AbortController();
    const leader = mogul.metrics.mrr(MRR, { signal: controller.signal });
    const steady = mogul.metrics.mrr(MRR);
    await gate.arrived(1);
    await settle();
    controller.abort();
    expect(await failure(leader)).toBeInstanceOf(APIUserAbortError);
    expect(gate.held[0]!.signal.aborted).toBe(false);
    gate.held[0]!.release();
    await expect(steady).resolves.toMatchObject({ entries: expect.any(Array) });
  });

  it('every caller gets the same error when the shared request fails', async () => {
    const { sandbox, gate, mogul } = setup();
    sandbox.faults.add({ provider: 'chartmogul', status: 404, body: { error: 'No such metric' } });
    const calls = Array.from({ length: 3 }, () => failure<NotFoundError>(mogul.metrics.mrr(MRR)));
    await gate.arrived(1);
    await settle();
    gate.held[0]!.release();
    const errors = await Promise.all(calls);
    expect(sandbox.requestsTo('chartmogul')).toHaveLength(1);
    for (const err of errors) {
      expect(err).toBeInstanceOf(NotFoundError);
      expect(err.status).toBe(404);
      expect(err.body).toEqual({ error: 'No such metric' });
      expect(err.message).toBe(errors[0]!.message);
    }
  });

  it('read-only POST queries (Soundcharts discovery) are shared; writes never are', async () => {
    const sandbox = createSandbox();
    const gate = gatedFetch(sandbox, { hold: (url) => !url.includes('/oauth/') });
    const sc = Soundcharts.sandbox({ fetch: gate.fetch, rateLimit: false, maxRetries: 0 });
    const reads = [sc.top.artists({ sort: { platform: 'spotify', metricType: 'followers', sortBy: 'total', order: 'desc' } }), sc.top.artists({ sort: { platform: 'spotify', metricType: 'followers', sortBy: 'total', order: 'desc' } })];
    await gate.arrived(1);
    await settle();
    expect(gate.held).toHaveLength(1);
    gate.held[0]!.release();
    const [p1, p2] = await Promise.all(reads);
    expect(p2!.items).toEqual(p1!.items);
    expect(p2!.items).not.toBe(p1!.items);

    const identifiers = [{ identifier: '11e81bcc-9c1c-ce38-b96b-a0369fe50396', platformCode: 'soundcharts' }];
    const writes = [sc.library.addArtists({ identifiers }), sc.library.addArtists({ identifiers })].map((w) => w.then(() => 'ok', () => 'failed'));
    await gate.arrived(3);
    await settle();
    expect(gate.held).toHaveLength(3);
    for (const h of gate.held.slice(1)) h.release();
    await Promise.all(writes);
  });
});
