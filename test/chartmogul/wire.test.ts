import { expect } from 'vitest';
import { ChartMogul, chartmogulEndpoints } from '../../src/chartmogul/index.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { wireSuite } from '../support/wire.js';
import { chartmogulCases } from './wire/cases.js';

const sandbox = createSandbox();
const client = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false });

wireSuite({
  provider: 'chartmogul',
  endpoints: chartmogulEndpoints,
  cases: chartmogulCases,
  sandbox,
  client,
  auth: (h) => expect(h.authorization).toBe(`Basic ${btoa(`${SANDBOX_CREDENTIALS.chartmogul.apiKey}:`)}`),
});
