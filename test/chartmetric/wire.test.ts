import { expect } from 'vitest';
import { Chartmetric, chartmetricEndpoints } from '../../src/chartmetric/index.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { wireSuite } from '../support/wire.js';
import { cases } from './wire/index.js';

const sandbox = createSandbox();
const client = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, rateLimit: false });

wireSuite({
  provider: 'chartmetric',
  endpoints: chartmetricEndpoints,
  cases,
  sandbox,
  client,
  auth: (h) => expect(h.authorization).toMatch(/^Bearer sbx\./),
});
