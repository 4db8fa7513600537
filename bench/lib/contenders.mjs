// What each benchmark contender does for one call. Every contender sends the same GET to the same
// server with the same credentials and parses the JSON body; chartstack additionally serializes and
// checks the params, unwraps the envelope, camelCases ChartMogul keys and (validation 'strict')
// checks the body against the catalog's schema — that extra work is what the overhead benchmark prices.
/* global btoa, fetch, Buffer */
import { Agent, request } from 'undici';
import { ChartMogul } from 'chartstack/chartmogul';
import { Chartmetric } from 'chartstack/chartmetric';
import { SANDBOX_CREDENTIALS } from 'chartstack/testing';
import ChartMogulNode from 'chartmogul-node';

const MRR_PARAMS = { startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' };
const CHART_PARAMS = { date: '2025-06-01', countryCode: 'US', type: 'regional', interval: 'daily' };

/** The two responses of the overhead benchmark. */
export const TARGETS = {
  small: {
    label: 'small: ChartMogul MRR, 6 monthly entries',
    path: '/chartmogul/v1/metrics/mrr?start-date=2025-01-01&end-date=2025-06-30&interval=month',
    check: (data) => data.entries.length === 6,
  },
  large: {
    label: 'large: Chartmetric Spotify chart, 200 entries',
    path: '/chartmetric/api/charts/spotify?date=2025-06-01&country_code=US&type=regional&interval=daily',
    check: (data) => data.data.length === 200,
  },
};

/** The ChartMogul metrics endpoints the chartmogul-node comparison cycles through (both SDKs use these method names). */
const METRICS = ['mrr', 'arr', 'arpa', 'asp', 'customerCount', 'customerChurnRate', 'mrrChurnRate', 'ltv', 'all'];

const basic = `Basic ${btoa(`${SANDBOX_CREDENTIALS.chartmogul.apiKey}:`)}`;

/** A Chartmetric access token for the raw clients (chartstack exchanges its own). */
async function chartmetricToken(base) {
  const res = await request(`${base}/chartmetric/api/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshtoken: SANDBOX_CREDENTIALS.chartmetric.refreshToken }),
  });
  return (await res.body.json()).token;
}

async function rawHeaders(base, target) {
  const authorization = target === 'small' ? basic : `Bearer ${await chartmetricToken(base)}`;
  return { authorization, accept: 'application/json' };
}

/** Envelope as the raw clients see it: Chartmetric wraps bodies in `{ obj }`. */
const unwrap = (target, body) => (target === 'large' ? body.obj : body);

function chartstackCall(base, target, validation) {
  // `coalesce: false`: the 16 concurrent loops repeat one identical call, which chartstack would
  // otherwise share (fewer requests, not a cheaper pipeline); the per-call cost is what is priced here.
  const common = { baseUrl: `${base}/${target === 'small' ? 'chartmogul' : 'chartmetric'}`, rateLimit: false, validation, coalesce: false };
  if (target === 'small') {
    const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, ...common });
    return { call: () => mogul.metrics.mrr(MRR_PARAMS), close: () => mogul.close() };
  }
  const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, ...common });
  return { call: () => cm.charts.spotify(CHART_PARAMS), close: () => cm.close() };
}

/** Overhead contenders: name → setup(base, target) → { call, close }. */
export const OVERHEAD_CONTENDERS = {
  'raw undici.request': async (base, target) => {
    const url = base + TARGETS[target].path;
    const headers = await rawHeaders(base, target);
    return {
      call: async () => {
        const res = await request(url, { headers });
        return unwrap(target, JSON.parse(await res.body.text()));
      },
      close: async () => undefined,
    };
  },
  // undici's lowest-level API (what chartstack's Node transport is built on): the floor for any
  // client on undici, shown for scale; the goal is set against `undici.request`, what people write.
  'raw undici dispatch': async (base, target) => {
    const { origin, pathname, search } = new URL(base + TARGETS[target].path);
    const headers = await rawHeaders(base, target);
    const agent = new Agent();
    const get = () =>
      new Promise((resolve, reject) => {
        const chunks = [];
        agent.dispatch(
          { origin, path: pathname + search, method: 'GET', headers },
          {
            onRequestStart: () => undefined,
            onResponseStart: () => undefined,
            onResponseData: (_, chunk) => chunks.push(chunk),
            onResponseEnd: () => resolve(Buffer.concat(chunks).toString('utf8')),
            onResponseError: (_, err) => reject(err),
          },
        );
      });
    return {
      call: async () => unwrap(target, JSON.parse(await get())),
      close: () => agent.close(),
    };
  },
  'raw fetch': async (base, target) => {
    const url = base + TARGETS[target].path;
    const headers = await rawHeaders(base, target);
    return {
      call: async () => {
        const res = await fetch(url, { headers });
        return unwrap(target, JSON.parse(await res.text()));
      },
      close: async () => undefined,
    };
  },
  "chartstack, validation 'off'": async (base, target) => chartstackCall(base, target, 'off'),
  "chartstack, validation 'strict'": async (base, target) => chartstackCall(base, target, 'strict'),
};

/** chartmogul-node against chartstack on the ChartMogul metrics endpoints: name → setup(base, rootUrl). */
export const MOGUL_CONTENDERS = {
  'chartmogul-node 3': async (base, root) => {
    const config = new ChartMogulNode.Config(SANDBOX_CREDENTIALS.chartmogul.apiKey, root);
    const query = { 'start-date': MRR_PARAMS.startDate, 'end-date': MRR_PARAMS.endDate, interval: MRR_PARAMS.interval };
    let i = 0;
    return {
      call: () => ChartMogulNode.Metrics[METRICS[i++ % METRICS.length]](config, query),
      close: async () => undefined,
    };
  },
  "chartstack, validation 'strict'": async (base) => {
    const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, baseUrl: `${base}/chartmogul`, rateLimit: false, coalesce: false });
    let i = 0;
    return {
      call: () => mogul.metrics[METRICS[i++ % METRICS.length]](MRR_PARAMS),
      close: () => mogul.close(),
    };
  },
};

export const METRIC_COUNT = METRICS.length;
