// The one scenario every runtime runs (Node ESM/CJS, Deno, Bun, workerd, edge-runtime), against the
// loopback sandbox started by the driver (run.mjs) in Node. Runtime-neutral on purpose: no imports,
// no Node globals — each harness imports chartstack its own way and passes the modules in.
// For each provider: one method whose result is checked field by field, and one typed error checked
// with `instanceof` against classes from a *different* entry than the client that threw it, and by
// `name` (a literal, so it survives the minified workerd bundle).

const MOGUL_KEY_WRONG = 'wrong-key-0000';
const BILLIE = '11e81bcc-9c1c-ce38-b96b-a0369fe50396';

/**
 * @param {{ root: any, chartmogul: any, chartmetric: any, soundcharts: any, testing: any }} m the five entries
 * @param {{ loopback: string, build: 'node' | 'edge' }} env `loopback`: the sandbox server's URL
 * @returns {Promise<{ name: string, ok: boolean, detail?: string }[]>}
 */
export async function runScenario(m, { loopback, build }) {
  const results = [];
  const check = (name, ok, detail) => results.push(ok ? { name, ok: true } : { name, ok: false, detail: String(detail) });
  const attempt = async (name, fn) => {
    try {
      await fn();
    } catch (err) {
      check(name, false, `threw ${err?.name}: ${err?.message}`);
    }
  };
  const failure = async (promise) => {
    try {
      await promise;
    } catch (err) {
      return err;
    }
    throw new Error('expected the call to fail, it succeeded');
  };
  const base = (provider) => `${loopback}/${provider}`;
  const creds = m.testing.SANDBOX_CREDENTIALS;
  const clients = [];
  const track = (c) => (clients.push(c), c);

  check('entries export their clients and errors', [m.root.ChartMogul, m.root.Chartmetric, m.root.Soundcharts, m.chartmogul.ChartMogul, m.chartmetric.Chartmetric, m.soundcharts.Soundcharts, m.root.APIError, m.chartmogul.NotFoundError].every((x) => typeof x === 'function'), 'a class is missing');

  await attempt('chartmogul metrics.mrr', async () => {
    const mogul = track(new m.chartmogul.ChartMogul({ ...creds.chartmogul, baseUrl: base('chartmogul') }));
    const mrr = await mogul.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' });
    const shapeOk =
      Array.isArray(mrr.entries) &&
      mrr.entries.length === 6 &&
      mrr.entries.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date) && Number.isInteger(e.mrr)) &&
      typeof mrr.summary?.current === 'number';
    check('chartmogul metrics.mrr', shapeOk, JSON.stringify(mrr).slice(0, 300));
  });
  await attempt('chartmogul AuthenticationError', async () => {
    const bad = track(new m.chartmogul.ChartMogul({ apiKey: MOGUL_KEY_WRONG, baseUrl: base('chartmogul') }));
    const err = await failure(bad.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-06-30' }));
    const ok =
      err instanceof m.root.AuthenticationError &&
      err instanceof m.chartmetric.APIError &&
      err instanceof m.soundcharts.ChartstackError &&
      !(err instanceof m.root.NotFoundError) &&
      err.status === 401 &&
      err.name === 'AuthenticationError' &&
      err.provider === 'chartmogul' &&
      !err.message.includes(MOGUL_KEY_WRONG);
    check('chartmogul AuthenticationError', ok, `${err?.name} ${err?.status} ${err?.provider}: ${err?.message}`);
  });

  await attempt('chartmetric artists.get', async () => {
    const cm = track(new m.chartmetric.Chartmetric({ ...creds.chartmetric, baseUrl: base('chartmetric') }));
    const artist = await cm.artists.get(206557);
    check('chartmetric artists.get', artist.id === 206557 && artist.name === 'BTS', JSON.stringify(artist).slice(0, 300));
    const err = await failure(cm.artists.get(999999999));
    const ok = err instanceof m.root.NotFoundError && err instanceof m.chartmogul.APIError && !(err instanceof m.root.RateLimitError) && err.status === 404 && err.name === 'NotFoundError' && err.provider === 'chartmetric';
    check('chartmetric NotFoundError', ok, `${err?.name} ${err?.status} ${err?.provider}: ${err?.message}`);
  });

  await attempt('soundcharts artists.get', async () => {
    const sc = track(
      new m.soundcharts.Soundcharts({ ...creds.soundcharts, baseUrl: base('soundcharts'), tokenUrl: `${base('soundcharts-account')}/oauth/token` }),
    );
    const artist = await sc.artists.get(BILLIE);
    check('soundcharts artists.get (OAuth token exchange)', artist.uuid === BILLIE && artist.name === 'Billie Eilish', JSON.stringify(artist).slice(0, 300));
    const err = await failure(sc.artists.get('00000000-0000-0000-0000-000000000000'));
    const ok = err instanceof m.root.NotFoundError && err instanceof m.chartmetric.ChartstackError && err.status === 404 && err.provider === 'soundcharts';
    check('soundcharts NotFoundError', ok, `${err?.name} ${err?.status} ${err?.provider}: ${err?.message}`);
    const invalid = await failure(sc.artists.get('../not-a-uuid'));
    check('soundcharts InvalidParamsError (nothing sent)', invalid instanceof m.root.InvalidParamsError && !(invalid instanceof m.root.APIError) && invalid.name === 'InvalidParamsError', `${invalid?.name}: ${invalid?.message}`);
  });

  await attempt('testing sandbox.fetch in this runtime', async () => {
    const sandbox = m.testing.createSandbox();
    const mogul = track(new m.root.ChartMogul({ ...creds.chartmogul, fetch: sandbox.fetch }));
    const pong = await mogul.ping();
    check('testing sandbox.fetch in this runtime', pong?.data === 'pong!', JSON.stringify(pong));
    if (build === 'edge') {
      const err = await failure(sandbox.listen());
      check('testing listen() explains it needs Node', /needs Node/.test(err?.message) && /sandbox\.fetch/.test(err?.message), err?.message);
    }
  });

  await Promise.all(clients.map((c) => c.close()));
  return results;
}
