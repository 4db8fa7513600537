import { expect } from 'vitest';
import { Soundcharts, soundchartsEndpoints } from '../../src/soundcharts/index.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { wireSuite } from '../support/wire.js';
import { cases } from './wire/index.js';

const sandbox = createSandbox();
// OAuth credentials: write endpoints answer 405 with the public sandbox keys, as on the real sandbox.
const client = new Soundcharts({ ...SANDBOX_CREDENTIALS.soundcharts, tokenUrl: 'https://account.soundcharts.com/oauth/token', fetch: sandbox.fetch, rateLimit: false });

wireSuite({
  provider: 'soundcharts',
  endpoints: soundchartsEndpoints,
  cases,
  sandbox,
  client,
  auth: (h) => expect(h.authorization).toMatch(/^Bearer sbx\./),
});
