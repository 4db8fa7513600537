/**
 * The Node transport (undici) against the loopback sandbox: msw cannot intercept undici's own
 * dispatcher, so this is where the real HTTP path is proven, faults included.
 */
import { createServer, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { Soundcharts } from '../../src/soundcharts/index.js';
import { APIConnectionError, APITimeoutError, APIUserAbortError, InternalServerError, ResponseValidationError } from '../../src/errors.js';
import { createSandbox, SANDBOX_CREDENTIALS, type LoopbackServer } from '../../src/testing/index.js';
import { failure } from '../support/scripted.js';

const sandbox = createSandbox();
let server: LoopbackServer;
beforeAll(async () => {
  server = await sandbox.listen();
});
afterAll(() => server.close());

const mogul = () => new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, baseUrl: server.baseUrl('chartmogul'), rateLimit: false, timeout: 300 });

describe('undici over loopback', () => {
  it('serves all three providers (token exchanges included)', async () => {
    const m = mogul();
    await expect(m.ping()).resolves.toEqual({ data: 'pong!' });
    const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, baseUrl: server.baseUrl('chartmetric'), rateLimit: false });
    await expect(cm.artists.get(206557)).resolves.toMatchObject({ id: 206557 });
    const sc = new Soundcharts({ ...SANDBOX_CREDENTIALS.soundcharts, baseUrl: server.baseUrl('soundcharts'), tokenUrl: `${server.baseUrl('soundcharts-account')}/oauth/token`, rateLimit: false });
    const page = await sc.artists.songs('11e81bcc-9c1c-ce38-b96b-a0369fe50396', { limit: 100 }).pages().next();
    expect(page.value!.items).toHaveLength(100);
    await Promise.all([m.close(), cm.close(), sc.close()]);
  });

  it('retries a connection reset and a 503, then succeeds', async () => {
    sandbox.faults.add({ provider: 'chartmogul', kind: 'reset' }).add({ provider: 'chartmogul', kind: 'status', status: 503 });
    const m = mogul();
    await expect(m.ping()).resolves.toEqual({ data: 'pong!' });
    expect(sandbox.faults.pending).toBe(0);
  });

  it('stalled headers and stalled bodies time out as APITimeoutError', async () => {
    sandbox.faults.add({ provider: 'chartmogul', kind: 'stall-headers', times: 3 });
    const a = await failure(mogul().ping());
    expect(a).toBeInstanceOf(APITimeoutError);
    sandbox.faults.clear();
    sandbox.faults.add({ provider: 'chartmogul', kind: 'stall-body', times: 3 });
    const b = await failure(mogul().ping());
    expect(b).toBeInstanceOf(APITimeoutError);
    sandbox.faults.clear();
  });

  it('a truncated 200 and an HTML 502 become typed errors with the raw body', async () => {
    sandbox.faults.add({ provider: 'chartmogul', kind: 'truncate', times: 3 });
    const t = await failure(mogul().metrics.arr({ startDate: '2025-01-01', endDate: '2025-03-31' }));
    expect(t).toBeInstanceOf(ResponseValidationError);
    expect(typeof t.body).toBe('string');
    sandbox.faults.clear();
    sandbox.faults.add({ provider: 'chartmogul', kind: 'html', status: 502, times: 3 });
    const h = await failure(mogul().ping());
    expect(h).toBeInstanceOf(InternalServerError);
    expect(String(h.body)).toContain('<html>');
    sandbox.faults.clear();
  });

  it("the caller's abort stops a stalled request at once, as APIUserAbortError", async () => {
    sandbox.faults.add({ provider: 'chartmogul', kind: 'stall-headers', times: 1 });
    const controller = new AbortController();
    const m = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, baseUrl: server.baseUrl('chartmogul'), rateLimit: false, timeout: 10_000 });
    const started = Date.now();
    const pending = failure(m.ping({ signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('user gave up')), 50);
    const err = await pending;
    expect(err).toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
    sandbox.faults.clear();
    // The client stays usable after an aborted attempt.
    await expect(m.ping()).resolves.toEqual({ data: 'pong!' });
    await m.close();
  });

  it('close() right after the first call (undici still loading) lets it finish; the client then starts afresh', async () => {
    const m = mogul();
    const first = m.ping();
    await m.close();
    await expect(first).resolves.toEqual({ data: 'pong!' });
    await expect(m.ping()).resolves.toEqual({ data: 'pong!' });
    await m.close();
    await m.close(); // twice is harmless
  });

  it('HTTP_PROXY sends every request through the proxy', async () => {
    // A forward proxy for HTTP targets (absolute-form requests), recording what it relays.
    const seen: string[] = [];
    const proxy = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      const target = new URL(req.url ?? '');
      const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const saved = ['HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'].map((k) => [k, process.env[k]] as const);
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
    for (const k of ['http_proxy', 'NO_PROXY', 'no_proxy']) delete process.env[k];
    try {
      const m = mogul();
      await expect(m.ping()).resolves.toEqual({ data: 'pong!' });
      await m.close();
      expect(seen).toEqual([`GET ${server.baseUrl('chartmogul')}/v1/ping`]);
      // Without the variable, the same client setup goes direct.
      delete process.env.HTTP_PROXY;
      const direct = mogul();
      await expect(direct.ping()).resolves.toEqual({ data: 'pong!' });
      await direct.close();
      expect(seen).toHaveLength(1);
    } finally {
      for (const [k, v] of saved) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      proxy.closeAllConnections();
      proxy.close();
    }
  });

  it('withResponse() gives the response headers as a WHATWG Headers', async () => {
    const m = mogul();
    const { data, response } = await m.ping().withResponse();
    expect(data).toEqual({ data: 'pong!' });
    expect(response.status).toBe(200);
    expect(response.headers).toBeInstanceOf(Headers);
    expect(response.headers.get('Content-Type')).toMatch(/application\/json/);
    expect(response.headers).toBe(response.headers); // built once
    expect(JSON.parse(JSON.stringify(response))).toMatchObject({ status: 200, headers: { 'content-type': expect.stringMatching(/json/) } });
    await m.close();
  });

  it('an unreachable host is an APIConnectionError with advice', async () => {
    const m = new ChartMogul({ apiKey: 'k1234567', baseUrl: 'http://127.0.0.1:9', rateLimit: false, maxRetries: 0 });
    const err = await failure(m.ping());
    expect(err).toBeInstanceOf(APIConnectionError);
    expect(err.message).toMatch(/baseUrl/);
  });

  it('a body sent in pieces, split inside a multi-byte character and led by a BOM, reads as one JSON text', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ name: 'Beyoncé — 東京 🎤' }))]);
    const cut = bytes.indexOf(Buffer.from('東')) + 1;
    const seen: string[] = [];
    const http = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(bytes.subarray(0, cut));
      setTimeout(() => res.end(bytes.subarray(cut)), 20);
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as { port: number };
    const m = new ChartMogul({ apiKey: 'k1234567', baseUrl: `http://127.0.0.1:${port}/v1`, rateLimit: false });
    try {
      await expect(m.request({ method: 'GET', path: '/people/Beyoncé and me' })).resolves.toEqual({ name: 'Beyoncé — 東京 🎤' });
      // Text that is not plain ASCII is percent-encoded exactly as a WHATWG URL (and so fetch) does.
      expect(seen).toEqual([`GET ${new URL(`http://x/v1/people/Beyoncé and me`).pathname}`]);
    } finally {
      await m.close();
      http.close();
    }
  });
});
