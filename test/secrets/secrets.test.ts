/**
 * Secrets never leave through an error or a log line (issue 6, "Secrets"). For every provider and
 * auth mode, and every way a call can fail — including servers that echo the request back (headers
 * and body, credentials included), put credentials in error messages and response headers, or
 * answer the token exchange with the refresh token or client secret in it — the refresh token,
 * access tokens, client secret, API keys and Basic header must not appear in:
 * the error's `message`, `stack`, `String()`, `JSON.stringify`, `util.inspect` (deep, hidden fields,
 * with and without the custom inspector), the whole `cause` chain, or any logger output at `debug`.
 */
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ChartstackError } from '../../src/errors.js';
import type { Fault } from '../../src/testing/index.js';
import { SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { ROUTES, TRANSPORTS, settle, trackUnhandledRejections, until, withTarget, type ProviderName, type Target } from '../faults/harness.js';

const unhandled = trackUnhandledRejections();
afterAll(() => {
  unhandled.stop();
  expect(unhandled.list).toEqual([]);
});

// ---------- where secrets could show ----------

const safeJson = (v: unknown) => {
  try {
    return JSON.stringify(v) ?? '';
  } catch (err) {
    return `unserializable: ${(err as Error).message}`;
  }
};

/** Every text an error (and its causes) or a log line exposes, labelled. */
export function exposures(error: unknown, logs: unknown[][]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const seen = new Set<unknown>();
  let depth = 0;
  for (let e = error; e !== undefined && e !== null && !seen.has(e); e = (e as { cause?: unknown }).cause, depth++) {
    seen.add(e);
    const at = depth === 0 ? 'error' : `cause[${depth}]`;
    out.push([`${at}.message`, String((e as Error).message)]);
    out.push([`${at}.stack`, String((e as Error).stack)]);
    out.push([`${at} String()`, String(e)]);
    out.push([`${at} JSON.stringify`, safeJson(e)]);
    out.push([`${at} inspect`, inspect(e, { depth: Infinity, showHidden: true })]);
    out.push([`${at} inspect without custom inspector`, inspect(e, { depth: Infinity, showHidden: true, customInspect: false })]);
  }
  logs.forEach((line, i) => {
    out.push([`log[${i}] inspect`, inspect(line, { depth: Infinity, showHidden: true })]);
    out.push([`log[${i}] JSON.stringify`, safeJson(line)]);
  });
  return out;
}

/** The (label, secret name) pairs where a secret shows. */
export function leaks(texts: Array<[string, string]>, secrets: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [where, text] of texts) for (const [name, secret] of Object.entries(secrets)) if (text.includes(secret)) found.push(`${name} in ${where}`);
  return found;
}

// ---------- who holds which secrets ----------

interface Identity {
  label: string;
  provider: ProviderName;
  credentials?: Record<string, string>;
  /** Secrets known before any call. Access tokens are added from what the sandbox saw. */
  secrets: Record<string, string>;
  hasTokenEndpoint: boolean;
}

const b64 = (s: string) => btoa(s);
const mogulKey = SANDBOX_CREDENTIALS.chartmogul.apiKey;
const cmRefresh = SANDBOX_CREDENTIALS.chartmetric.refreshToken;
const scOauth = SANDBOX_CREDENTIALS.soundcharts;
const legacy = { appId: 'legacy-app-7f3a9c41', apiKey: 'legacy-api-key-9d8e7f65' };

const IDENTITIES: Identity[] = [
  { label: 'ChartMogul API key', provider: 'chartmogul', secrets: { 'API key': mogulKey, 'Basic header': b64(`${mogulKey}:`) }, hasTokenEndpoint: false },
  { label: 'Chartmetric refresh token', provider: 'chartmetric', secrets: { 'refresh token': cmRefresh }, hasTokenEndpoint: true },
  {
    label: 'Soundcharts OAuth client',
    provider: 'soundcharts',
    secrets: { 'client secret': scOauth.clientSecret, 'Basic header': b64(`${scOauth.clientId}:${scOauth.clientSecret}`) },
    hasTokenEndpoint: true,
  },
  { label: 'Soundcharts legacy keys', provider: 'soundcharts', credentials: legacy, secrets: { 'API key': legacy.apiKey }, hasTokenEndpoint: false },
];

/** Secrets in a form a server might echo: the raw values, joined, in a header, in a message. */
const echoText = (id: Identity) => Object.values(id.secrets).map((s) => `key=${s}; Bearer ${s}`).join(' | ');

// ---------- the ways to fail ----------

interface FailureKind {
  name: string;
  where: 'data' | 'token';
  faults: (id: Identity) => Array<Omit<Fault, 'provider' | 'path'>>;
  /** A special client (wrong credentials) or call (aborted). */
  variant?: 'wrong-credentials' | 'abort';
}

const ALWAYS = Infinity;
const KINDS: FailureKind[] = [
  { name: '401 on the data route', where: 'data', faults: () => [{ status: 401, body: { error: 'Session token not found or was expired.' }, times: ALWAYS }] },
  { name: 'the API echoes the request (400)', where: 'data', faults: () => [{ kind: 'echo', status: 400, times: ALWAYS }] },
  { name: 'the API echoes the request with a 200 (validation error)', where: 'data', faults: () => [{ kind: 'echo', status: 200, times: ALWAYS }] },
  { name: 'the API echoes the request (500, retried)', where: 'data', faults: () => [{ kind: 'echo', status: 500, times: ALWAYS }] },
  { name: 'the API echoes the request (429, retried)', where: 'data', faults: () => [{ kind: 'echo', status: 429, headers: { 'retry-after': '0' }, times: ALWAYS }] },
  {
    name: 'credentials in an error body and message',
    where: 'data',
    faults: (id) => [
      {
        status: 400,
        body: { error: `invalid ${echoText(id)}`, message: `invalid ${echoText(id)}`, errors: [{ code: 400, key: 'bad', message: `bad ${echoText(id)}` }], echo: id.secrets },
        times: ALWAYS,
      },
    ],
  },
  {
    name: 'credentials in response headers',
    where: 'data',
    faults: (id) => [
      {
        status: 403,
        headers: { 'www-authenticate': `Basic realm="api", ${echoText(id)}`, 'x-debug-credentials': echoText(id), 'set-cookie': `session=${Object.values(id.secrets)[0]}` },
        body: { error: 'forbidden' },
        times: ALWAYS,
      },
    ],
  },
  { name: 'an HTML error page quoting the credentials', where: 'data', faults: (id) => [{ status: 502, body: `<html><body>upstream rejected ${echoText(id)}</body></html>`, times: ALWAYS }] },
  { name: 'a 200 carrying errors that quote the credentials', where: 'data', faults: (id) => [{ status: 200, body: { errors: [{ code: 401, key: 'access', message: `not valid: ${echoText(id)}` }] }, times: ALWAYS }] },
  { name: 'connection reset', where: 'data', faults: () => [{ kind: 'reset', times: ALWAYS }] },
  { name: 'connection reset mid-body', where: 'data', faults: () => [{ kind: 'reset-body', times: ALWAYS }] },
  { name: 'timeout', where: 'data', faults: () => [{ kind: 'stall-headers', times: ALWAYS }] },
  { name: 'caller abort', where: 'data', faults: () => [{ kind: 'stall-headers', times: ALWAYS }], variant: 'abort' },
  { name: 'rejected credentials', where: 'data', faults: () => [], variant: 'wrong-credentials' },
  // The token exchange: its request carries the refresh token (body) or the client secret (Basic).
  { name: 'token endpoint echoes the request (400)', where: 'token', faults: () => [{ kind: 'echo', status: 400, times: ALWAYS }] },
  { name: 'token endpoint echoes the request with a 200 and no token', where: 'token', faults: () => [{ kind: 'echo', status: 200, times: ALWAYS }] },
  { name: 'token endpoint echoes the request (500, retried)', where: 'token', faults: () => [{ kind: 'echo', status: 500, times: ALWAYS }] },
  { name: 'token endpoint 401 quoting the credentials', where: 'token', faults: (id) => [{ status: 401, body: { error: 'invalid_grant', error_description: `refused ${echoText(id)}` }, times: ALWAYS }] },
  { name: 'token endpoint resets', where: 'token', faults: () => [{ kind: 'reset', times: ALWAYS }] },
];

const WRONG: Record<string, Record<string, string>> = {
  'ChartMogul API key': { apiKey: 'wrong-api-key-0a1b2c3d' },
  'Chartmetric refresh token': { refreshToken: 'wrong-refresh-token-4e5f6a7b' },
  'Soundcharts OAuth client': { clientId: scOauth.clientId, clientSecret: 'wrong-client-secret-8c9d0e1f' },
  'Soundcharts legacy keys': legacy, // not the sandbox keys: the sandbox answers 401
};
const wrongSecrets = (id: Identity): Record<string, string> => {
  const w = WRONG[id.label]!;
  const out: Record<string, string> = {};
  for (const key of ['apiKey', 'refreshToken', 'clientSecret']) if (w[key]) out[`rejected ${key}`] = w[key];
  if (w.clientSecret) out['rejected Basic header'] = b64(`${w.clientId}:${w.clientSecret}`);
  if (id.provider === 'chartmogul') out['rejected Basic header'] = b64(`${w.apiKey}:`);
  return out;
};

/** Bearer tokens the sandbox received: the access tokens that were minted and used. */
function accessTokens(t: Target): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of t.sandbox.requests) {
    const m = /^Bearer\s+(.+)$/i.exec(r.headers.authorization ?? '');
    if (m) out[`access token ${m[1]!.slice(0, 8)}…`] = m[1]!;
  }
  return out;
}

async function runKind(id: Identity, kind: FailureKind, transport: (typeof TRANSPORTS)[number]): Promise<void> {
  const logs: unknown[][] = [];
  const logger = {
    error: (...a: unknown[]) => logs.push(['error', ...a]),
    warn: (...a: unknown[]) => logs.push(['warn', ...a]),
    info: (...a: unknown[]) => logs.push(['info', ...a]),
    debug: (...a: unknown[]) => logs.push(['debug', ...a]),
  };
  const credentials = kind.variant === 'wrong-credentials' ? WRONG[id.label] : id.credentials;
  await withTarget(
    id.provider,
    transport,
    { client: { logger, logLevel: 'debug', timeout: 300, maxRetries: 1 }, ...(credentials ? { credentials } : {}) },
    async (t) => {
      const route = kind.where === 'token' ? ROUTES[id.provider].token! : ROUTES[id.provider].data;
      for (const f of kind.faults(id)) t.sandbox.faults.add({ ...f, provider: route.provider, path: route.path } as Fault);
      const controller = new AbortController();
      const pending = settle(t.call({ signal: controller.signal }));
      // Abort once the request (with its credentials) is out and the server stalls.
      if (kind.variant === 'abort') await until(() => t.attempts() >= 1).then(() => controller.abort(new Error('stopped by the caller')));
      const result = await pending;

      expect(result.ok, 'the call must fail').toBe(false);
      const error = (result as { error: unknown }).error;
      expect(error).toBeInstanceOf(ChartstackError);

      const secrets = { ...id.secrets, ...accessTokens(t), ...(kind.variant === 'wrong-credentials' ? wrongSecrets(id) : {}) };
      // The secrets really were on the wire, so a server could echo them: the test is not vacuous.
      const wire = JSON.stringify(t.sandbox.requests);
      expect(Object.values(secrets).some((secret) => wire.includes(secret)), 'a secret was sent').toBe(true);
      expect(logs.length, 'debug logging produced lines').toBeGreaterThan(0);

      expect(leaks(exposures(error, logs), secrets)).toEqual([]);
    },
  );
}

describe('the leak detector finds what it looks for', () => {
  it('flags a secret in a message, a cause, a hidden field and a log line', () => {
    const secret = 'sk-live-0123456789';
    const err = new Error('plain', { cause: new Error(`inner ${secret}`) });
    Object.defineProperty(err, 'hidden', { value: { deep: [secret] }, enumerable: false });
    expect(leaks(exposures(err, []), { key: secret }).length).toBeGreaterThan(0);
    expect(leaks(exposures(new Error('x'), [['debug', { nested: { v: secret } }]]), { key: secret })).toEqual(['key in log[0] inspect', 'key in log[0] JSON.stringify']);
    expect(leaks(exposures(new Error('clean'), [['debug', 'clean']]), { key: secret })).toEqual([]);
  });
});

describe.each(IDENTITIES)('$label: no secret in any error or log line', (id) => {
  const kinds = KINDS.filter((k) => k.where === 'data' || id.hasTokenEndpoint);
  it.concurrent.each(kinds.map((k) => [k.name, k] as const))('%s', async (_name, kind) => {
    const failures: string[] = [];
    await Promise.all(
      TRANSPORTS.map((transport) =>
        runKind(id, kind, transport).catch((err: Error) => {
          failures.push(`over ${transport}: ${err.message}`);
        }),
      ),
    );
    expect(failures).toEqual([]);
  });
});
