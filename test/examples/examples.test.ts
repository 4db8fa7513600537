/**
 * Every Node example runs against the sandbox and prints what it promises. The sandbox's data is
 * seeded, so names, counts and most figures are exact; figures that follow today's date are matched
 * by shape. No output may contain a sandbox credential.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { ensureBuilt, runExample, type ExampleRun } from './run-example.js';

const SECRETS = [
  SANDBOX_CREDENTIALS.chartmogul.apiKey,
  SANDBOX_CREDENTIALS.chartmetric.refreshToken,
  SANDBOX_CREDENTIALS.soundcharts.clientSecret,
];

function succeeded(run: ExampleRun): string[] {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  for (const secret of SECRETS) expect(run.stdout).not.toContain(secret);
  return run.stdout.trimEnd().split('\n');
}

beforeAll(() => ensureBuilt(), 300_000);

describe('examples against the sandbox', () => {
  it('chartmogul.mjs: monthly MRR, headline metrics, a customer by email, activities by type, a typed 404', async () => {
    const lines = succeeded(await runExample('chartmogul.mjs'));
    const months = lines.filter((l) => /^\d{4}-\d{2}-\d{2} {2}MRR +\$[\d,]+ {2}new +\$[\d,]+ {2}churn +-?\$[\d,]+$/.test(l));
    // Negative money puts the sign before the currency symbol.
    expect(lines.some((l) => / churn +-\$[\d,]+$/.test(l))).toBe(true);
    expect(months.length).toBe(new Date().getUTCMonth() + 1);
    expect(lines).toContain('Ada Lovelace <billing@example.com>: 3 subscription(s), MRR $480');
    expect(lines).toContain('Activities since 2025-01-01: new_biz 86, churn 30, expansion 47, contraction 35, reactivation 8');
    expect(lines.find((l) => l.startsWith('ARR '))).toMatch(/^ARR \$[\d,]+, \d+ customers, customer churn rate [\d.]+%$/);
    expect(lines.at(-1)).toMatch(/^NotFoundError \(404\): ChartMogul 404 on GET \/v1\/customers\/\{customer_uuid\}\/subscriptions: /);
  });

  it('saving-quota.mjs: identical reads share a request, the second load is all cache hits', async () => {
    const lines = succeeded(await runExample('saving-quota.mjs'));
    expect(lines[0]).toBe('first load: 12 widget reads, 10 request(s) sent, 3 shared an identical request, 0 from the cache');
    expect(lines[1]).toBe('second load: 12 widget reads, 0 request(s) sent, 0 shared an identical request, 12 from the cache');
    expect(lines[2]).toMatch(/^in all: 10 requests \(the token exchange included\), 12 cache hits, 3 coalesced, \d+ ms waiting for the rate limit$/);
  });

  it('chartmetric.mjs: one token exchange for concurrent calls, followers, a chart, every track', async () => {
    const lines = succeeded(await runExample('chartmetric.mjs'));
    expect(lines[0]).toBe('BTS (KR): 6 profile links, 8 headline stats');
    expect(lines[1]).toMatch(/^Spotify followers: [\d,]+ → [\d,]+ over \d+ days$/);
    expect(lines[2]).toBe('Spotify US daily chart for 2025-06-01: 200 entries; #1 is "Heart Blue"');
    expect(lines[3]).toBe('BTS has 47 tracks; token exchanges: 1');
  });

  it('soundcharts.mjs: search, current stats, songs page by page, quota', async () => {
    const lines = succeeded(await runExample('soundcharts.mjs'));
    expect(lines[0]).toBe('Billie Eilish (US), 2 genres');
    expect(lines.slice(1, 5).map((l) => l.trim().split(/\s+/)[0])).toEqual(['spotify', 'instagram', 'tiktok', 'youtube']);
    expect(lines[5]).toMatch(/^Latest release: ".+" \(\d{4}-\d{2}-\d{2}\)$/);
    expect(lines[6]).toMatch(/^250 songs over 3 pages; quota left: \d+$/);
  });

  it('cross-provider.mjs: one artist joined on its Spotify id, numbers side by side', async () => {
    const lines = succeeded(await runExample('cross-provider.mjs'));
    expect(lines[0]).toBe('Billie Eilish · Spotify 6qqNVTkY8uBg9cP3Jd7DAH · Soundcharts 11e81bcc-9c1c-ce38-b96b-a0369fe50396 · Chartmetric 3362818');
    expect(lines[1]?.trim().split(/\s+/)).toEqual(['Chartmetric', 'Soundcharts']);
    expect(lines[2]).toMatch(/^Spotify followers +[\d,]+ +[\d,]+$/);
    expect(lines[3]).toMatch(/^Spotify monthly listeners +[\d,]+ +[\d,]+$/);
  });

  it('demo.mjs: the tour — sparklines, one token exchange, pacing, pages, errors', async () => {
    const out = succeeded(await runExample('demo.mjs')).join('\n');
    // 12 full months: 12 bars, the current (partial) month left out.
    expect(out).toMatch(/MRR, last 12 months {2}[▁▂▃▄▅▆▇█]{12} {2}\$[\d,]+ in [A-Z][a-z]{2} \d{4} \(12 months; request id sbx-chartmogul-\d+\)/);
    expect(out).toMatch(/\d{4}-\d{2}-\d{2} +\$[\d,]+ +\$[\d,]+ +-\$[\d,]+/);
    expect(out).not.toMatch(/\$-/);
    expect(out).toMatch(/customer churn rate [\d.]+% · net MRR churn rate -?[\d.]+%/);
    expect(out).toContain('Activities across every page (cursor pagination, fetched lazily): 450');
    expect(out).toMatch(/BTS \(KR\) — 3 concurrent calls, 1 token exchange, \d+ ms/);
    // 90 days of points, two days a bar: 45 bars.
    expect(out).toMatch(/Spotify followers, 90 days \(2 days a bar\) {2}[▁▂▃▄▅▆▇█]{45} {2}[\d,]+/);
    expect(out).toMatch(/Tracks of BTS across pages: 47 \(paced from X-RateLimit headers; \d+ ms; limit learned: 25 req\/s\)/);
    // Page by page, with the quota left after each.
    const pages = [...out.matchAll(/ {2}page (\d): +(\d+) songs, from ".+" \(\d{4}-\d{2}-\d{2}\) · quota left (\d+)/g)];
    expect(pages.map((m) => [m[1], m[2]])).toEqual([['1', '100'], ['2', '100'], ['3', '50']]);
    const quota = pages.map((m) => Number(m[3]));
    expect(quota[1]).toBe(quota[0]! - 1);
    expect(quota[2]).toBe(quota[1]! - 1);
    expect(out).toContain('250 songs over 3 pages; every successful call uses one unit of quota (x-quota-remaining).');
    expect(out).toContain('InvalidParamsError (nothing was sent)');
    expect(out).toContain('AuthenticationError (status 401; the key is never printed)');
  });
});
