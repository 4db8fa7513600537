import { describe, expect, it } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { APIUserAbortError } from '../../src/errors.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { failure } from '../support/scripted.js';

const client = () => {
  const sandbox = createSandbox();
  return { sandbox, mogul: new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false }) };
};

describe('activities export', () => {
  it('create, then waitUntilReady polls until the file is there', async () => {
    const { sandbox, mogul } = client();
    const job = await mogul.activitiesExport.create({ startDate: '2025-01-01', endDate: '2025-03-31', type: 'churn' });
    expect(job.status).toBe('pending');
    const ready = await mogul.activitiesExport.waitUntilReady(job.id, { pollInterval: 5 });
    expect(ready.status).toBe('succeeded');
    expect(ready.fileUrl).toMatch(/\.zip/);
    expect(sandbox.requests.filter((r) => r.path === `/v1/activities_export/${job.id}`)).toHaveLength(2);
  });

  it('stops polling on abort, promptly and without further requests', async () => {
    const { sandbox, mogul } = client();
    const job = await mogul.activitiesExport.create({ type: 'churn' });
    const controller = new AbortController();
    const p = failure(mogul.activitiesExport.waitUntilReady(job.id, { pollInterval: 60_000, signal: controller.signal }));
    await new Promise((r) => setTimeout(r, 20));
    const polls = sandbox.requests.length;
    controller.abort();
    expect(await p).toBeInstanceOf(APIUserAbortError);
    expect(sandbox.requests.length).toBe(polls);
  });

  it('gives up after its timeout with a clear error', async () => {
    const { mogul } = client();
    const job = await mogul.activitiesExport.create({ type: 'churn' });
    const err = await failure(mogul.activitiesExport.waitUntilReady(job.id, { pollInterval: 50, timeout: 10 }));
    expect(err.message).toMatch(/not ready within 10 ms/);
  });
});
