/**
 * The `chartstack` bin end to end: the built dist/cli.js in child processes against the embedded
 * sandbox (`--sandbox`) or a loopback sandbox server (`--base-url`), as an analyst would run it.
 * Nothing here depends on timing: the interrupted pull is signalled once its first page is out, and
 * paced with `--rate` so the rest could not possibly finish first.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChartMogul, Chartmetric } from '../../src/index.js';
import { chartmetricEndpoints } from '../../src/chartmetric/index.js';
import { chartmogulEndpoints } from '../../src/chartmogul/index.js';
import { soundchartsEndpoints } from '../../src/soundcharts/index.js';
import { createSandbox, SANDBOX_CREDENTIALS, type LoopbackServer } from '../../src/testing/index.js';
import { ensureCliBuilt, runCli, startCli } from './run-cli.js';

const T = 120_000;
const MRR = ['chartmogul', 'metrics', 'mrr', '--start-date', '2025-01-01', '--end-date', '2025-06-30'];
const BILLIE = '11e81bcc-9c1c-ce38-b96b-a0369fe50396';
const tmp = mkdtempSync(join(tmpdir(), 'chartstack-cli-'));
/** The SDK's debug log marks each request it sends with `→`: none means nothing was sent. */
const sent = (stderr: string) => stderr.split('\n').filter((l) => /\] → /.test(l));

beforeAll(() => ensureCliBuilt(), 600_000);

describe('help from the catalog', () => {
  it('chartstack --help lists the providers with their endpoint counts, credentials and exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: chartstack <provider> <family> <method>');
    expect(r.stdout).toContain(`chartmetric  ${chartmetricEndpoints.length} endpoints`);
    expect(r.stdout).toContain(`soundcharts  ${soundchartsEndpoints.length} endpoints`);
    expect(r.stdout).toContain(`chartmogul   ${chartmogulEndpoints.length} endpoints`);
    expect(r.stdout).toContain('CHARTMETRIC_REFRESH_TOKEN');
    expect(r.stdout).toMatch(/130 +interrupted/);
    expect(r.stdout).toMatch(/2 +bad usage or invalid parameters/);
  }, T);

  it('chartstack chartmetric --help lists every family and method with its summary', async () => {
    const r = await runCli(['chartmetric', '--help']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const e of chartmetricEndpoints) {
      const [family, method] = e.id.split('.');
      expect(lines, e.id).toContain(`${family}:`);
      expect(lines.some((l) => l.startsWith(`  ${method}`)), e.id).toBe(true);
    }
    const stats = chartmetricEndpoints.find((e) => e.id === 'artists.stats')!;
    const line = lines.find((l) => l.startsWith('  stats <id> <source>'))!;
    expect(line).toContain(stats.summary!.slice(0, 20));
  }, T);

  it('a method: documented path, arguments, parameters with accepted values, required ones', async () => {
    const stats = await runCli(['chartmetric', 'artists', 'stats', '--help']);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toContain('GET /api/artist/{id}/stat/{source}');
    expect(stats.stdout).toContain('Usage: chartstack chartmetric artists stats [options] <id> <source>');
    expect(stats.stdout).toMatch(/--since <date> +a date as 'YYYY-MM-DD'/);
    expect(stats.stdout).toContain("'youtube_channel'");
    expect(stats.stdout).toMatch(/--isDomainId, --is-domain-id \[bool\]/);
    const mrr = await runCli(['chartmogul', 'metrics', 'mrr', '--help']);
    expect(mrr.stdout).toMatch(/--startDate, --start-date <date> +\(required\) a date/);
    expect(mrr.stdout.replace(/\s+/g, ' ')).toContain("--interval <value> one of 'day', 'week', 'month', 'quarter', 'year'");
    const list = await runCli(['chartmogul', 'activities', 'list', '--help']);
    expect(list.stdout).toMatch(/--all +follow every page/);
    expect(list.stdout).toMatch(/--limit <n> +stop after n items/);
  }, T);

  it('kebab-case names work for families and methods', async () => {
    const r = await runCli(['chartmetric', 'artists', 'where-people-listen', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('/api/artist/{id}/where-people-listen');
    const fam = await runCli(['chartmogul', 'activities-export', '--help']);
    expect(fam.stdout).toContain('create');
  }, T);
});

describe('output formats', () => {
  const sdk = () => new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: createSandbox().fetch });

  it('json (the default when piped) is what the SDK returns', async () => {
    const r = await runCli([...MRR, '--sandbox']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(await sdk().metrics.mrr({ startDate: '2025-01-01', endDate: '2025-06-30' }));
  }, T);

  it('ndjson: one item per line (a list prints its first page unless told otherwise)', async () => {
    const r = await runCli(['chartmogul', 'activities', 'list', '--format', 'ndjson', '--sandbox']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { uuid: string });
    const first = await sdk().activities.list();
    expect(lines.map((l) => l.uuid)).toEqual(first.items.map((i) => i.uuid));
  }, T);

  it('csv: a header and the rows of the result (ChartMogul entries), nested columns dotted, lists joined', async () => {
    const r = await runCli([...MRR, '--format', 'csv', '--sandbox']);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n');
    expect(header).toBe('date,mrr,percentageChange,mrrNewBusiness,mrrExpansion,mrrContraction,mrrChurn,mrrReactivation');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatch(/^2025-01-31,\d+,/);
    const tracks = await runCli(['chartmetric', 'artists', 'tracks', '206557', '--limit', '3', '--format', 'csv', '--sandbox']);
    const head = tracks.stdout.split('\n')[0]!.split(',');
    expect(head).toContain('cm_statistics.sp_popularity');
    expect(tracks.stdout).toMatch(/,BTS; /); // artist_names joined with "; "
  }, T);

  it('table: aligned columns under a rule', async () => {
    const r = await runCli([...MRR, '--format', 'table', '--columns', 'date,mrr', '--sandbox']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^date {8,}mrr$/);
    expect(lines[1]).toMatch(/^─{10} {2}─+$/);
    expect(lines).toHaveLength(8);
  }, T);

  it('--out writes a file, its extension sets the format', async () => {
    const file = join(tmp, 'mrr.csv');
    const r = await runCli([...MRR, '--out', file, '--sandbox']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(/^date,mrr,/);
  }, T);

  it('--plot draws the series as sparklines (Chartmetric stats and ChartMogul metrics)', async () => {
    const mrr = await runCli([...MRR, '--plot', '--sandbox']);
    expect(mrr.code).toBe(0);
    expect(mrr.stdout).toMatch(/^mrr +2025-01-31 [▁▂▃▄▅▆▇█]{6} 2025-06-30 +[\d,]+ \(min [\d,]+, max [\d,]+\)$/m);
    expect(mrr.stdout).not.toContain('percentageChange');
    const stats = await runCli(['chartmetric', 'artists', 'stats', '206557', 'spotify', '--since', '2025-01-01', '--plot', '--sandbox']);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toMatch(/^followers +\d{4}-\d\d-\d\d [▁▂▃▄▅▆▇█]+ /m);
    // With --out, the data goes to the file and the plot to stdout.
    const file = join(tmp, 'plot.json');
    const both = await runCli([...MRR, '--plot', 'mrr', '--out', file, '--sandbox']);
    expect(both.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(readFileSync(file, 'utf8')).entries).toHaveLength(6);
  }, T);
});

describe('lists', () => {
  it('--all follows every page (cursor, and Soundcharts page links with a total)', async () => {
    const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: createSandbox().fetch });
    let expected = 0;
    for await (const _ of mogul.activities.list()) expected++;
    const r = await runCli(['chartmogul', 'activities', 'list', '--all', '--format', 'ndjson', '--sandbox']);
    expect(r.code).toBe(0);
    const uuids = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { uuid: string }).uuid);
    expect(expected).toBeGreaterThan(200); // more than one page
    expect(uuids).toHaveLength(expected);
    expect(new Set(uuids).size).toBe(expected);
    const songs = await runCli(['soundcharts', 'artists', 'songs', BILLIE, '--all', '--format', 'ndjson', '--sandbox', '--progress']);
    expect(songs.code).toBe(0);
    expect(songs.stdout.trim().split('\n').length).toBeGreaterThan(100);
    expect(songs.stderr).toMatch(/Done: \d+ items · \d+ pages · .* · quota [\d,]+ left\./);
  }, T);

  it('--limit N stops after N items, asking for pages of N when the page size allows', async () => {
    const r = await runCli(['chartmetric', 'artists', 'tracks', '206557', '--limit', '7', '--format', 'ndjson', '--sandbox'], { CHARTSTACK_LOG: 'debug' });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(7);
    const requests = sent(r.stderr).filter((l) => l.includes('/tracks'));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toContain('limit=7');
    // Past one page: 250 items in pages of 100.
    const many = await runCli(['chartmogul', 'activities', 'list', '--limit', '250', '--per-page', '100', '--format', 'ndjson', '--sandbox'], { CHARTSTACK_LOG: 'debug' });
    expect(many.stdout.trim().split('\n')).toHaveLength(250);
    expect(sent(many.stderr)).toHaveLength(3);
  }, T);

  it('lists as repeated flags or commas; a switch alone means true', async () => {
    const a = await runCli([...MRR, '--geo', 'US', '--geo', 'GB', '--sandbox'], { CHARTSTACK_LOG: 'debug' });
    const b = await runCli([...MRR, '--geo', 'US,GB', '--sandbox'], { CHARTSTACK_LOG: 'debug' });
    expect(a.code).toBe(0);
    expect(sent(a.stderr)[0]).toContain('geo=US,GB');
    expect(sent(b.stderr)[0]).toBe(sent(a.stderr)[0]);
    const latest = await runCli(['chartmetric', 'artists', 'stats', '206557', 'spotify', '--latest', '--sandbox'], { CHARTSTACK_LOG: 'debug' });
    expect(latest.code).toBe(0);
    expect(sent(latest.stderr).at(-1)).toContain('latest=true');
  }, T);

  it('--progress shows the pull on stderr; nothing on stderr without it when not a terminal', async () => {
    const quiet = await runCli(['chartmogul', 'activities', 'list', '--all', '--format', 'ndjson', '--sandbox']);
    expect(quiet.stderr).toBe('');
    const loud = await runCli(['chartmogul', 'activities', 'list', '--all', '--format', 'ndjson', '--sandbox', '--progress']);
    expect(loud.stderr).toMatch(/Done: \d+ items · 3 pages · [\d.]+ items\/s · rate-limit wait [\d.]+ s\./);
  }, T);

  it('--wait follows an asynchronous export until it is ready', async () => {
    const r = await runCli(['chartmogul', 'activities-export', 'create', '--type', 'churn', '--wait', '--sandbox']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'succeeded', fileUrl: expect.stringMatching(/^https:/) });
  }, T);
});

describe('bad input: exit 2, the SDK message, nothing sent', () => {
  it('an invalid value', async () => {
    const r = await runCli(['chartmogul', 'metrics', 'mrr', '--start-date', '2025-13-01', '--end-date', '2025-06-30', '--sandbox'], { CHARTSTACK_LOG: 'debug' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`InvalidParamsError: Invalid parameters for metrics.mrr (GET /v1/metrics/mrr): "startDate" expected a date as 'YYYY-MM-DD'`);
    expect(r.stderr).toContain('Nothing was sent.');
    expect(sent(r.stderr)).toEqual([]);
  }, T);

  it('a missing required parameter, a number that is not one, a closed enum', async () => {
    const r = await runCli(['chartmogul', 'metrics', 'mrr', '--end-date', '2025-06-30', '--interval', 'fortnight', '--sandbox']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"startDate" is required');
    expect(r.stderr).toContain(`"interval" expected one of 'day', 'week', 'month', 'quarter', 'year' (got "fortnight")`);
    const n = await runCli(['chartmogul', 'activities', 'list', '--per-page', 'many', '--sandbox']);
    expect(n.code).toBe(2);
    expect(n.stderr).toContain('"perPage" expected an integer between 1 and 200 (got "many")');
  }, T);

  it('usage: unknown option (with a suggestion), missing argument, unknown command, bad JSON', async () => {
    const unknown = await runCli([...MRR, '--sandbx']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--sandbx'");
    expect(unknown.stderr).toContain('--sandbox');
    const missing = await runCli(['chartmetric', 'artists', 'stats', '206557', '--sandbox']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing required argument 'source'");
    const command = await runCli(['chartmetric', 'artsts']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('artists');
    const json = await runCli(['soundcharts', 'top', 'artists', '--filters', '{oops', '--sandbox']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--filters: expected JSON');
  }, T);
});

describe('exit codes and credentials', () => {
  let server: LoopbackServer;
  let quotaServer: LoopbackServer;
  const faulty = createSandbox();
  beforeAll(async () => {
    server = await faulty.listen();
    quotaServer = await createSandbox({ limits: { soundchartsQuota: 0 } }).listen();
  });
  afterAll(async () => {
    await server?.close();
    await quotaServer?.close();
  });

  it('3: no credentials (naming the variables), or rejected ones; secrets are never printed', async () => {
    const none = await runCli(MRR);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('CHARTMOGUL_API_KEY');
    expect(none.stderr).toContain('--sandbox');
    const secret = 'not-the-key-0123456789';
    const bad = await runCli([...MRR, '--base-url', server.baseUrl('chartmogul')], { CHARTMOGUL_API_KEY: secret, CHARTSTACK_LOG: 'debug' });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('AuthenticationError');
    expect(`${bad.stdout}${bad.stderr}`).not.toContain(secret);
  }, T);

  it('--env-file supplies credentials, and a base URL reaches another server', async () => {
    const env = join(tmp, 'creds.env');
    writeFileSync(env, `CHARTMOGUL_API_KEY=${SANDBOX_CREDENTIALS.chartmogul.apiKey}\nCHARTMOGUL_BASE_URL=${server.baseUrl('chartmogul')}\n`);
    const r = await runCli([...MRR, '--env-file', env]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).entries).toHaveLength(6);
    // A missing file: Node itself stops first (it reads `--env-file` even after the script, and
    // exits 9: nodejs/node#54232); had it not, chartstack says so with exit 2.
    const gone = await runCli([...MRR, '--env-file', join(tmp, 'missing.env')]);
    expect([2, 9]).toContain(gone.code);
    expect(gone.stderr).toContain('missing.env');
  }, T);

  it('4: not found', async () => {
    const r = await runCli(['chartmogul', 'activities-export', 'get', 'exp_nope', '--sandbox']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('NotFoundError: ChartMogul 404');
  }, T);

  it('5: quota used up (a rate-limit error)', async () => {
    const r = await runCli(['soundcharts', 'artists', 'get', BILLIE, '--base-url', quotaServer.baseUrl('soundcharts')], {
      SOUNDCHARTS_APP_ID: SANDBOX_CREDENTIALS.soundchartsLegacy.appId,
      SOUNDCHARTS_API_KEY: SANDBOX_CREDENTIALS.soundchartsLegacy.apiKey,
    });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('QuotaExceededError');
  }, T);

  it('6: another API error (a 500 after retries)', async () => {
    faulty.faults.add({ provider: 'chartmogul', status: 500, times: 5 });
    const r = await runCli([...MRR, '--base-url', server.baseUrl('chartmogul'), '--max-retries', '0'], { CHARTMOGUL_API_KEY: SANDBOX_CREDENTIALS.chartmogul.apiKey });
    expect(r.code).toBe(6);
    expect(r.stderr).toContain('InternalServerError');
    faulty.faults.clear();
  }, T);

  it('7: no connection', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const r = await runCli([...MRR, '--base-url', `http://127.0.0.1:${port}`, '--max-retries', '0'], { CHARTMOGUL_API_KEY: 'k' });
    expect(r.code).toBe(7);
    expect(r.stderr).toContain('APIConnectionError');
  }, T);
});

describe('interrupted pulls keep what they fetched', () => {
  /** Starts a slow pull (2 items a page, 2 pages a second), sends SIGINT once the first page is out. */
  function interrupt(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = startCli(['chartmogul', 'activities', 'list', '--all', '--per-page', '2', '--rate', '2', '--sandbox', ...args]);
      let stdout = '';
      let stderr = '';
      let signalled = false;
      const signal = () => {
        if (!signalled) {
          signalled = true;
          child.kill('SIGINT');
        }
      };
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        signal();
      });
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        // With --out nothing comes on stdout: the progress line says a page is written.
        if (/\d+ items? · \d+ page/.test(stderr)) signal();
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  it('JSON: exit 130, a valid array of the items written so far', async () => {
    const r = await interrupt(['--format', 'json']);
    expect(r.code).toBe(130);
    const items = JSON.parse(r.stdout) as unknown[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThan(450);
    expect(items.length % 2).toBe(0);
    expect(r.stderr).toContain(`Interrupted: ${items.length} item(s) from ${items.length / 2} page(s) were written.`);
  }, T);

  it('CSV to a file: exit 130, the header and whole rows on disk', async () => {
    const file = join(tmp, 'partial.csv');
    const r = await interrupt(['--out', file, '--progress']);
    expect(r.code).toBe(130);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toMatch(/^uuid,date,type,/);
    const rows = lines.slice(1, -1);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(r.stderr).toContain(`Interrupted: ${rows.length} item(s)`);
    expect(r.stderr).toContain(`were written to ${file}`);
  }, T);

  it('a closed pipe (| head) ends the pull quietly with 0', async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = startCli(['chartmogul', 'activities', 'list', '--all', '--per-page', '2', '--rate', '2', '--format', 'ndjson', '--sandbox']);
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  }, T);
});

describe('the same client as in code', () => {
  it('Chartmetric: one token exchange, the validated result', async () => {
    const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: createSandbox().fetch });
    const r = await runCli(['chartmetric', 'artists', 'get', '206557', '--sandbox'], { CHARTSTACK_LOG: 'debug' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(await cm.artists.get(206557))));
    expect(sent(r.stderr).filter((l) => l.includes('/api/token'))).toHaveLength(1);
  }, T);
});
